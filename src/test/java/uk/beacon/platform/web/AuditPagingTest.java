package uk.beacon.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

/** The audit log's page number is checked: a page that is not there is a 400 naming 'page', never a 500. */
@WebTest
class AuditPagingTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"42949674", "2147483647", "0", "-1", "-2147483648", "100000"})
    void aPageOfTheApiThatIsNotThereIsRefusedNamingThePage(String page) throws Exception {
        mvc.perform(get("/api/v1/audit").param("page", page).with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999", "9223372036854775807"})
    void aPageNumberTooLargeForAnyListIsRefusedNamingThePage(String page) throws Exception {
        mvc.perform(get("/api/v1/audit").param("page", page).with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.page").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"one", "1.5", "99999999999999999999"})
    void aPageNumberThatIsNotAWholeNumberIsABadRequest(String page) throws Exception {
        mvc.perform(get("/api/v1/audit").param("page", page).with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'page'")));
    }

    @Test
    void theFirstAndLastPagesOfTheApiAreThere() throws Exception {
        mvc.perform(get("/api/v1/audit").with(as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value(1));
        String body = mvc.perform(get("/api/v1/audit").param("page", "1").with(as("admin")))
                .andReturn().getResponse().getContentAsString();
        long total = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.total")).longValue();
        long last = Math.max(1, (total + 49) / 50);
        mvc.perform(get("/api/v1/audit").param("page", String.valueOf(last)).with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.number").value(last));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "42949674", "0", "-5"})
    void aPageOfTheAdministrationPageThatIsNotThereIsABadRequestPage(String page) throws Exception {
        MockHttpSession session = signIn(mvc, "admin");

        mvc.perform(get("/admin/audit").param("page", page).session(session))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("There is a problem with your request")))
                .andExpect(content().string(containsString("page")));
    }

    @Test
    void theAdministrationPageOpensAtItsFirstPage() throws Exception {
        MockHttpSession session = signIn(mvc, "admin");

        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 of")));
    }
}
