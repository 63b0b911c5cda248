package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.beacon.testsupport.Requests.as;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.beacon.demand.domain.SpreadsheetText;
import uk.beacon.testsupport.WebTest;

/** The profile as an XLSX workbook and the areas as GeoJSON, safe to open and private to the force. */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandExportTest {

    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void importIncidents() throws Exception {
        String csv = "incident_id,created_at,month,raw_type,priority,latitude,longitude,lsoa,beat,first_arrival_at,"
                + "cleared_at,units,officer_minutes,outcome\n"
                + "e1,,2010-07,\"" + FORMULA.replace("\"", "\"\"") + "\",,51.51,-0.09,E01000001,,,,,30,\n"
                + "e2,,2010-07,Theft,,51.53,-0.11,E01000001,,,,,,\n"
                + "e3,,2010-07,Theft,,51.52,-0.08,E01000002,,,,,,\n"
                + "e4,,2010-07,Theft,,,,E01000003,,,,,,\n";
        String job = ApiImports.importCanonical(mvc, as("analyst.city-of-london"), "city-of-london", "export-test.csv",
                csv.substring(ApiImports.CANONICAL_HEADER.length()));
        assertThat(JsonPath.<String>read(job, "$.state")).as(job).isEqualTo("succeeded");
    }

    @Test
    void theWorkbookHasASheetPerGroupingAndNeutralisesFormulas() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/forces/city-of-london/demand/profile.xlsx").param("from", "2010-07")
                        .param("to", "2010-07").with(as("planner.city-of-london")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"city-of-london-demand-2010-07-to-2010-07.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
            assertThat(workbook.getSheet("Week")).as("a sheet of incidents by week").isNotNull();
            Sheet rawTypes = workbook.getSheet("Raw type");
            assertThat(rawTypes.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Theft");
            assertThat(rawTypes.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(rawTypes.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'" + FORMULA);
            assertThat(rawTypes.getRow(2).getCell(0).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        }
    }

    @Test
    void neutralisesEveryFormulaStartButLeavesOtherTextAlone() {
        assertThat(SpreadsheetText.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.neutralise("+44 20")).isEqualTo("'+44 20");
        assertThat(SpreadsheetText.neutralise("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralise("Theft")).isEqualTo("Theft");
        assertThat(SpreadsheetText.neutralise("Burglary = theft")).isEqualTo("Burglary = theft");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
    }

    @Test
    void theAreasAreGeoJsonPointsWithTheirCounts() throws Exception {
        String body = mvc.perform(get("/api/v1/forces/city-of-london/demand/areas.geojson").param("from", "2010-07")
                        .param("to", "2010-07").with(as("analyst.city-of-london")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/geo+json")))
                .andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(body, "$.type")).isEqualTo("FeatureCollection");
        List<Map<String, Object>> features = JsonPath.read(body, "$.features");
        assertThat(features).hasSize(2);
        assertThat((String) JsonPath.read(body, "$.features[0].properties.area")).isEqualTo("E01000001");
        assertThat(((Number) JsonPath.read(body, "$.features[0].properties.incidents")).intValue()).isEqualTo(2);
        List<Double> point = JsonPath.read(body, "$.features[0].geometry.coordinates");
        assertThat(point.get(0)).isCloseTo(-0.10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(point.get(1)).isCloseTo(51.52, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anotherForceCannotDownloadThem() throws Exception {
        mvc.perform(get("/api/v1/forces/city-of-london/demand/profile.xlsx").param("from", "2010-07")
                .param("to", "2010-07").with(as("analyst.metropolitan"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/forces/city-of-london/demand/areas.geojson").param("from", "2010-07")
                .param("to", "2010-07").with(as("analyst.metropolitan"))).andExpect(status().isForbidden());
    }
}
