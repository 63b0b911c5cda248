package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

/**
 * A CAD export in US form, made here: one row per responding unit, 12-hour times with AM and PM
 * written month first, coordinates in Dallas, and call types in words. Beacon suggests the whole
 * mapping from it, and the export imports through that suggestion untouched, with no pattern typed.
 */
@WebTest
class UsCadExportTest {

    static final String HEADER = "Call Number,Response Date,Problem,Priority Number,Time First Unit Assigned,"
            + "Time First Unit Arrived,Time Call Closed,Call Disposition,Unit,Latitude,Longitude\n";
    static final int INCIDENTS = 40;
    private static final ZoneId DALLAS = ZoneId.of("America/Chicago");
    private static final ZoneId FORCE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy h:mm:ss a", Locale.US);
    private static final List<String> PROBLEMS = List.of("Burglary of Residence", "Disturbance", "Traffic Accident",
            "Suspicious Person", "Alarm");
    private static final List<String> DISPOSITIONS = List.of("Report Written", "Advised", "Arrest Made");

    @Autowired
    MockMvc mvc;

    /**
     * When each incident was created, in Dallas: March and April 2023 (both sides of the US clock
     * change on 12 March and the UK's on 26 March), every hour of the day including midnight and
     * noon, never near the end of a month.
     */
    static LocalDateTime created(int incident) {
        return LocalDate.of(2023, 3 + incident % 2, 2 + incident * 7 % 26)
                .atTime(incident * 5 % 24, incident * 13 % 60, incident * 29 % 60);
    }

    /** The export: one to three rows per incident, one for each unit that responded. */
    static String export() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < INCIDENTS; i++) {
            LocalDateTime created = created(i);
            LocalDateTime assigned = created.plusMinutes(1 + i % 5);
            LocalDateTime arrived = assigned.plusMinutes(3 + i % 17);
            LocalDateTime closed = arrived.plusMinutes(10 + i * 11 % 80);
            for (int unit = 0; unit <= i % 3; unit++) {
                csv.append(String.format(Locale.ROOT, "23-%06d,%s,%s,%d,%s,%s,%s,%s,%s,%.6f,%.6f%n", 41_000 + i,
                        US.format(created), PROBLEMS.get(i % PROBLEMS.size()), 1 + i % 4, US.format(assigned),
                        US.format(arrived), US.format(closed), DISPOSITIONS.get(i % DISPOSITIONS.size()),
                        "B" + (100 + (i + unit) % 30), 32.70 + i * 0.0061, -96.95 + i * 0.0083));
            }
        }
        return csv.toString();
    }

    static MockMultipartFile file() {
        return new MockMultipartFile("file", "dallas-us-form.csv", "text/csv",
                export().getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Long> profile(String by) throws Exception {
        String body = mvc.perform(get("/api/v1/forces/city-of-london/demand/profile").param("from", "2023-03")
                        .param("to", "2023-04").param("by", by).with(as("analyst.city-of-london")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Map<String, Long> counts = new TreeMap<>();
        JsonPath.<List<Map<String, Object>>>read(body, "$.rows")
                .forEach(row -> counts.put((String) row.get("key"), ((Number) row.get("incidents")).longValue()));
        return counts;
    }

    @Test
    void theWholeMappingIsSuggestedFromTheContentAndImportsUntouched() throws Exception {
        String preview = mvc.perform(multipart("/api/v1/forces/city-of-london/demand/mappings/preview").file(file())
                        .with(as("analyst.city-of-london")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Map<String, Object> mapping = JsonPath.read(preview, "$.mapping");
        assertThat(mapping).containsEntry("incidentId", "Call Number").containsEntry("createdAt", "Response Date")
                .containsEntry("type", "Problem").containsEntry("priority", "Priority Number")
                .containsEntry("firstArrivalAt", "Time First Unit Arrived")
                .containsEntry("clearedAt", "Time Call Closed").containsEntry("unit", "Unit")
                .containsEntry("latitude", "Latitude").containsEntry("longitude", "Longitude")
                .containsEntry("outcome", "Call Disposition")
                .containsEntry("dateTimePattern", "MM/dd/yyyy h:mm:ss a")
                .containsEntry("timeZone", "America/Chicago");
        assertThat((Object) JsonPath.read(preview, "$.error")).isNull();
        assertThat(JsonPath.<List<Object>>read(preview, "$.rows")).hasSize(10);

        // Saved exactly as suggested, under a name of its own.
        String suggested = JsonPath.parse(JsonPath.parse(preview).set("$.mapping.name", "us-form-suggested")
                .<Map<String, Object>>read("$.mapping")).jsonString();
        mvc.perform(post("/api/v1/forces/city-of-london/demand/mappings").contentType(MediaType.APPLICATION_JSON)
                .content(suggested).with(as("analyst.city-of-london"))).andExpect(status().isOk());
        String job = mvc.perform(multipart("/api/v1/forces/city-of-london/demand/imports").file(file())
                        .param("format", "cad").param("mapping", "us-form-suggested")
                        .with(as("analyst.city-of-london")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String done = ApiImports.awaitFinished(mvc, as("analyst.city-of-london"), JsonPath.read(job, "$.id"));
        assertThat(JsonPath.<String>read(done, "$.state")).as(done).isEqualTo("succeeded");
        assertThat(JsonPath.<Integer>read(done, "$.result.incidents")).isEqualTo(INCIDENTS);

        // Counted independently: each created time in Dallas, as the force's own clock shows it.
        Map<String, Long> months = new TreeMap<>();
        Map<String, Long> hours = new TreeMap<>();
        for (int i = 0; i < INCIDENTS; i++) {
            ZonedDateTime local = created(i).atZone(DALLAS).withZoneSameInstant(FORCE);
            months.merge(local.format(DateTimeFormatter.ofPattern("yyyy-MM")), 1L, Long::sum);
            hours.merge(local.getDayOfWeek().getValue() + " "
                    + local.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + " "
                    + String.format(Locale.ROOT, "%02d:00", local.getHour()), 1L, Long::sum);
        }
        assertThat(profile("month")).isEqualTo(months);
        assertThat(profile("hourOfWeek")).isEqualTo(hours);
    }
}
