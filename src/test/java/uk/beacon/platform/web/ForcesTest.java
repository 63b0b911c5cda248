package uk.beacon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.domain.ForceReferenceCsv;
import uk.beacon.testsupport.WebTest;

@WebTest
class ForcesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Test
    void theForcesApiReturnsAll44ForcesWithTheFiguresOfTheReferenceFile() throws Exception {
        String body = mvc.perform(get("/api/v1/forces")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> forces = json.readValue(body, new TypeReference<>() { });

        List<Organisation> expected;
        try (InputStream in = getClass().getResourceAsStream("/reference/forces.csv")) {
            expected = ForceReferenceCsv.read("forces.csv", in);
        }
        assertThat(forces).hasSize(44);
        for (Organisation force : expected) {
            Map<String, Object> actual = forces.stream().filter(f -> f.get("id").equals(force.id())).findFirst()
                    .orElseThrow(() -> new AssertionError(force.id() + " is missing"));
            assertThat(actual.keySet()).containsExactly("id", "name", "region", "officersFte", "population", "areaKm2");
            assertThat(actual.get("name")).isEqualTo(force.name());
            assertThat(actual.get("region")).isEqualTo(force.region());
            assertThat(decimal(actual.get("officersFte"))).isEqualTo(decimal(force.officersFte()));
            assertThat(decimal(actual.get("population"))).isEqualTo(decimal(force.population()));
            assertThat(decimal(actual.get("areaKm2"))).isEqualTo(decimal(force.areaKm2()));
        }
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros();
    }

    @Test
    void oneForceByItsId() throws Exception {
        mvc.perform(get("/api/v1/forces/city-of-london"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("City of London Police"))
                .andExpect(jsonPath("$.region").value("London"));
    }

    @Test
    void anUnknownForceIs404ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/forces/atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.title").value("Not Found"))
                .andExpect(jsonPath("$.detail").value("There is no police force with the id 'atlantis'"))
                .andExpect(jsonPath("$.instance").value("/api/v1/forces/atlantis"));
    }

    @Test
    void aNonForceOrganisationIsNotAForce() throws Exception {
        mvc.perform(get("/api/v1/forces/beacon")).andExpect(status().isNotFound());
    }

    @Test
    void theForcesPageListsEveryForceWithOfficersPerThousandResidents() throws Exception {
        String page = mvc.perform(get("/forces")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("44 forces");
        assertThat(page.split("<tr class=\"govuk-table__row\">", -1)).hasSize(1 + 1 + 44);
        // Metropolitan Police Service: 33,293.04 officers for 9,074,625 residents.
        assertThat(page).contains("Metropolitan Police Service", "33,293.04", "9,074,625", "3.67");
        assertThat(page).contains("Not available");
    }

    @Test
    void aForcePageShowsItsFiguresAndTheirSources() throws Exception {
        mvc.perform(get("/forces/metropolitan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-xl\">Metropolitan Police Service</h1>")))
                .andExpect(content().string(containsString("33,293.04")))
                .andExpect(content().string(containsString("3.67")))
                .andExpect(content().string(containsString("Police workforce, England and Wales")));
    }

    @Test
    void anUnknownForcePageIsTheGovukNotFoundPage() throws Exception {
        mvc.perform(get("/forces/atlantis"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(containsString("govuk-header")));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Beacon API"))
                .andExpect(jsonPath("$.paths['/api/v1/forces']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}/members']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/jobs/{id}']").exists());
    }
}
