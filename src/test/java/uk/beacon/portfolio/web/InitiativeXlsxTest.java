package uk.beacon.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.portfolio.web.InitiativeApiTest.as;
import static uk.beacon.portfolio.web.InitiativeApiTest.initiative;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.platform.Role;
import uk.beacon.testsupport.WebTest;

/** Initiatives out to XLSX and back in: a round trip keeps them; a bad workbook stores nothing and names the cell. */
@WebTest
class InitiativeXlsxTest {

    @Autowired
    MockMvc mvc;

    byte[] export(String force) throws Exception {
        return mvc.perform(get("/api/v1/forces/" + force + "/initiatives.xlsx").with(as(force, Role.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void anExportedWorkbookImportsBackToTheSameInitiativesWithFormulaTextNeutralised() throws Exception {
        String body = initiative("=HYPERLINK(\\\"http://x\\\")", "", "{\"capitalReduction\": 1.5, \"text\": \"Proven product\"}");
        mvc.perform(post("/api/v1/forces/norfolk/initiatives").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(as("norfolk", Role.PLANNER))).andExpect(status().isCreated());
        byte[] workbook = export("norfolk");
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(read.getSheet("Initiatives").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(read.getSheet("Years").getLastRowNum()).isEqualTo(4);
        }
        String original = mvc.perform(get("/api/v1/forces/norfolk/initiatives").with(as("norfolk", Role.ANALYST)))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(multipart("/api/v1/forces/cambridgeshire/initiatives/import")
                        .file(new MockMultipartFile("file", "i.xlsx", InitiativeApi.XLSX, workbook))
                        .with(as("cambridgeshire", Role.PLANNER)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(1));
        String imported = mvc.perform(get("/api/v1/forces/cambridgeshire/initiatives")
                .with(as("cambridgeshire", Role.ANALYST))).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<Object>read(imported, "$[0].definition")).isEqualTo(JsonPath.read(original, "$[0].definition"));
    }

    @Test
    void aBadWorkbookIsRefusedNamingSheetRowAndColumnAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/v1/forces/lincolnshire/initiatives").contentType(MediaType.APPLICATION_JSON)
                .content(initiative("First", "", "")).with(as("lincolnshire", Role.PLANNER))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/forces/lincolnshire/initiatives").contentType(MediaType.APPLICATION_JSON)
                .content(initiative("Second", "", "")).with(as("lincolnshire", Role.PLANNER))).andExpect(status().isCreated());
        byte[] workbook = export("lincolnshire");
        byte[] broken;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // The second initiative's third year: capital (column C of row 8) made negative.
            book.getSheet("Years").getRow(7).createCell(2).setCellValue(-100);
            book.write(out);
            broken = out.toByteArray();
        }
        mvc.perform(multipart("/api/v1/forces/leicestershire/initiatives/import")
                        .file(new MockMultipartFile("file", "i.xlsx", InitiativeApi.XLSX, broken))
                        .with(as("leicestershire", Role.PLANNER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Sheet 'Years' row 8 column C")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheet("Phases").getRow(2).createCell(2).setCellValue("nine");
            book.write(out);
            broken = out.toByteArray();
        }
        mvc.perform(multipart("/api/v1/forces/leicestershire/initiatives/import")
                        .file(new MockMultipartFile("file", "i.xlsx", InitiativeApi.XLSX, broken))
                        .with(as("leicestershire", Role.PLANNER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Sheet 'Phases' row 3 column C")));
        mvc.perform(multipart("/api/v1/forces/leicestershire/initiatives/import")
                        .file(new MockMultipartFile("file", "i.xlsx", InitiativeApi.XLSX, "not a workbook".getBytes()))
                        .with(as("leicestershire", Role.PLANNER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/forces/leicestershire/initiatives").with(as("leicestershire", Role.ANALYST)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void onlyPlannersImport() throws Exception {
        mvc.perform(multipart("/api/v1/forces/northamptonshire/initiatives/import")
                        .file(new MockMultipartFile("file", "i.xlsx", InitiativeApi.XLSX, List.of().toString().getBytes()))
                        .with(as("northamptonshire", Role.ANALYST)))
                .andExpect(status().isForbidden());
    }
}
