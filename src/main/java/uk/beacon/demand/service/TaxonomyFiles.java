package uk.beacon.demand.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.beacon.demand.domain.ReferenceTableException;
import uk.beacon.demand.domain.SpreadsheetText;
import uk.beacon.demand.domain.Taxonomy;
import uk.beacon.demand.domain.WorkTypeTaxonomy;
import uk.beacon.platform.InvalidRequestException;

/**
 * A force's taxonomy as a file people edit: CSV or XLSX with the columns of the shipped default
 * ({@code source, raw_type, work_type, crime}), so that a download can be edited and uploaded again.
 * Both are read by the one reader of the default taxonomy, whose errors name file, line and column.
 */
final class TaxonomyFiles {

    private static final List<String> HEADER = List.of("source", "raw_type", "work_type", "crime");
    private static final int MAX_ROWS = 20_000;

    private TaxonomyFiles() {
    }

    static String csv(List<Taxonomy.Entry> entries) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().print(out)) {
            printer.printRecord(HEADER);
            for (Taxonomy.Entry entry : entries) {
                printer.printRecord(entry.source(), SpreadsheetText.neutralise(entry.rawType()),
                        entry.workType().name(), entry.crime());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] xlsx(List<Taxonomy.Entry> entries) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Taxonomy");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int number = 1;
            for (Taxonomy.Entry entry : entries) {
                Row row = sheet.createRow(number++);
                row.createCell(0).setCellValue(entry.source());
                // Set as text, which a spreadsheet never runs as a formula.
                row.createCell(1).setCellValue(entry.rawType());
                row.createCell(2).setCellValue(entry.workType().name());
                row.createCell(3).setCellValue(Boolean.toString(entry.crime()));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an uploaded taxonomy, CSV or XLSX; a bad row refuses the whole file, naming its line and column. */
    static List<WorkTypeTaxonomy.Entry> read(String fileName, byte[] content) {
        boolean xlsx = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3
                && content[3] == 4;
        String csv = xlsx ? sheetAsCsv(fileName, content) : text(content);
        try {
            return WorkTypeTaxonomy.read(fileName, new StringReader(csv)).entries();
        } catch (ReferenceTableException e) {
            throw new InvalidRequestException("file", e.getMessage());
        }
    }

    private static String text(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The first sheet as CSV, row for row, so that a line of the CSV is the row of the sheet. */
    private static String sheetAsCsv(String fileName, byte[] content) {
        DataFormatter formatter = new DataFormatter();
        StringWriter out = new StringWriter();
        try (Workbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(content));
                CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().print(out)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new InvalidRequestException("file", fileName + ": more than " + MAX_ROWS + " rows");
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String[] cells = new String[HEADER.size()];
                for (int c = 0; c < cells.length; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells[c] = cell == null ? "" : formatter.formatCellValue(cell);
                }
                printer.printRecord((Object[]) cells);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException refusal) {
                throw refusal;
            }
            throw new InvalidRequestException("file", fileName + ": not a spreadsheet Beacon can read");
        }
        return out.toString();
    }

}
