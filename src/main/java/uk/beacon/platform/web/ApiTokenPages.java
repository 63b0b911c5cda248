package uk.beacon.platform.web;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.beacon.platform.InvalidRequestException;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.service.ApiToken;
import uk.beacon.platform.service.ApiTokenService;

/**
 * "Your API tokens": make one (post/redirect/get; the new token is carried to the next page once, as a flash
 * attribute, and is never shown again), see each one's last use, revoke one.
 */
@Controller
class ApiTokenPages {

    static final String PATH = "/account/api-tokens";

    private final ApiTokenService tokens;

    ApiTokenPages(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        return page(user, model, "", "90", Map.of());
    }

    @PostMapping(PATH)
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String expiresInDays,
            @AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
        Integer days;
        try {
            days = expiresInDays == null || expiresInDays.equals("none") ? null : Integer.valueOf(expiresInDays);
        } catch (NumberFormatException e) {
            return page(user, model, name, expiresInDays, Map.of("expiresInDays", "Choose how long the token lasts"));
        }
        try {
            ApiToken.Created created = tokens.create(user, name, days);
            // Strings only: the flash map waits in the session until the next page, and is gone after it.
            redirect.addFlashAttribute("createdToken", created.token());
            redirect.addFlashAttribute("createdName", created.name());
            return "redirect:" + PATH;
        } catch (InvalidRequestException e) {
            return page(user, model, name, expiresInDays, fieldError(e.getMessage()));
        }
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(@PathVariable String id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        String name = tokens.revoke(user, id);
        redirect.addFlashAttribute("revoked", "Token “" + name + "” revoked: it no longer works.");
        return "redirect:" + PATH;
    }

    private String page(SignedInUser user, Model model, String name, String expiresInDays, Map<String, String> errors) {
        model.addAttribute("tokens", tokens.tokens(user));
        model.addAttribute("name", name);
        model.addAttribute("expiresInDays", expiresInDays);
        model.addAttribute("errors", errors);
        model.addAttribute("maxTokens", ApiTokenService.MAX_TOKENS);
        return "account/api-tokens";
    }

    /** A refusal of the form "'field': message" against its field; any other against the name. */
    private static Map<String, String> fieldError(String message) {
        if (message.startsWith("'") && message.indexOf("': ") > 0) {
            return Map.of(message.substring(1, message.indexOf("': ")), message.substring(message.indexOf("': ") + 3));
        }
        return Map.of("name", message);
    }
}
