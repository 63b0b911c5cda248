package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.platform.Role;
import uk.beacon.platform.store.UserAccountStore;
import uk.beacon.testsupport.Html;
import uk.beacon.testsupport.Requests;
import uk.beacon.testsupport.WebTest;

/** The API tokens page: create a token (shown once), see when each was last used, revoke one. */
@WebTest
class ApiTokenPagesTest {

    private static final Pattern TOKEN = Pattern.compile("bcn_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountStore accounts;

    @Autowired
    PasswordEncoder passwords;

    private MockHttpSession signedIn() throws Exception {
        String username = "token-page-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "Token Page", passwords.encode(WebTest.PASSWORD), "metropolitan", false,
                Set.of(Role.ANALYST));
        return Requests.signIn(mvc, username);
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/account/api-tokens").session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void aTokenIsShownOnceWhenItIsCreatedAndWorksForTheApi() throws Exception {
        MockHttpSession session = signedIn();
        assertThat(page(session)).contains("You have no API tokens");

        mvc.perform(post("/account/api-tokens").session(session).with(csrf()).param("name", "Power BI refresh")
                        .param("expiresInDays", "30"))
                .andExpect(redirectedUrl("/account/api-tokens"));
        String shown = page(session);
        Matcher token = TOKEN.matcher(Html.element(shown, "new-token", "div"));
        assertThat(token.find()).isTrue();
        assertThat(Html.element(shown, "tokens", "table")).contains("Power BI refresh", "Never");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.group()))
                .andExpect(status().isOk());
        String again = page(session);
        assertThat(TOKEN.matcher(again).find()).as("the token is shown once only").isFalse();
        assertThat(Html.element(again, "tokens", "table")).doesNotContain("Never");
    }

    @Test
    void aTokenIsRevokedFromThePage() throws Exception {
        MockHttpSession session = signedIn();
        mvc.perform(post("/account/api-tokens").session(session).with(csrf()).param("name", "Old script")
                .param("expiresInDays", "none")).andExpect(status().is3xxRedirection());
        Matcher token = TOKEN.matcher(page(session));
        assertThat(token.find()).isTrue();
        String id = token.group().substring(4, 20);

        mvc.perform(post("/account/api-tokens/" + id + "/revoke").session(session).with(csrf()))
                .andExpect(redirectedUrl("/account/api-tokens"));
        assertThat(page(session)).contains("Token “Old script” revoked", "You have no API tokens");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.group()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aMissingNameIsShownInTheErrorSummaryLinkedToTheField() throws Exception {
        MockHttpSession session = signedIn();
        String page = mvc.perform(post("/account/api-tokens").session(session).with(csrf()).param("name", " ")
                        .param("expiresInDays", "90"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "href=\"#name\"", "Enter a name for the token",
                "aria-describedby=\"name-hint name-error\"");
        assertThat(page(session)).contains("You have no API tokens");
    }

    @Test
    void signingInIsNeeded() throws Exception {
        mvc.perform(get("/account/api-tokens")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/api-tokens").with(csrf()).param("name", "x")).andExpect(status().is3xxRedirection());
    }
}
