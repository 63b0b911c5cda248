package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import uk.beacon.testsupport.TestData;
import uk.beacon.testsupport.WebTest;

/**
 * Imports of real files through the API, and the profile that counts them. Its own application
 * context (and so its own demand data), because it counts every row of real files that other
 * tests import too.
 */
@WebTest
// Parts of 64 bytes: a canonical file sent as the request body is stored a record or so at a time.
@org.springframework.test.context.TestPropertySource(properties = {"beacon.test.context=demand-import",
        "beacon.demand.import-part-bytes=64"})
class DemandImportTest {

    @Autowired
    MockMvc mvc;

    private static MockMultipartFile part(Path file) throws IOException {
        return new MockMultipartFile("file", file.getFileName().toString(), "text/csv", Files.readAllBytes(file));
    }

    private String startImport(String user, String force, String format, String mapping, MockMultipartFile... parts)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/v1/forces/" + force + "/demand/imports");
        for (MockMultipartFile part : parts) {
            request.file(part);
        }
        request.param("format", format);
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        String body = mvc.perform(request.with(as(user))).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private Map<String, Long> profile(String user, String force, String from, String to, String by) throws Exception {
        String body = mvc.perform(get("/api/v1/forces/" + force + "/demand/profile")
                        .param("from", from).param("to", to).param("by", by).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(body, "$.rows");
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.put((String) row.get("key"), ((Number) row.get("incidents")).longValue()));
        return counts;
    }

    private static Map<String, Long> countColumn(List<Path> files, String column) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
                    counts.merge(record.get(column), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    @Test
    void theSixCityOfLondonFilesImportWithNoRowLost() throws Exception {
        List<Path> files = TestData.csvFilesIn(TestData.cityOfLondonStreetFolder());
        assertThat(files).hasSize(6);

        String job = startImport("analyst.city-of-london", "city-of-london", "police-uk-street",
                null, files.stream().map(this::partUnchecked).toArray(MockMultipartFile[]::new));
        String done = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.city-of-london", job);

        assertThat((String) JsonPath.read(done, "$.state")).as(done).isEqualTo("succeeded");
        assertThat(profile("analyst.city-of-london", "city-of-london", "2021-01", "2021-06", "rawType"))
                .isEqualTo(countColumn(files, "Crime type"));
        // Harm: each crime weighted by the shipped Cambridge Crime Harm Index weight of its category.
        var weights = uk.beacon.demand.domain.HarmWeights.defaults();
        double expectedHarm = countColumn(files, "Crime type").entrySet().stream()
                .mapToDouble(entry -> entry.getValue() * weights.weight(entry.getKey()).orElseThrow()).sum();
        String totals = mvc.perform(get("/api/v1/forces/city-of-london/demand/profile").param("from", "2021-01")
                .param("to", "2021-06").param("by", "workType").with(as("analyst.city-of-london")))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(totals, "$.totals.harm")).doubleValue())
                .isCloseTo(expectedHarm, org.assertj.core.data.Offset.offset(0.01)).isPositive();
        assertThat(profile("analyst.city-of-london", "city-of-london", "2021-01", "2021-06", "month"))
                .containsOnlyKeys("2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06");
        assertThat(profile("analyst.city-of-london", "city-of-london", "2021-01", "2021-06", "workType"))
                .doesNotContainKey("UNMAPPED").containsKey("ANTI_SOCIAL_BEHAVIOUR");
        String history = mvc.perform(get("/api/v1/forces/city-of-london/demand/imports").with(as("planner.city-of-london")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> imported = JsonPath.read(history, "$");
        assertThat(imported).filteredOn(row -> ((String) row.get("fileName")).endsWith("-city-of-london-street.csv"))
                .hasSize(6).allSatisfy(row -> {
                    assertThat(row.get("importedBy")).isEqualTo("analyst.city-of-london");
                    assertThat((String) row.get("checksum")).hasSize(64);
                });

        String again = startImport("analyst.city-of-london", "city-of-london", "police-uk-street", null,
                part(files.get(0)));
        String refused = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.city-of-london", again);
        assertThat((String) JsonPath.read(refused, "$.state")).isEqualTo("failed");
        assertThat((String) JsonPath.read(refused, "$.message")).contains("already imported");
        assertThat(profile("analyst.city-of-london", "city-of-london", "2021-01", "2021-06", "rawType"))
                .isEqualTo(countColumn(files, "Crime type"));
    }

    private MockMultipartFile partUnchecked(Path file) {
        try {
            return part(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aZipInTheMonthlyDownloadLayoutImportsItsStreetFiles() throws Exception {
        List<Path> files = TestData.csvFilesIn(TestData.cityOfLondonStreetFolder());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (Path file : files.subList(0, 2)) {
                String name = file.getFileName().toString();
                out.putNextEntry(new ZipEntry(name.substring(0, 7) + "/" + name));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("2021-01/2021-01-city-of-london-outcomes.csv"));
            out.write("not,a,street,file\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        // Into the Metropolitan demo store, whose 2021 months hold nothing else.
        String job = startImport("planner.metropolitan", "metropolitan", "police-uk-street", null,
                new MockMultipartFile("file", "2021-city.zip", "application/zip", zip.toByteArray()));
        String done = uk.beacon.testsupport.Requests.awaitJob(mvc, "planner.metropolitan", job);

        assertThat((String) JsonPath.read(done, "$.state")).as(done).isEqualTo("succeeded");
        assertThat(profile("planner.metropolitan", "metropolitan", "2021-01", "2021-02", "rawType"))
                .isEqualTo(countColumn(files.subList(0, 2), "Crime type"));
    }

    @Test
    void aFileWithOneMalformedRowIsRefusedNamingItsLineAndNothingIsStored() throws Exception {
        String csv = String.join(",", "Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude",
                "Location", "LSOA code", "LSOA name", "Crime type", "Last outcome category", "Context") + "\n"
                + "a1,2019-03,City of London Police,City of London Police,-0.1,51.5,On or near X,E01,City 001,"
                + "Burglary,Under investigation,\n"
                + "a2,March 2019,City of London Police,City of London Police,-0.1,51.5,On or near X,E01,City 001,"
                + "Burglary,Under investigation,\n";
        String job = startImport("analyst.city-of-london", "city-of-london", "police-uk-street", null,
                new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));

        String failed = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.city-of-london", job);

        assertThat((String) JsonPath.read(failed, "$.state")).isEqualTo("failed");
        assertThat((String) JsonPath.read(failed, "$.message"))
                .isEqualTo("bad.csv line 3, column Month: 'March 2019' is not a month (YYYY-MM)");
        assertThat(profile("analyst.city-of-london", "city-of-london", "2019-01", "2019-12", "rawType")).isEmpty();
    }

    @Test
    void theDallasExportImportsThroughItsMappingAsOneIncidentPerIncidentNumber() throws Exception {
        Path file = TestData.dallasActiveCalls();
        Set<String> incidentNumbers = new HashSet<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .forEach(record -> incidentNumbers.add(record.get("incident_number")));
        }

        String job = startImport("analyst.metropolitan", "metropolitan", "cad", "dallas", part(file));
        String done = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.metropolitan", job);

        assertThat((String) JsonPath.read(done, "$.state")).as(done).isEqualTo("succeeded");
        assertThat(((Number) JsonPath.read(done, "$.result.incidents")).longValue()).isEqualTo(incidentNumbers.size());
        Map<String, Long> byHour = profile("analyst.metropolitan", "metropolitan", "2018-01", "2018-01", "hourOfWeek");
        assertThat(byHour.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(incidentNumbers.size());
        assertThat(byHour.keySet()).allMatch(key -> key.matches("[1-7] [A-Z][a-z]{2} \\d{2}:00"));
    }

    @Test
    void stopAndSearchImportsOneIncidentPerSearchAsProactiveWork() throws Exception {
        Path file = TestData.csvFilesIn(TestData.stopAndSearchFolder()).get(0);

        String job = startImport("analyst.city-of-london", "city-of-london", "police-uk-stop-search", null,
                part(file));
        String done = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.city-of-london", job);

        assertThat((String) JsonPath.read(done, "$.state")).as(done).isEqualTo("succeeded");
        assertThat(profile("analyst.city-of-london", "city-of-london", "2016-11", "2016-11", "workType"))
                .containsExactly(Map.entry("PROACTIVE", 117L));
    }

    @Test
    void anImportCanBeDeletedWithItsIncidents() throws Exception {
        String csv = "incident_id,created_at,month,raw_type,priority,latitude,longitude,lsoa,beat,first_arrival_at,"
                + "cleared_at,units,officer_minutes,outcome\n"
                + "x1,2017-05-01T10:00:00Z,2017-05,Assault,1,,,,,2017-05-01T10:09:00Z,2017-05-01T11:09:00Z,2,,\n"
                + "x2,,2017-05,Mystery call,,,,,,,,,,\n";
        String job = startImport("analyst.metropolitan", "metropolitan", "cad", "beacon-canonical",
                new MockMultipartFile("file", "canonical.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        String done = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.metropolitan", job);
        assertThat((String) JsonPath.read(done, "$.state")).as(done).isEqualTo("succeeded");
        assertThat(profile("analyst.metropolitan", "metropolitan", "2017-05", "2017-05", "workType"))
                .containsEntry("VIOLENT_CRIME", 1L).containsEntry("UNMAPPED", 1L);
        String body = mvc.perform(get("/api/v1/forces/metropolitan/demand/profile").param("from", "2017-05")
                .param("to", "2017-05").param("by", "priority").with(as("analyst.metropolitan")))
                .andReturn().getResponse().getContentAsString();
        // Two units for the hour from first arrival to clearance: 120 officer-minutes, 2 hours.
        assertThat(((Number) JsonPath.read(body, "$.totals.officerHours")).doubleValue()).isEqualTo(2.0);
        String importId = JsonPath.read(done, "$.result.imports[0].id");

        mvc.perform(delete("/api/v1/forces/metropolitan/demand/imports/" + importId).with(as("analyst.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/forces/metropolitan/demand/imports/" + importId).with(as("analyst.metropolitan")))
                .andExpect(status().isNoContent());
        assertThat(profile("analyst.metropolitan", "metropolitan", "2017-05", "2017-05", "workType")).isEmpty();
        mvc.perform(delete("/api/v1/forces/metropolitan/demand/imports/" + importId).with(as("analyst.metropolitan")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFileSentAsTheRequestBodyImportsLikeAnUploadedOne() throws Exception {
        String csv = ApiImports.CANONICAL_HEADER + "b1,2016-02-01T10:00:00Z,2016-02,Assault,1,,,,,,,,,\n"
                + "b2,2016-02-02T10:00:00Z,2016-02,Theft,3,,,,,,,,,\n";
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/forces/metropolitan/demand/imports").param("format", "cad")
                        .param("mapping", "beacon-canonical").param("fileName", "body.csv")
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
                        .with(as("analyst.metropolitan")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();

        String done = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.metropolitan", JsonPath.read(body, "$.id"));
        assertThat((String) JsonPath.read(done, "$.state")).as(done).isEqualTo("succeeded");
        assertThat((String) JsonPath.read(done, "$.result.imports[0].fileName")).isEqualTo("body.csv");
        // The checksum worked out as the body was written is the SHA-256 of its bytes.
        assertThat((String) JsonPath.read(done, "$.result.imports[0].checksum")).isEqualTo(java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(csv.getBytes(StandardCharsets.UTF_8))));
        assertThat(profile("analyst.metropolitan", "metropolitan", "2016-02", "2016-02", "rawType"))
                .containsExactly(Map.entry("Assault", 1L), Map.entry("Theft", 1L));
        String empty = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/forces/metropolitan/demand/imports").param("format", "cad")
                        .param("mapping", "beacon-canonical").param("fileName", "empty.csv")
                        .contentType("text/csv").content(new byte[0]).with(as("analyst.metropolitan")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String refused = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.metropolitan", JsonPath.read(empty, "$.id"));
        assertThat((String) JsonPath.read(refused, "$.state")).isEqualTo("failed");
        assertThat((String) JsonPath.read(refused, "$.message")).isEqualTo("empty.csv line 1: the file is empty");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/forces/city-of-london/demand/imports").param("format", "cad")
                        .param("mapping", "beacon-canonical").contentType("text/csv").content(csv)
                        .with(as("analyst.metropolitan")))
                .andExpect(status().isForbidden());
    }

    private String postBody(String fileName, String csv) throws Exception {
        String body = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/v1/forces/metropolitan/demand/imports").param("format", "cad")
                        .param("mapping", "beacon-canonical").param("fileName", fileName)
                        .contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))
                        .with(as("analyst.metropolitan")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.metropolitan", JsonPath.read(body, "$.id"));
    }

    @Test
    void aBodyStoredInPartsAsItArrivesIsRefusedWholeForABadRowInALaterPartAndForARepeat() throws Exception {
        StringBuilder csv = new StringBuilder(ApiImports.CANONICAL_HEADER);
        for (int i = 0; i < 40; i++) {
            csv.append("p").append(i).append(",2015-06-01T10:00:00Z,2015-06,Theft,").append(i == 33 ? 12 : 3)
                    .append(",,,,,,,,,\n");
        }
        String refused = postBody("parts.csv", csv.toString());
        assertThat((String) JsonPath.read(refused, "$.state")).isEqualTo("failed");
        assertThat((String) JsonPath.read(refused, "$.message"))
                .isEqualTo("parts.csv line 35, column priority: '12' is outside 1 to 9");
        assertThat(profile("analyst.metropolitan", "metropolitan", "2015-06", "2015-06", "rawType")).isEmpty();

        String good = csv.toString().replace("Theft,12,", "Theft,2,");
        assertThat((String) JsonPath.read(postBody("parts.csv", good), "$.state")).isEqualTo("succeeded");
        assertThat(profile("analyst.metropolitan", "metropolitan", "2015-06", "2015-06", "rawType"))
                .containsExactly(Map.entry("Theft", 40L));
        String again = postBody("again.csv", good);
        assertThat((String) JsonPath.read(again, "$.message")).startsWith("again.csv: this file was already imported");
        assertThat(profile("analyst.metropolitan", "metropolitan", "2015-06", "2015-06", "rawType"))
                .containsExactly(Map.entry("Theft", 40L));
    }

    @Test
    void aRepeatedIncidentIdIsRefusedNamingItsLineWhetherTheFileIsTheBodyOrAnUpload() throws Exception {
        // Ids in order up to the repeat, which is the case the import settles without counting ids.
        StringBuilder csv = new StringBuilder(ApiImports.CANONICAL_HEADER);
        for (int i = 10; i < 50; i++) {
            csv.append("r").append(i).append(",,2014-03,Theft,,,,,,,,,,\n");
        }
        csv.append("r47,,2014-03,Theft,,,,,,,,,,\n");
        String expected = "repeat.csv line 42, column incident_id: 'r47' appears more than once; a canonical file "
                + "has one row per incident";

        String asBody = postBody("repeat.csv", csv.toString());
        String job = startImport("analyst.metropolitan", "metropolitan", "cad", "beacon-canonical",
                new MockMultipartFile("file", "repeat.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        String asUpload = uk.beacon.testsupport.Requests.awaitJob(mvc, "analyst.metropolitan", job);

        for (String refused : List.of(asBody, asUpload)) {
            assertThat((String) JsonPath.read(refused, "$.state")).as(refused).isEqualTo("failed");
            assertThat((String) JsonPath.read(refused, "$.message")).isEqualTo(expected);
        }
        assertThat(profile("analyst.metropolitan", "metropolitan", "2014-03", "2014-03", "rawType")).isEmpty();
    }

    @Test
    void aBodyRefusedByItsFirstPartIsStillReadToTheEndAndAnsweredWithTheFailedJob() throws Exception {
        StringBuilder csv = new StringBuilder("id,when\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("x").append(i).append(",2015-07-01\n");
        }

        String failed = postBody("wrong.csv", csv.toString());

        assertThat((String) JsonPath.read(failed, "$.state")).isEqualTo("failed");
        assertThat((String) JsonPath.read(failed, "$.message"))
                .startsWith("wrong.csv line 1: the header must be incident_id,created_at,");
    }

    @Test
    void anotherForceAndOtherRolesCannotImportOrSeeTheData() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "x.csv", "text/csv", "a\n".getBytes());

        mvc.perform(multipart("/api/v1/forces/city-of-london/demand/imports").file(file)
                .param("format", "police-uk-street").with(as("analyst.metropolitan"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/forces/city-of-london/demand/imports").file(file)
                .param("format", "police-uk-street").with(as("reviewer.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/city-of-london/demand/profile").param("from", "2021-01").param("to", "2021-06")
                .with(as("analyst.metropolitan"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/city-of-london/demand/imports").with(as("analyst.metropolitan")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/city-of-london/demand/imports")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/forces/atlantis/demand/imports").with(as("analyst.metropolitan")))
                .andExpect(status().isNotFound());
    }

    @Test
    void badParametersAre400WithTheReason() throws Exception {
        mvc.perform(get("/api/v1/forces/city-of-london/demand/profile").param("from", "2021-1").param("to", "2021-06")
                        .with(as("analyst.city-of-london")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'from' must be a month written YYYY-MM, not '2021-1'"));
        mvc.perform(get("/api/v1/forces/city-of-london/demand/profile").param("from", "2021-01").param("to", "2021-06")
                        .param("by", "colour").with(as("analyst.city-of-london")))
                .andExpect(status().isBadRequest());
        mvc.perform(multipart("/api/v1/forces/city-of-london/demand/imports")
                        .file(new MockMultipartFile("file", "x.csv", "text/csv", "a\n".getBytes()))
                        .param("format", "excel").with(as("analyst.city-of-london")))
                .andExpect(status().isBadRequest());
    }
}
