package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.portfolio.web.InitiativeApiTest.as;
import static uk.beacon.portfolio.web.InitiativePagesTest.filled;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.platform.Role;
import uk.beacon.testsupport.Html;
import uk.beacon.testsupport.WebTest;

/** The invitations page: a member force's planner accepts or declines; the owner's page shows each answer. */
@WebTest
class ConsortiumPagesTest {

    @Autowired
    MockMvc mvc;

    private String page(String path, String force, Role role) throws Exception {
        return mvc.perform(get(path).with(as(force, role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aMemberForcesPlannerAcceptsOnTheInvitationsPageAndTheOwnerSeesTheAnswer() throws Exception {
        String location = mvc.perform(filled(post("/forces/avon-and-somerset/initiatives"), "name", "Joint custody suite",
                        "memberForces", "south-wales, btp").with(as("avon-and-somerset", Role.PLANNER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);

        assertThat(page("/forces/south-wales/initiatives", "south-wales", Role.PLANNER))
                .contains("1 consortium invitation is waiting for an answer").doesNotContain("Joint custody suite");
        String invitations = page("/forces/south-wales/initiatives/invitations", "south-wales", Role.PLANNER);
        assertThat(Html.element(invitations, "invitation-" + id, "form")).contains("Joint custody suite",
                "avon-and-somerset", "By planner.avon-and-somerset on ");
        mvc.perform(get("/forces/south-wales/initiatives/" + id).with(as("south-wales", Role.ANALYST)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/forces/south-wales/initiatives/" + id + "/membership").param("decision", "accept")
                        .with(as("south-wales", Role.PLANNER)))
                .andExpect(redirectedUrl("/forces/south-wales/initiatives/invitations"))
                .andExpect(flash().attribute("decided",
                        "This force is now a member of 'Joint custody suite', and sees it among its initiatives."));
        assertThat(page("/forces/south-wales/initiatives/" + id, "south-wales", Role.PLANNER))
                .contains("Initiative of avon-and-somerset with south-wales", "id=\"leave\"");
        assertThat(page("/forces/south-wales/initiatives/invitations", "south-wales", Role.PLANNER))
                .contains("There are no invitations waiting");

        String owners = page(location, "avon-and-somerset", Role.ANALYST);
        assertThat(Html.element(owners, "members", "table")).contains("south-wales", "Accepted", "btp",
                "Invited, no answer yet", "planner.south-wales");
        assertThat(owners).doesNotContain("id=\"leave\"");

        mvc.perform(post("/forces/south-wales/initiatives/" + id + "/membership").param("decision", "decline")
                        .with(as("south-wales", Role.PLANNER)))
                .andExpect(flash().attribute("decided",
                        "This force declined 'Joint custody suite'. It is no longer shown to this force."));
        mvc.perform(get("/forces/south-wales/initiatives/" + id).with(as("south-wales", Role.PLANNER)))
                .andExpect(status().isNotFound());
        assertThat(Html.element(page(location, "avon-and-somerset", Role.ANALYST), "members", "table"))
                .contains("Declined");
    }

    @Test
    void anAnalystCannotAnswerAndAnotherForceCannotSeeTheInvitations() throws Exception {
        String location = mvc.perform(filled(post("/forces/north-wales/initiatives"), "name", "Joint drones",
                        "memberForces", "dyfed-powys").with(as("north-wales", Role.PLANNER)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/forces/dyfed-powys/initiatives/invitations").with(as("dyfed-powys", Role.ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/forces/dyfed-powys/initiatives/" + id + "/membership").param("decision", "accept")
                .with(as("dyfed-powys", Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(get("/forces/dyfed-powys/initiatives/invitations").with(as("gwent", Role.PLANNER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/forces/gwent/initiatives/" + id + "/membership").param("decision", "accept")
                .with(as("gwent", Role.PLANNER))).andExpect(status().isNotFound());
        assertThat(page("/forces/dyfed-powys/initiatives/invitations", "dyfed-powys", Role.PLANNER))
                .contains("Joint drones");
    }
}
