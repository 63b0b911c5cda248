package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.portfolio.web.InitiativeApiTest.as;
import static uk.beacon.portfolio.web.InitiativeApiTest.initiative;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.store.AuditEvent;
import uk.beacon.portfolio.service.InitiativeService;
import uk.beacon.portfolio.service.OptimisationRequest;
import uk.beacon.testsupport.WebTest;

/**
 * Consortium membership needs the member force's consent: an invited force does not see the initiative until one
 * of its planners accepts; it may decline. Each test uses forces of its own.
 */
@WebTest
class ConsortiumMembershipApiTest {

    private static final SignedInUser ADMIN = SignedInUser.of("admin", "beacon", Role.ADMINISTRATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    InitiativeService initiatives;

    @Autowired
    AuditLog audit;

    private String create(String owner, String members) throws Exception {
        String json = mvc.perform(post("/api/v1/forces/" + owner + "/initiatives").contentType(MediaType.APPLICATION_JSON)
                        .content(initiative("Shared control room of " + owner, members, ""))
                        .with(as(owner, Role.PLANNER)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(json, "$.id");
    }

    private ResultActions decide(String pathForce, String id, String decision, String userForce, Role role)
            throws Exception {
        return mvc.perform(post("/api/v1/forces/" + pathForce + "/initiatives/" + id + "/membership")
                .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"" + decision + "\"}")
                .with(as(userForce, role)));
    }

    private void assertInvisibleTo(String force, String id) throws Exception {
        mvc.perform(get("/api/v1/forces/" + force + "/initiatives").with(as(force, Role.PLANNER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')]").isEmpty());
        mvc.perform(get("/api/v1/forces/" + force + "/initiatives/" + id).with(as(force, Role.ANALYST)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/forces/" + force + "/initiatives/" + id + "/appraisal").with(as(force, Role.ANALYST)))
                .andExpect(status().isNotFound());
        assertThat(optimisable(force)).doesNotContain(id);
    }

    private List<String> optimisable(String force) {
        SignedInUser planner = SignedInUser.of("planner." + force, force, Role.PLANNER);
        return initiatives.optimisationRequest(force, planner, 2026, 10, List.of(), null, "NPSV", 0).initiatives()
                .stream().map(OptimisationRequest.Initiative::id).toList();
    }

    @Test
    void anInvitedForceDoesNotSeeTheInitiativeUntilItsPlannerAccepts() throws Exception {
        String id = create("bedfordshire", "\"hertfordshire\"");
        assertInvisibleTo("hertfordshire", id);

        mvc.perform(get("/api/v1/forces/hertfordshire/initiatives/invitations").with(as("hertfordshire", Role.PLANNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].initiativeId").value(id))
                .andExpect(jsonPath("$[0].ownerForce").value("bedfordshire"))
                .andExpect(jsonPath("$[0].name").value("Shared control room of bedfordshire"))
                .andExpect(jsonPath("$[0].invitedBy").value("planner.bedfordshire"));

        decide("hertfordshire", id, "accept", "hertfordshire", Role.PLANNER)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.force").value("hertfordshire"))
                .andExpect(jsonPath("$.state").value("accepted"))
                .andExpect(jsonPath("$.decidedBy").value("planner.hertfordshire"));

        mvc.perform(get("/api/v1/forces/hertfordshire/initiatives/" + id).with(as("hertfordshire", Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.ownerForce").value("bedfordshire"));
        mvc.perform(get("/api/v1/forces/hertfordshire/initiatives").with(as("hertfordshire", Role.ANALYST)))
                .andExpect(jsonPath("$[0].id").value(id));
        assertThat(optimisable("hertfordshire")).contains(id);
        mvc.perform(get("/api/v1/forces/hertfordshire/initiatives/invitations").with(as("hertfordshire", Role.PLANNER)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void anAnalystOfTheMemberForceCannotAccept() throws Exception {
        String id = create("cheshire", "\"essex\"");
        decide("essex", id, "accept", "essex", Role.ANALYST).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/essex/initiatives/invitations").with(as("essex", Role.ANALYST)))
                .andExpect(status().isForbidden());
        assertInvisibleTo("essex", id);
    }

    @Test
    void anotherForceCannotAcceptNorCanTheOwner() throws Exception {
        String id = create("derbyshire", "\"suffolk\"");
        decide("suffolk", id, "accept", "lincolnshire", Role.PLANNER).andExpect(status().isForbidden());
        decide("lincolnshire", id, "accept", "lincolnshire", Role.PLANNER).andExpect(status().isNotFound());
        decide("derbyshire", id, "accept", "derbyshire", Role.PLANNER).andExpect(status().isNotFound());
        decide("suffolk", "no-such-initiative", "accept", "suffolk", Role.PLANNER).andExpect(status().isNotFound());
        assertInvisibleTo("lincolnshire", id);
        assertInvisibleTo("suffolk", id);
    }

    @Test
    void declineRemovesItAndTheOwnerSeesEachMembersState() throws Exception {
        String id = create("staffordshire", "\"west-mercia\", \"west-midlands\"");
        decide("west-mercia", id, "accept", "west-mercia", Role.PLANNER).andExpect(status().isOk());

        mvc.perform(get("/api/v1/forces/staffordshire/initiatives/" + id).with(as("staffordshire", Role.ANALYST)))
                .andExpect(jsonPath("$.members.length()").value(2))
                .andExpect(jsonPath("$.members[?(@.force == 'west-mercia')].state").value("accepted"))
                .andExpect(jsonPath("$.members[?(@.force == 'west-midlands')].state").value("invited"));

        decide("west-midlands", id, "decline", "west-midlands", Role.PLANNER)
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("declined"));
        assertInvisibleTo("west-midlands", id);
        mvc.perform(get("/api/v1/forces/west-midlands/initiatives/invitations").with(as("west-midlands", Role.PLANNER)))
                .andExpect(jsonPath("$.length()").value(0));
        decide("west-midlands", id, "accept", "west-midlands", Role.PLANNER).andExpect(status().isConflict());
        assertInvisibleTo("west-midlands", id);

        // A member that accepted can leave by declining.
        decide("west-mercia", id, "decline", "west-mercia", Role.PLANNER).andExpect(status().isOk());
        assertInvisibleTo("west-mercia", id);

        mvc.perform(get("/api/v1/forces/staffordshire/initiatives/" + id).with(as("staffordshire", Role.PLANNER)))
                .andExpect(jsonPath("$.members[?(@.force == 'west-mercia')].state").value("declined"))
                .andExpect(jsonPath("$.members[?(@.force == 'west-midlands')].state").value("declined"))
                .andExpect(jsonPath("$.members[?(@.force == 'west-midlands')].decidedBy").value("planner.west-midlands"));
    }

    @Test
    void changingTheInitiativeKeepsEachMembersDecisionAndInvitesOnlyNewMembers() throws Exception {
        String id = create("thames-valley", "\"lancashire\"");
        decide("lancashire", id, "accept", "lancashire", Role.PLANNER).andExpect(status().isOk());
        mvc.perform(put("/api/v1/forces/thames-valley/initiatives/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content(initiative("Renamed", "\"lancashire\", \"humberside\"", ""))
                        .with(as("thames-valley", Role.PLANNER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[?(@.force == 'lancashire')].state").value("accepted"))
                .andExpect(jsonPath("$.members[?(@.force == 'humberside')].state").value("invited"));
        mvc.perform(get("/api/v1/forces/lancashire/initiatives/" + id).with(as("lancashire", Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.definition.name").value("Renamed"));
        assertInvisibleTo("humberside", id);
    }

    @Test
    void aDecisionOtherThanAcceptOrDeclineIsRefusedNamingTheField() throws Exception {
        String id = create("greater-manchester", "\"warwickshire\"");
        decide("warwickshire", id, "maybe", "warwickshire", Role.PLANNER)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("'decision'")));
        mvc.perform(post("/api/v1/forces/warwickshire/initiatives/" + id + "/membership")
                        .with(as("warwickshire", Role.PLANNER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("'decision'")));
        assertInvisibleTo("warwickshire", id);
    }

    @Test
    void invitationsAndDecisionsAreAudited() throws Exception {
        String id = create("cumbria", "\"dorset\"");
        decide("dorset", id, "accept", "dorset", Role.PLANNER).andExpect(status().isOk());
        decide("dorset", id, "decline", "dorset", Role.PLANNER).andExpect(status().isOk());

        List<AuditEvent> entries = audit.page(1, ADMIN).entries();
        String target = "force/cumbria/initiative/" + id;
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("portfolio.initiative.invite");
            assertThat(e.actor()).isEqualTo("planner.cumbria");
            assertThat(e.target()).isEqualTo(target);
            assertThat(e.detail()).contains("dorset");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("portfolio.initiative.membership.accept");
            assertThat(e.actor()).isEqualTo("planner.dorset");
            assertThat(e.organisationId()).isEqualTo("dorset");
            assertThat(e.target()).isEqualTo(target);
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("portfolio.initiative.membership.decline");
            assertThat(e.target()).isEqualTo(target);
        });
    }
}
