package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

/** A force edits its taxonomy; unmapped raw types are listed and counted, never dropped. */
@WebTest
class TaxonomyTest {

    private static final String RAW_TYPE = "Unexplained noise from canal";

    @Autowired
    MockMvc mvc;

    private void importUnmappedCall() throws Exception {
        String csv = "incident_id,created_at,month,raw_type,priority,latitude,longitude,lsoa,beat,first_arrival_at,"
                + "cleared_at,units,officer_minutes,outcome\n"
                + "t1,2014-02-03T04:05:06Z,2014-02," + RAW_TYPE + ",3,,,,,,,,,\n"
                + "t2,2014-02-03T05:05:06Z,2014-02,  unexplained   NOISE from canal ,3,,,,,,,,,\n"
                + "t3,2014-02-04T05:05:06Z,2014-02,Assault,1,,,,,,,,,\n";
        String job = ApiImports.importCanonical(mvc, as("planner.metropolitan"), "metropolitan", "taxonomy-test.csv",
                csv.substring(ApiImports.CANONICAL_HEADER.length()));
        assertThat(JsonPath.<String>read(job, "$.state")).as(job).isEqualTo("succeeded");
    }

    @Test
    void unmappedRawTypesAreCountedAndAMappingReclassifiesWhatIsStored() throws Exception {
        importUnmappedCall();

        String before = mvc.perform(get("/api/v1/forces/metropolitan/demand/taxonomy").with(as("analyst.metropolitan")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> unmapped = JsonPath.read(before, "$.unmapped[?(@.source == 'cad')]");
        assertThat(unmapped).anySatisfy(row -> {
            assertThat(row.get("rawType")).isEqualTo(RAW_TYPE);
            assertThat(((Number) row.get("incidents")).longValue()).isEqualTo(1);
        });
        assertThat(JsonPath.<List<Object>>read(before, "$.entries[?(@.rawType == 'Assault' && @.source == 'cad')]"))
                .hasSize(1);

        mvc.perform(put("/api/v1/forces/metropolitan/demand/taxonomy").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"cad\",\"rawType\":\"" + RAW_TYPE + "\",\"workType\":\"ANTI_SOCIAL_BEHAVIOUR\","
                                + "\"crime\":false}")
                        .with(as("analyst.metropolitan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentsReclassified").value(2));

        String after = mvc.perform(get("/api/v1/forces/metropolitan/demand/taxonomy").with(as("analyst.metropolitan")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(after, "$.unmapped[?(@.rawType =~ /.*canal.*/i)]")).isEmpty();
        String profile = mvc.perform(get("/api/v1/forces/metropolitan/demand/profile").param("from", "2014-02")
                        .param("to", "2014-02").param("by", "workType").with(as("analyst.metropolitan")))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(profile, "$.rows");
        assertThat(rows).extracting(row -> row.get("key"), row -> ((Number) row.get("incidents")).intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ANTI_SOCIAL_BEHAVIOUR", 2),
                        org.assertj.core.groups.Tuple.tuple("VIOLENT_CRIME", 1));
    }

    @Test
    void onlyTheForcesAnalystsAndPlannersChangeItAndOnlyItsMembersSeeIt() throws Exception {
        String mapping = "{\"source\":\"cad\",\"rawType\":\"Dog barking\",\"workType\":\"ANTI_SOCIAL_BEHAVIOUR\"}";

        mvc.perform(put("/api/v1/forces/metropolitan/demand/taxonomy").contentType(MediaType.APPLICATION_JSON)
                .content(mapping).with(as("reviewer.metropolitan"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/forces/metropolitan/demand/taxonomy").contentType(MediaType.APPLICATION_JSON)
                .content(mapping).with(as("analyst.city-of-london"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/metropolitan/demand/taxonomy").with(as("analyst.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/metropolitan/demand/taxonomy").with(as("reviewer.metropolitan")))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownWorkTypeOrSourceIs400() throws Exception {
        mvc.perform(put("/api/v1/forces/metropolitan/demand/taxonomy").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"cad\",\"rawType\":\"X\",\"workType\":\"NAPPING\"}")
                        .with(as("analyst.metropolitan")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("NAPPING")));
        mvc.perform(put("/api/v1/forces/metropolitan/demand/taxonomy").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"source\":\"fax\",\"rawType\":\"X\",\"workType\":\"PROACTIVE\"}")
                        .with(as("analyst.metropolitan")))
                .andExpect(status().isBadRequest());
    }
}
