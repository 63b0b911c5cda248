package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.ForbiddenException;
import uk.beacon.platform.OrganisationService;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.testsupport.WebTest;

/** A signed-in user sees only their own organisation's private data; anonymous people see none. */
@WebTest
class PrivateDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditLog audit;

    @Test
    void meIs401WithProblemJsonWhenAnonymous() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void meDescribesTheSignedInUserTheirOrganisationAndRoles() throws Exception {
        mvc.perform(get("/api/v1/me").with(as("analyst.metropolitan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("analyst.metropolitan"))
                .andExpect(jsonPath("$.organisation.id").value("metropolitan"))
                .andExpect(jsonPath("$.organisation.name").value("Metropolitan Police Service"))
                .andExpect(jsonPath("$.organisation.kind").value("POLICE_FORCE"))
                .andExpect(jsonPath("$.roles[0]").value("ANALYST"));
    }

    @Test
    void membersAre403ForAUserOfAnotherForce() throws Exception {
        mvc.perform(get("/api/v1/organisations/city-of-london/members").with(as("analyst.metropolitan")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(content().string(not(containsString("city-of-london\",\"displayName"))));
    }

    @Test
    void membersAreListedForAMemberOfTheOrganisation() throws Exception {
        mvc.perform(get("/api/v1/organisations/metropolitan/members").with(as("analyst.metropolitan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username").value(containsInAnyOrder("analyst.metropolitan",
                        "planner.metropolitan", "reviewer.metropolitan", "approver.metropolitan")));
    }

    @Test
    void membersAre401WhenAnonymousAnd404ForAnUnknownOrganisation() throws Exception {
        mvc.perform(get("/api/v1/organisations/metropolitan/members")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations/atlantis/members").with(as("analyst.metropolitan")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theServiceItselfRefusesAnotherOrganisationsMembers() {
        SignedInUser met = SignedInUser.of("analyst.metropolitan", "metropolitan", Role.ANALYST);

        assertThatThrownBy(() -> organisations.members("city-of-london", met))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> organisations.members("city-of-london", null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void yourOrganisationPageShowsOnlyYourOwnMembers() throws Exception {
        mvc.perform(get("/organisation").session(signIn(mvc, "planner.city-of-london")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("City of London Police")))
                .andExpect(content().string(containsString("analyst.city-of-london")))
                .andExpect(content().string(not(containsString("analyst.metropolitan"))));
    }

    @Test
    void yourOrganisationPageSendsAnonymousPeopleToSignIn() throws Exception {
        mvc.perform(get("/organisation"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theAuditLogIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/api/v1/audit").with(as("analyst.metropolitan"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries").isArray());
        mvc.perform(get("/admin/audit").session(signIn(mvc, "approver.metropolitan")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").session(signIn(mvc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Audit log")));
        assertThatThrownBy(() -> audit.page(1, SignedInUser.of("planner.kent", "kent", Role.PLANNER)))
                .isInstanceOf(ForbiddenException.class);
    }
}
