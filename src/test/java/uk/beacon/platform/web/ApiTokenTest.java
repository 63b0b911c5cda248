package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.beacon.platform.BeaconProperties;
import uk.beacon.platform.Role;
import uk.beacon.platform.store.UserAccountStore;
import uk.beacon.testsupport.WebTest;

/**
 * Personal API tokens: a token signs a program in to the API as its user, with the user's organisation and roles as
 * they are now; it is stored only as a keyed hash; revoking it, or locking or disabling its user, stops it at once;
 * a wrong one is 401 and audited and counts towards the lock like a wrong password. Each test has people of its own.
 */
@WebTest
class ApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountStore accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BeaconProperties properties;

    private String someone(String organisation, Role... roles) {
        String username = "tokens-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Token Tester", passwords.encode(WebTest.PASSWORD), organisation, false,
                Set.of(roles));
        return username;
    }

    private static RequestPostProcessor password(String username) {
        return httpBasic(username, WebTest.PASSWORD);
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    private ResultActions create(String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/me/api-tokens").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(password(username)));
    }

    /** A new token of the user's, as it is shown once. */
    private String token(String username) throws Exception {
        String json = create(username, "{\"name\": \"Nightly export\", \"expiresInDays\": 90}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.token");
    }

    private static String idOf(String token) {
        return token.substring(4, 20);
    }

    private List<Map<String, Object>> audit(String action, String detailContaining) {
        return jdbc.sql("select actor, organisation_id, action, target, detail from audit_event where action = ? "
                + "and detail like ? order by id").params(action, "%" + detailContaining + "%").query().listOfRows();
    }

    @Test
    void aTokenSignsInToTheApiAsItsUserWithTheirOrganisationAndRoles() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        String json = create(analyst, "{\"name\": \"Nightly export\", \"expiresInDays\": 30}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/me/api-tokens/")))
                .andExpect(jsonPath("$.name").value("Nightly export"))
                .andExpect(jsonPath("$.expiresAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(json, "$.token");
        assertThat(token).startsWith("bcn_").hasSize(64);
        assertThat(JsonPath.<String>read(json, "$.id")).isEqualTo(idOf(token));

        mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.username").value(analyst))
                .andExpect(jsonPath("$.organisation.id").value("metropolitan"))
                .andExpect(jsonPath("$.roles", contains("ANALYST")));
        mvc.perform(get("/api/v1/me/api-tokens").with(bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(idOf(token)))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andExpect(jsonPath("$[0].token").doesNotExist());
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        String planner = someone("metropolitan", Role.PLANNER);
        String token = token(planner);
        String kept = token(planner);
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());

        mvc.perform(delete("/api/v1/me/api-tokens/" + idOf(token)).with(password(planner)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(bearer(kept))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/api-tokens").with(password(planner)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(idOf(kept)));
        assertThat(audit("api-token.failed", idOf(token))).singleElement()
                .satisfies(entry -> assertThat(entry.get("detail").toString()).contains("revoked"));
    }

    @Test
    void nobodyRevokesAnotherPersonsToken() throws Exception {
        String owner = someone("metropolitan", Role.ANALYST);
        String other = someone("metropolitan", Role.ANALYST);
        String token = token(owner);
        mvc.perform(delete("/api/v1/me/api-tokens/" + idOf(token)).with(password(other)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/me/api-tokens/not-a-token").with(password(owner)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());
    }

    @Test
    void aTokenCannotBeUsedForAnotherOrganisationsData() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        String token = token(analyst);
        mvc.perform(get("/api/v1/organisations/city-of-london/members").with(bearer(token)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/city-of-london/demand/imports").with(bearer(token)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/city-of-london/initiatives").with(bearer(token)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations/metropolitan/members").with(bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].username", hasItem(analyst)));
    }

    @Test
    void theStoredValueIsAKeyedHashOfTheTokenNeverTheToken() throws Exception {
        String analyst = someone("city-of-london", Role.ANALYST);
        String token = token(analyst);
        Map<String, Object> row = jdbc.sql("select * from api_token where id = ?").param(idOf(token)).query()
                .singleRow();
        String secret = token.substring(21);
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain(secret));

        byte[] key = Files.readString(properties.dataDir().resolve("api-token-key")).strip()
                .getBytes(StandardCharsets.UTF_8);
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(hmac.doFinal(token.getBytes(StandardCharsets.US_ASCII)));
        assertThat(row.get("token_hash")).isEqualTo(expected);
    }

    @Test
    void aWrongTokenIsRefusedWith401AndAudited() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        String token = token(analyst);
        String wrongSecret = token.substring(0, 63) + (token.endsWith("A") ? "B" : "A");
        String unknownId = "bcn_0123456789abcdef_" + token.substring(21);

        for (String wrong : List.of(wrongSecret, unknownId, "nonsense")) {
            mvc.perform(get("/api/v1/me").with(bearer(wrong)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                    .andExpect(jsonPath("$.detail", not(containsString(wrong))));
        }
        assertThat(audit("api-token.failed", idOf(token))).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo(analyst);
            assertThat(entry.get("organisation_id")).isEqualTo("metropolitan");
            assertThat(entry.get("detail").toString()).contains("wrong secret");
        });
        assertThat(audit("api-token.failed", "0123456789abcdef")).singleElement()
                .satisfies(entry -> assertThat(entry.get("detail").toString()).contains("unknown token"));
        assertThat(audit("api-token.failed", "not a Beacon token")).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from audit_event where detail like ?").param("%" + token.substring(21) + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void wrongSecretsCountTowardsTheLockAndALockedUsersTokensStop() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        String token = token(analyst);
        String wrongSecret = token.substring(0, 63) + (token.endsWith("A") ? "B" : "A");
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(get("/api/v1/me").with(bearer(wrongSecret))).andExpect(status().isUnauthorized());
        }
        assertThat(accounts.findByUsername(analyst).orElseThrow().lockedUntil()).isNotNull();

        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(password(analyst))).andExpect(status().isUnauthorized());
        assertThat(audit("api-token.failed", idOf(token))).last()
                .satisfies(entry -> assertThat(entry.get("detail").toString()).contains("locked"));

        accounts.clearSignInFailures(analyst);
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());
    }

    @Test
    void aTokenCallDoesNotClearFailedSignIns() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        String token = token(analyst);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(analyst, "wrong-" + attempt)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isOk());
        assertThat(accounts.findByUsername(analyst).orElseThrow().failedSignIns()).isEqualTo(4);

        mvc.perform(get("/api/v1/me").with(httpBasic(analyst, "wrong-5"))).andExpect(status().isUnauthorized());
        assertThat(accounts.findByUsername(analyst).orElseThrow().lockedUntil()).isNotNull();
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
    }

    @Test
    void aDisabledUsersTokensStopWorking() throws Exception {
        String analyst = someone("city-of-london", Role.ANALYST);
        String token = token(analyst);
        jdbc.sql("update user_account set enabled = false where username = ?").param(analyst).update();
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
        assertThat(audit("api-token.failed", idOf(token))).singleElement()
                .satisfies(entry -> assertThat(entry.get("detail").toString()).contains("disabled"));
    }

    @Test
    void aTokenHasItsUsersRolesAsTheyAreNow() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        String token = token(analyst);
        mvc.perform(post("/api/v1/forces/metropolitan/initiatives").contentType(MediaType.APPLICATION_JSON)
                .content("{}").with(bearer(token))).andExpect(status().isForbidden());

        long id = accounts.findByUsername(analyst).orElseThrow().id();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'PLANNER')").param(id).update();
        mvc.perform(get("/api/v1/me").with(bearer(token)))
                .andExpect(jsonPath("$.roles", hasItem("PLANNER")));

        jdbc.sql("delete from user_role where user_id = ? and role = 'ANALYST'").param(id).update();
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(jsonPath("$.roles", contains("PLANNER")));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        String token = token(analyst);
        jdbc.sql("update api_token set expires_at = ? where id = ?")
                .params(OffsetDateTime.now().minusMinutes(1), idOf(token)).update();
        mvc.perform(get("/api/v1/me").with(bearer(token))).andExpect(status().isUnauthorized());
        assertThat(audit("api-token.failed", idOf(token))).singleElement()
                .satisfies(entry -> assertThat(entry.get("detail").toString()).contains("expired"));
    }

    @Test
    void aTokenCannotMakeAnotherTokenAndIsNotASignInForPages() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        String token = token(analyst);
        mvc.perform(post("/api/v1/me/api-tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Copy\"}").with(bearer(token))).andExpect(status().isForbidden());
        mvc.perform(get("/organisation").with(bearer(token))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/account/api-tokens").with(bearer(token))).andExpect(status().is3xxRedirection());
    }

    @Test
    void aBadNameOrExpiryIsRefusedNamingTheFieldAndAPersonHoldsAtMostTwentyTokens() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        create(analyst, "{\"name\": \"  \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'name'")));
        create(analyst, "{\"name\": \"" + "x".repeat(101) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'name'")));
        create(analyst, "{\"name\": \"Line\\nbreak\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'name'")));
        create(analyst, "{\"name\": \"Ok\", \"expiresInDays\": 0}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'expiresInDays'")));
        create(analyst, "{\"name\": \"Ok\", \"expiresInDays\": 367}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'expiresInDays'")));
        mvc.perform(post("/api/v1/me/api-tokens").with(password(analyst))).andExpect(status().isBadRequest());
        for (int i = 1; i <= 20; i++) {
            create(analyst, "{\"name\": \"Token " + i + "\"}").andExpect(status().isCreated())
                    .andExpect(jsonPath("$.expiresAt").doesNotExist());
        }
        create(analyst, "{\"name\": \"One too many\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("20")));
    }

    @Test
    void theBearerSchemeIsReadWhateverItsCase() throws Exception {
        String analyst = someone("metropolitan", Role.ANALYST);
        String token = token(analyst);
        mvc.perform(get("/api/v1/me").header("Authorization", "bearer " + token)).andExpect(status().isOk());
    }
}
