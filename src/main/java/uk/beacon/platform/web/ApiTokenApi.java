package uk.beacon.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.service.ApiToken;
import uk.beacon.platform.service.ApiTokenAuthentication;
import uk.beacon.platform.service.ApiTokenService;

/** The signed-in person's personal API tokens. */
@RestController
@RequestMapping("/api/v1/me/api-tokens")
@Tag(name = "People")
class ApiTokenApi {

    private final ApiTokenService tokens;

    ApiTokenApi(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /** What to call a new token, and how many days it lasts (none: until revoked). */
    record NewToken(String name, Integer expiresInDays) {
    }

    @Operation(summary = "Your API tokens that are not revoked, newest first: [{id, name, createdAt, expiresAt, "
            + "lastUsedAt}] (never the token itself)")
    @GetMapping
    List<ApiToken> list(@AuthenticationPrincipal SignedInUser user) {
        return tokens.tokens(user);
    }

    @Operation(summary = "Makes an API token for you: {name, expiresInDays: 1 to 366, or absent for none}. Answers "
            + "201 with {token, id, name, createdAt, expiresAt}: the token is shown this once only. Send it as "
            + "'Authorization: Bearer <token>' on /api/**; it signs in as you, with your organisation and roles as "
            + "they are at each request. Sign in with your password (HTTP Basic or a session) to make one: a token "
            + "cannot make another (403). At most 20 a person")
    @PostMapping
    ResponseEntity<ApiToken.Created> create(@RequestBody(required = false) NewToken body,
            @AuthenticationPrincipal SignedInUser user, Authentication authentication) {
        if (authentication instanceof ApiTokenAuthentication) {
            throw new ForbiddenException("Sign in with your password to make an API token: a token cannot make another");
        }
        ApiToken.Created created = tokens.create(user, body == null ? null : body.name(),
                body == null ? null : body.expiresInDays());
        return ResponseEntity.created(URI.create("/api/v1/me/api-tokens/" + created.id())).body(created);
    }

    @Operation(summary = "One of your API tokens that is not revoked (never the token itself); 404 otherwise")
    @GetMapping("/{id}")
    ApiToken one(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        return tokens.token(user, id);
    }

    @Operation(summary = "Revokes one of your API tokens at once (204); 404 if you have no such token")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id, @AuthenticationPrincipal SignedInUser user) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }
}
