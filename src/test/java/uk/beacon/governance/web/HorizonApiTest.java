package uk.beacon.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.beacon.platform.AuditLog;
import uk.beacon.platform.Role;
import uk.beacon.platform.SignedInUser;
import uk.beacon.platform.store.AuditEvent;
import uk.beacon.testsupport.WebTest;

/**
 * The horizon-scanning API: anyone reads the catalogue; national coordinators change it. Tests that
 * change something use codes of their own, so that they do not meet.
 */
@WebTest
class HorizonApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void anyoneReadsTheCatalogueWithoutSigningIn() throws Exception {
        mvc.perform(get("/api/v1/horizon"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.types[0].code").value("live-facial-recognition"))
                .andExpect(jsonPath("$.frameworks[?(@.code == 'surveillance-camera-code')].shortName")
                        .value(hasItem("Surveillance Camera Code")))
                .andExpect(jsonPath("$.assessments[?(@.typeCode == 'live-facial-recognition' "
                        + "&& @.frameworkCode == 'hra-article-8')].coverage").value(hasItem("GAP")));
        mvc.perform(get("/api/v1/horizon/gaps")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type.code").exists())
                .andExpect(jsonPath("$[?(@.type.code == 'live-facial-recognition')].deployments").value(hasItem(0)));
    }

    @Test
    void frameworksForATypeAreTheOnesThatApply() throws Exception {
        mvc.perform(get("/api/v1/horizon/types/robotic-process-automation/frameworks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].framework.code").value("data-protection"))
                .andExpect(jsonPath("$[0].assessment.coverage").value("COVERED"))
                .andExpect(jsonPath("$[1].framework.code").value("equality-duty"));
        mvc.perform(get("/api/v1/horizon/types/no-such-type/frameworks")).andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorAddsATypeAndAssessesItAndEveryChangeIsAudited() throws Exception {
        mvc.perform(json(put("/api/v1/horizon/types/api-gait-recognition"),
                        "{\"name\": \"Gait recognition\", \"description\": \"Identifies people by how they walk.\"}")
                        .with(as("coordinator.national")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("api-gait-recognition"));
        mvc.perform(json(put("/api/v1/horizon/frameworks/api-online-safety"),
                        "{\"shortName\": \"OSA 2023\", \"name\": \"Online Safety Act 2023\", "
                                + "\"link\": \"https://www.legislation.gov.uk/ukpga/2023/50\"}")
                        .with(as("coordinator.national")))
                .andExpect(status().isOk());
        mvc.perform(json(put("/api/v1/horizon/assessments/api-gait-recognition/hra-article-8"),
                        "{\"applies\": true, \"coverage\": \"GAP\", \"note\": \"No specific law.\", "
                                + "\"sourceTitle\": \"Beacon's judgement\"}")
                        .with(as("coordinator.national")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.coverage").value("GAP"));

        mvc.perform(get("/api/v1/horizon/types/api-gait-recognition/frameworks"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].framework.code").value("hra-article-8"))
                .andExpect(jsonPath("$[0].assessment.note").value("No specific law."));
        mvc.perform(get("/api/v1/horizon/gaps"))
                .andExpect(jsonPath("$[?(@.type.code == 'api-gait-recognition')].gaps[0].framework.code")
                        .value(hasItem("hra-article-8")));

        var entries = audit.page(1, SignedInUser.of("admin", "beacon", Role.ADMINISTRATOR)).entries();
        assertThat(entries).extracting(AuditEvent::target).contains("horizon/type/api-gait-recognition",
                "horizon/framework/api-online-safety", "horizon/assessment/api-gait-recognition/hra-article-8");
        assertThat(entries).filteredOn(event -> event.target().equals("horizon/type/api-gait-recognition"))
                .extracting(AuditEvent::action).containsExactly("governance.horizon.type.create");
    }

    @Test
    void onlyNationalCoordinatorsChangeTheCatalogue() throws Exception {
        String body = "{\"name\": \"Changed\", \"description\": \"Changed\"}";
        mvc.perform(json(put("/api/v1/horizon/types/drones"), body).with(as("planner.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/horizon/types/drones"), body).with(as("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/horizon/types/drones"), body)).andExpect(status().isUnauthorized());
        mvc.perform(json(put("/api/v1/horizon/assessments/drones/pace"),
                        "{\"applies\": false, \"note\": \"x\"}").with(as("planner.metropolitan")))
                .andExpect(status().isForbidden());
        mvc.perform(json(put("/api/v1/horizon/frameworks/pace"),
                        "{\"shortName\": \"x\", \"name\": \"x\"}").with(as("reviewer.metropolitan")))
                .andExpect(status().isForbidden());

        mvc.perform(get("/api/v1/horizon")).andExpect(jsonPath("$.types[?(@.code == 'drones')].name")
                .value(hasItem("Drones")));
    }

    @Test
    void anInvalidChangeIsRefusedNamingTheField() throws Exception {
        mvc.perform(json(put("/api/v1/horizon/types/api-bad"), "{\"name\": \" \", \"description\": \"d\"}")
                        .with(as("coordinator.national")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'name'")));
        mvc.perform(json(put("/api/v1/horizon/types/Not_A_Code"), "{\"name\": \"n\", \"description\": \"d\"}")
                        .with(as("coordinator.national")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'code'")));
        mvc.perform(json(put("/api/v1/horizon/frameworks/api-bad"),
                        "{\"shortName\": \"s\", \"name\": \"n\", \"link\": \"javascript:alert(1)\"}")
                        .with(as("coordinator.national")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'link'")));
        mvc.perform(json(put("/api/v1/horizon/assessments/drones/pace"),
                        "{\"applies\": true, \"coverage\": \"MOSTLY\", \"note\": \"n\"}").with(as("coordinator.national")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'coverage'")));
        mvc.perform(json(put("/api/v1/horizon/assessments/drones/pace"),
                        "{\"coverage\": \"GAP\", \"note\": \"n\"}").with(as("coordinator.national")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'applies'")));
        mvc.perform(json(put("/api/v1/horizon/assessments/drones/pace"),
                        "{\"applies\": true, \"coverage\": \"GAP\"}").with(as("coordinator.national")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'note'")));
        mvc.perform(json(put("/api/v1/horizon/assessments/no-such-type/pace"),
                        "{\"applies\": false, \"note\": \"n\"}").with(as("coordinator.national")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/horizon"))
                .andExpect(jsonPath("$.assessments[?(@.typeCode == 'drones' && @.frameworkCode == 'pace')].applies")
                        .value(hasItem(false)))
                .andExpect(jsonPath("$.types[?(@.code == 'api-bad')]").isEmpty());
    }
}
