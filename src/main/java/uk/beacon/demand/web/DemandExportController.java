package uk.beacon.demand.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.beacon.demand.domain.SpreadsheetText;
import uk.beacon.demand.domain.profile.Profile;
import uk.beacon.demand.domain.profile.ProfileGrouping;
import uk.beacon.demand.service.DemandProfileService;
import uk.beacon.platform.SignedInUser;

/**
 * Downloads of a force's demand profile: every grouping as a sheet of one XLSX workbook, and the
 * areas as GeoJSON for a map. Private to the force, like the profile itself.
 */
@Controller
class DemandExportController {

    private static final Map<String, ProfileGrouping> SHEETS = new LinkedHashMap<>();

    static {
        SHEETS.put("Work type", ProfileGrouping.WORK_TYPE);
        SHEETS.put("Raw type", ProfileGrouping.RAW_TYPE);
        SHEETS.put("Month", ProfileGrouping.MONTH);
        SHEETS.put("Week", ProfileGrouping.WEEK);
        SHEETS.put("Hour of week", ProfileGrouping.HOUR_OF_WEEK);
        SHEETS.put("Priority", ProfileGrouping.PRIORITY);
        SHEETS.put("Area", ProfileGrouping.AREA);
    }

    private final DemandProfileService profiles;

    DemandExportController(DemandProfileService profiles) {
        this.profiles = profiles;
    }

    @GetMapping({"/forces/{force}/demand/profile.xlsx", "/api/v1/forces/{force}/demand/profile.xlsx"})
    void workbook(@PathVariable String force, @RequestParam String from, @RequestParam String to,
            @AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        YearMonth start = DemandApi.month("from", from);
        YearMonth end = DemandApi.month("to", to);
        Map<String, Profile> results = new LinkedHashMap<>();
        for (var sheet : SHEETS.entrySet()) {
            results.put(sheet.getKey(), profiles.profile(force, user, start, end, sheet.getValue()));
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + force + "-demand-" + start + "-to-" + end + ".xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = response.getOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (var entry : results.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                Row header = sheet.createRow(0);
                String[] titles = {entry.getKey(), "Incidents", "Officer hours", "Harm (Cambridge Crime Harm Index)"};
                for (int i = 0; i < titles.length; i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(titles[i]);
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (Profile.Row row : entry.getValue().rows()) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(SpreadsheetText.neutralise(row.key()));
                    line.createCell(1).setCellValue(row.incidents());
                    if (row.officerHours() != null) {
                        line.createCell(2).setCellValue(row.officerHours());
                    }
                    if (row.harm() != null) {
                        line.createCell(3).setCellValue(row.harm());
                    }
                }
                for (int i = 0; i < titles.length; i++) {
                    sheet.setColumnWidth(i, i == 0 ? 40 * 256 : 18 * 256);
                }
            }
            workbook.write(out);
        }
    }

    /**
     * The areas as GeoJSON points, each at the mean position of its incidents (data.police.uk's
     * anonymised points), with its counts. Areas with no positions are left out of the map.
     */
    @GetMapping(path = {"/forces/{force}/demand/areas.geojson", "/api/v1/forces/{force}/demand/areas.geojson"},
            produces = "application/geo+json")
    @ResponseBody
    Map<String, Object> areas(@PathVariable String force, @RequestParam String from, @RequestParam String to,
            @AuthenticationPrincipal SignedInUser user) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (Profile.Area area : profiles.areas(force, user, DemandApi.month("from", from),
                DemandApi.month("to", to))) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("area", area.area());
            properties.put("incidents", area.incidents());
            properties.put("officerHours", area.officerHours());
            properties.put("harm", area.harm());
            features.add(Map.of("type", "Feature",
                    "geometry", Map.of("type", "Point", "coordinates", List.of(area.longitude(), area.latitude())),
                    "properties", properties));
        }
        return Map.of("type", "FeatureCollection", "features", features);
    }
}
