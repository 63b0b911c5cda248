package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;
import static uk.beacon.testsupport.Requests.signIn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.testsupport.WebTest;

/**
 * A new export's call types mapped in one go: suggested from the words of the types already mapped,
 * accepted together in one table, and the taxonomy as a CSV or XLSX file to download, edit and upload.
 */
@WebTest
@org.springframework.test.context.TestPropertySource(properties = "beacon.test.context=taxonomy-in-one-go")
class TaxonomyInOneGoTest {

    private static final String PAGE = "/forces/metropolitan/demand/taxonomy";

    @Autowired
    MockMvc mvc;

    private void importTypes(String... rawTypes) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < rawTypes.length; i++) {
            rows.append(rawTypes[0].charAt(0)).append(i).append(",2024-04-01T10:00:00Z,2024-04,").append(rawTypes[i])
                    .append(",2,,,,,,,,,\n");
        }
        String job = ApiImports.importCanonical(mvc, as("analyst.metropolitan"), "metropolitan",
                rawTypes[0] + ".csv", rows.toString());
        assertThat(job).contains("\"succeeded\"");
    }

    private String page(MockHttpSession session) throws Exception {
        return mvc.perform(get(PAGE).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void everyUnmappedTypeIsSuggestedAndAcceptedInOneGo() throws Exception {
        importTypes("THEFT FROM THE PERSON - PICKPOCKET", "RTC damage only", "Zebra crossing lights");
        MockHttpSession analyst = signIn(mvc, "analyst.metropolitan");

        String before = page(analyst);
        assertThat(before).contains("Map every type at once", "THEFT FROM THE PERSON - PICKPOCKET",
                "like &#39;Theft from the person&#39;", "its words name road traffic", "No suggestion",
                "selected=\"selected\">Acquisitive crime</option>");

        mvc.perform(post(PAGE + "/all").session(analyst).with(csrf())
                        .param("source", "cad", "cad", "cad")
                        .param("rawType", "THEFT FROM THE PERSON - PICKPOCKET", "RTC damage only", "Zebra crossing lights")
                        .param("workType", "ACQUISITIVE_CRIME", "ROAD_TRAFFIC", "")
                        .param("crime", "true", "false", "false"))
                .andExpect(status().is3xxRedirection());

        String after = page(analyst);
        assertThat(after).contains("2 types are now mapped, and 2 stored incidents were reclassified.");
        String unmapped = after.substring(after.indexOf("id=\"unmapped\""), after.indexOf("</table>",
                after.indexOf("id=\"unmapped\"")));
        assertThat(unmapped).contains("Zebra crossing lights").doesNotContain("PICKPOCKET", "RTC damage only");
    }

    @Test
    void theTaxonomyDownloadsAsCsvAndXlsxAndAnUploadedFileMapsEveryRowOrNone() throws Exception {
        importTypes("Toucan crossing signals");
        MockHttpSession planner = signIn(mvc, "planner.metropolitan");
        String csv = mvc.perform(get(PAGE + "/download.csv").session(planner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        byte[] xlsx = mvc.perform(get(PAGE + "/download.xlsx").session(planner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith("source,raw_type,work_type,crime\n").contains("cad,Assault,VIOLENT_CRIME,true\n");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("raw_type");
            assertThat(sheet.getLastRowNum()).isEqualTo(csv.strip().split("\n").length - 1);
        }

        String bad = "source,raw_type,work_type,crime\ncad,Toucan crossing signals,ROAD_TRAFFIC,false\n"
                + "cad,Pelican crossing,ROADS,false\n";
        String refused = mvc.perform(multipart(PAGE + "/upload").file(new MockMultipartFile("file", "edited.csv",
                        "text/csv", bad.getBytes(StandardCharsets.UTF_8))).param("_csrf", "ignored").session(planner)
                        .with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("edited.csv line 3", "work_type", "&#39;ROADS&#39; is not a work type");
        assertThat(page(planner)).contains("Toucan crossing signals");

        ByteArrayOutputStream edited = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Taxonomy");
            String[][] rows = {{"source", "raw_type", "work_type", "crime"},
                    {"cad", "Toucan crossing signals", "ROAD_TRAFFIC", "false"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(edited);
        }
        mvc.perform(multipart(PAGE + "/upload").file(new MockMultipartFile("file", "edited.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", edited.toByteArray()))
                        .session(planner).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String after = page(planner);
        assertThat(after).contains("1 type is now mapped");
        assertThat(after.substring(after.indexOf("id=\"unmapped-heading\""), after.indexOf("id=\"classify\"")))
                .doesNotContain("Toucan crossing signals");
    }

    @Test
    void aReviewerMaySeeButNotMapTypesInOneGo() throws Exception {
        MockHttpSession reviewer = signIn(mvc, "reviewer.metropolitan");

        mvc.perform(post(PAGE + "/all").session(reviewer).with(csrf()).param("source", "cad")
                .param("rawType", "Anything").param("workType", "ROAD_TRAFFIC").param("crime", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(get(PAGE + "/download.csv").session(reviewer)).andExpect(status().isOk());
    }

    @Test
    void theApiSuggestsAndMapsManyTypesAtOnceAllOrNone() throws Exception {
        importTypes("Missing from home - high risk", "Hoax caller");

        String suggestions = mvc.perform(get("/api/v1" + PAGE + "/suggestions").with(as("analyst.metropolitan")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(suggestions).contains("\"rawType\":\"Missing from home - high risk\"", "\"workType\":\"MISSING_PERSONS\"");

        String refused = mvc.perform(post("/api/v1" + PAGE + "/mappings").with(as("analyst.metropolitan"))
                        .contentType("application/json").content("""
                                [{"source": "cad", "rawType": "Missing from home - high risk", "workType": "MISSING_PERSONS"},
                                 {"source": "cad", "rawType": "Hoax caller", "workType": "HOAX"}]"""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("[1].workType");
        mvc.perform(post("/api/v1" + PAGE + "/mappings").with(as("analyst.metropolitan"))
                        .contentType("application/json").content("""
                                [{"source": "cad", "rawType": "Missing from home - high risk", "workType": "MISSING_PERSONS"},
                                 {"source": "cad", "rawType": "Hoax caller", "workType": "ADMINISTRATIVE_OTHER"}]"""))
                .andExpect(status().isOk());
        String after = mvc.perform(get("/api/v1" + PAGE + "/suggestions").with(as("analyst.metropolitan")))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain("Missing from home - high risk", "Hoax caller");
    }

    @Test
    void anotherForcesUserIsRefusedEveryNewTaxonomyEndpoint() throws Exception {
        MockHttpSession city = signIn(mvc, "analyst.city-of-london");

        mvc.perform(get(PAGE + "/download.csv").session(city)).andExpect(status().isForbidden());
        mvc.perform(get(PAGE + "/download.xlsx").session(city)).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/all").session(city).with(csrf()).param("source", "cad").param("rawType", "X")
                .param("workType", "ROAD_TRAFFIC").param("crime", "false")).andExpect(status().isForbidden());
        mvc.perform(multipart(PAGE + "/upload").file(new MockMultipartFile("file", "t.csv", "text/csv",
                "source,raw_type,work_type,crime\n".getBytes(StandardCharsets.UTF_8))).session(city).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1" + PAGE + "/suggestions").with(as("analyst.city-of-london")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1" + PAGE + "/mappings").with(as("analyst.city-of-london"))
                .contentType("application/json").content("[]")).andExpect(status().isForbidden());
    }
}
