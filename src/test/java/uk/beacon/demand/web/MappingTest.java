package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.TestData;
import uk.beacon.testsupport.WebTest;

/** A force builds a mapping for its own export from the file's header, previews it, saves it and imports with it. */
@WebTest
class MappingTest {

    @Autowired
    MockMvc mvc;

    private MockMultipartFile dallas() throws Exception {
        return new MockMultipartFile("file", "dallas.csv", "text/csv",
                Files.readAllBytes(TestData.dallasActiveCalls()));
    }

    @Test
    void previewShowsTheHeaderASuggestedMappingAndTheFirstRowsAsRead() throws Exception {
        String body = mvc.perform(multipart("/api/v1/forces/city-of-london/demand/mappings/preview").file(dallas())
                        .with(as("analyst.city-of-london")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<List<String>>read(body, "$.header")).startsWith("beat", "block", "date_time");
        assertThat((String) JsonPath.read(body, "$.mapping.incidentId")).isEqualTo("incident_number");
        assertThat((String) JsonPath.read(body, "$.mapping.createdAt")).isEqualTo("date_time");
        assertThat((String) JsonPath.read(body, "$.mapping.type")).isEqualTo("nature_of_call");
        assertThat((String) JsonPath.read(body, "$.mapping.unit")).isEqualTo("unit_number");
        assertThat(JsonPath.<List<Object>>read(body, "$.rows")).hasSize(10);
        assertThat((String) JsonPath.read(body, "$.rows[0].rawType")).isEqualTo("38 - Meet Complainant");
        assertThat((Object) JsonPath.read(body, "$.error")).isNull();
    }

    @Test
    void previewWithAWrongMappingSaysWhyTheImportWouldStop() throws Exception {
        String mapping = "{\"name\":\"wrong\",\"incidentId\":\"incident_number\",\"createdAt\":\"date_time\","
                + "\"type\":\"nature_of_call\",\"dateTimePattern\":\"dd/MM/yyyy HH:mm\",\"timeZone\":\"Europe/London\"}";
        String body = mvc.perform(multipart("/api/v1/forces/city-of-london/demand/mappings/preview").file(dallas())
                        .file(new MockMultipartFile("mapping", "", "application/json", mapping.getBytes()))
                        .with(as("analyst.city-of-london")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(body, "$.error"))
                .isEqualTo("dallas.csv line 2, column date_time: '2018-01-09T09:26:00.000' is not a date and time "
                        + "in the form expected; the pattern ISO reads it");
    }

    @Test
    void aSavedMappingIsListedAndImportsTheFile() throws Exception {
        String mapping = "{\"name\":\"dallas-units\",\"incidentId\":\"incident_number\",\"createdAt\":\"date_time\","
                + "\"type\":\"nature_of_call\",\"priority\":\"priority\",\"unit\":\"unit_number\",\"beat\":\"beat\","
                + "\"dateTimePattern\":\"ISO\",\"timeZone\":\"America/Chicago\"}";
        mvc.perform(post("/api/v1/forces/city-of-london/demand/mappings").contentType(MediaType.APPLICATION_JSON)
                        .content(mapping).with(as("planner.city-of-london")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/forces/city-of-london/demand/mappings").with(as("reviewer.city-of-london")))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.hasItems("beacon-canonical", "dallas",
                        "dallas-units")));
        mvc.perform(get("/api/v1/forces/metropolitan/demand/mappings").with(as("analyst.metropolitan")))
                .andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(
                        "dallas-units"))));

        String job = mvc.perform(multipart("/api/v1/forces/city-of-london/demand/imports").file(dallas())
                        .param("format", "cad").param("mapping", "dallas-units").with(as("planner.city-of-london")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(job, "$.id");
        String state = "queued";
        for (int i = 0; i < 200 && List.of("queued", "running").contains(state); i++) {
            Thread.sleep(50);
            state = JsonPath.read(mvc.perform(get("/api/v1/jobs/" + id).with(as("planner.city-of-london")))
                    .andReturn().getResponse().getContentAsString(), "$.state");
        }
        assertThat(state).isEqualTo("succeeded");
    }

    @Test
    void aMappingCannotTakeAShippedNameAndOnlyImportersSaveThem() throws Exception {
        String shippedName = "{\"name\":\"dallas\",\"incidentId\":\"a\",\"createdAt\":\"b\",\"type\":\"c\"}";
        mvc.perform(post("/api/v1/forces/city-of-london/demand/mappings").contentType(MediaType.APPLICATION_JSON)
                        .content(shippedName).with(as("analyst.city-of-london")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ships")));
        String fine = "{\"name\":\"mine\",\"incidentId\":\"a\",\"createdAt\":\"b\",\"type\":\"c\"}";
        mvc.perform(post("/api/v1/forces/city-of-london/demand/mappings").contentType(MediaType.APPLICATION_JSON)
                .content(fine).with(as("reviewer.city-of-london"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/forces/city-of-london/demand/mappings").contentType(MediaType.APPLICATION_JSON)
                .content(fine).with(as("analyst.metropolitan"))).andExpect(status().isForbidden());
    }
}
