package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.Requests;
import uk.beacon.testsupport.WebTest;

/**
 * The worst files people send: every one fails its import with a short message naming the file and
 * line (and column where one is at fault), the job always ends, and nothing of the file is stored.
 */
@WebTest
class ImportFailuresTest {

    private static final String USER = "analyst.metropolitan";
    private static final String STREET_HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,"
            + "LSOA code,LSOA name,Crime type,Last outcome category,Context\n";
    private static final String STREET_ROW = "abc,2021-01,City of London Police,City of London Police,-0.09,51.51,"
            + "On or near X,E01000001,City of London 001A,Theft,Under investigation,\n";
    /** More than DuckDB's default 32 MB read buffer, which silently dropped such a line. */
    private static final int HUGE_LINE = 33 * 1024 * 1024;

    @Autowired
    MockMvc mvc;

    private String multipartImport(String format, String mapping, String fileName, byte[] content) throws Exception {
        var request = multipart("/api/v1/forces/metropolitan/demand/imports")
                .file(new MockMultipartFile("file", fileName, "text/csv", content)).param("format", format);
        if (mapping != null) {
            request.param("mapping", mapping);
        }
        String body = mvc.perform(request.with(as(USER))).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return Requests.awaitJob(mvc, USER, JsonPath.read(body, "$.id"));
    }

    private String bodyImport(String fileName, String contentType, byte[] content) throws Exception {
        String body = mvc.perform(post("/api/v1/forces/metropolitan/demand/imports").param("format", "cad")
                        .param("mapping", "beacon-canonical").param("fileName", fileName).contentType(contentType)
                        .content(content).with(as(USER)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return Requests.awaitJob(mvc, USER, JsonPath.read(body, "$.id"));
    }

    private String street(String fileName, String csv) throws Exception {
        return multipartImport("police-uk-street", null, fileName, csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The job failed with a message that starts as given, is short, and nothing was stored under the name. */
    private String assertRefused(String job, String fileName) throws Exception {
        assertThat((String) JsonPath.read(job, "$.state")).as(job).isEqualTo("failed");
        String message = JsonPath.read(job, "$.message");
        assertThat(message).as(message).startsWith(fileName).doesNotContain("failed unexpectedly");
        assertThat(message.length()).as(message).isLessThan(400);
        String history = mvc.perform(get("/api/v1/forces/metropolitan/demand/imports").with(as(USER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> names = JsonPath.read(history, "$[*].fileName");
        assertThat(names).doesNotContain(fileName);
        return message;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String entryName, byte[] content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void aHeaderOf3000CharactersFailsNamingTheMissingColumnWithoutEchoingTheHeader() throws Exception {
        String message = assertRefused(street("long-header.csv", "Z".repeat(3_000) + "\n" + STREET_ROW),
                "long-header.csv");

        assertThat(message).contains("line 1", "'Crime ID'").doesNotContain("Z".repeat(100));
    }

    @Test
    void aFileOf100000ColumnsFailsWithAShortMessage() throws Exception {
        String header = IntStream.range(0, 100_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));

        String message = assertRefused(street("wide.csv", header + "\n"), "wide.csv");

        assertThat(message).contains("line 1");
    }

    @Test
    void aLineOver32MegabytesInTheRequestBodyFailsTheImportNamingItsLine() throws Exception {
        String csv = ApiImports.CANONICAL_HEADER + "h1,2016-02-01T10:00:00Z,2016-02,Assault,1,,,,,,,,,\n"
                + "h2,2016-02-02T10:00:00Z,2016-02,Theft,3,,,,,,,,,\n"
                + "h3,2016-02-02T10:00:00Z,2016-02," + "x".repeat(HUGE_LINE) + ",3,,,,,,,,,\n";

        String message = assertRefused(bodyImport("huge-line-body.csv", "text/csv", bytes(csv)), "huge-line-body.csv");

        assertThat(message).contains("line 4", "longer than");
    }

    @Test
    void aFileThatIsOneHeaderAndOneHugeLineFailsInAMultipartUpload() throws Exception {
        String csv = ApiImports.CANONICAL_HEADER + "h1,2016-02-01T10:00:00Z,2016-02," + "x".repeat(HUGE_LINE)
                + ",1,,,,,,,,,\n";

        String message = assertRefused(multipartImport("cad", "beacon-canonical", "huge-line-part.csv", bytes(csv)),
                "huge-line-part.csv");

        assertThat(message).contains("line 2", "longer than");
    }

    @Test
    void aHugeLineInsideAZipFailsNamingTheEntryAndLine() throws Exception {
        // Random letters, which do not compress like a zip bomb does.
        java.util.Random random = new java.util.Random(7);
        String line = random.ints(2 * 1024 * 1024, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        byte[] csv = bytes(STREET_HEADER + STREET_ROW + line + "\n");

        String message = assertRefused(multipartImport("police-uk-street", null, "huge-line.zip",
                zip("2021-01-city-of-london-street.csv", csv)), "huge-line.zip");

        assertThat(message).contains("huge-line.zip/2021-01-city-of-london-street.csv line 3", "longer than");
    }

    @Test
    void badQuotingNamesTheFileLineAndColumn() throws Exception {
        String csv = STREET_HEADER + STREET_ROW.replace(",Theft,", ",\"Theft\"x,");

        String message = assertRefused(street("bad-quote.csv", csv), "bad-quote.csv");

        assertThat(message).contains("line 2", "Crime type");
    }

    @Test
    void badQuotingInACanonicalFileNamesItsLine() throws Exception {
        String csv = ApiImports.CANONICAL_HEADER + "q1,2016-02-01T10:00:00Z,2016-02,\"Theft\"x,1,,,,,,,,,\n";

        String message = assertRefused(bodyImport("bad-quote-canonical.csv", "text/csv", bytes(csv)),
                "bad-quote-canonical.csv");

        assertThat(message).contains("line 2");
    }

    @Test
    void aZipThatIsNotAZipSaysSo() throws Exception {
        String text = assertRefused(multipartImport("police-uk-street", null, "not-really.zip",
                bytes(STREET_HEADER + STREET_ROW)), "not-really.zip");
        String broken = assertRefused(multipartImport("police-uk-street", null, "broken.zip",
                bytes("PK\u0003\u0004 this is not the rest of a zip")), "broken.zip");

        assertThat(text).contains("not a zip file");
        assertThat(broken).contains("not a zip file");
    }

    @Test
    void aFileWithOnlyAHeaderIsRefusedInEveryFormat() throws Exception {
        String street = assertRefused(street("header-only.csv", STREET_HEADER), "header-only.csv");
        String canonical = assertRefused(bodyImport("header-only-canonical.csv", "text/csv",
                bytes(ApiImports.CANONICAL_HEADER)), "header-only-canonical.csv");
        String uploaded = assertRefused(multipartImport("cad", "beacon-canonical", "header-only-part.csv",
                bytes(ApiImports.CANONICAL_HEADER)), "header-only-part.csv");

        assertThat(List.of(street, canonical, uploaded)).allSatisfy(message -> assertThat(message).contains("no rows"));
    }

    @Test
    void aNulByteIsRefusedNamingItsLine() throws Exception {
        String street = assertRefused(street("nul.csv", STREET_HEADER + STREET_ROW.replace("Theft", "The\u0000ft")),
                "nul.csv");
        String canonical = assertRefused(bodyImport("nul-canonical.csv", "text/csv", bytes(ApiImports.CANONICAL_HEADER
                + "n1,2016-02-01T10:00:00Z,2016-02,Th\u0000eft,1,,,,,,,,,\n")), "nul-canonical.csv");

        assertThat(street).contains("line 2", "NUL");
        assertThat(canonical).contains("line 2", "NUL");
    }
}
