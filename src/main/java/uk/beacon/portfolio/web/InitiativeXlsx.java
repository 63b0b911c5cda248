package uk.beacon.portfolio.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.domain.initiatives.SpreadsheetCells;
import uk.beacon.portfolio.service.InitiativeRecord;

/**
 * Initiatives as a workbook, and back. Four sheets joined by a Key column: Initiatives (one row each),
 * Phases, Years and Mitigations. Text that looks like a formula is written with a leading apostrophe and
 * read back without it. Reading fails on the first problem, naming the sheet, row and column.
 */
final class InitiativeXlsx {

    static final String INITIATIVES = "Initiatives";
    static final String PHASES = "Phases";
    static final String YEARS = "Years";
    static final String MITIGATIONS = "Mitigations";
    static final List<String> INITIATIVE_COLUMNS = List.of("Key", "Name", "Capability", "Member forces",
            "Start year", "Base year", "Prices", "Hourly cost", "Demand effects", "Depends on", "Excludes",
            "Optimism bias category", "Strategic case", "Commercial case", "Management case");
    static final List<String> PHASE_COLUMNS = List.of("Key", "Phase", "Months");
    static final List<String> YEAR_COLUMNS = List.of("Key", "Year", "Capital", "Running", "Cashable savings",
            "Officer hours released", "Harm reduction");
    static final List<String> MITIGATION_COLUMNS = List.of("Key", "Mitigation", "Capital reduction",
            "Duration reduction");
    private static final int MAX_ROWS = 20_000;

    /** A problem in the workbook, with where it is. */
    static final class XlsxException extends RuntimeException {
        XlsxException(String message) {
            super(message);
        }
    }

    /** A definition read, with the cell each field came from (API field path to "sheet, row, column"). */
    record Read(InitiativeDefinition definition, Map<String, String> cells) {
    }

    private InitiativeXlsx() {
    }

    static void write(List<InitiativeRecord> initiatives, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet main = sheet(workbook, INITIATIVES, INITIATIVE_COLUMNS);
            Sheet phases = sheet(workbook, PHASES, PHASE_COLUMNS);
            Sheet years = sheet(workbook, YEARS, YEAR_COLUMNS);
            Sheet mitigations = sheet(workbook, MITIGATIONS, MITIGATION_COLUMNS);
            int key = 0;
            for (InitiativeRecord initiative : initiatives) {
                key++;
                InitiativeDefinition d = initiative.definition();
                row(main, key, d.name(), d.capability(), String.join(", ", d.memberForcesOrEmpty()), d.startYear(),
                        d.baseYear(), d.prices(), d.hourlyCost(), d.demandEffects(), join(d.dependsOn()),
                        join(d.excludes()), d.optimismBiasCategory(), d.strategicCase(), d.commercialCase(),
                        d.managementCase());
                for (InitiativeDefinition.Phase p : d.phases()) {
                    row(phases, key, p.name(), p.months());
                }
                for (InitiativeDefinition.YearFigures y : d.years()) {
                    row(years, key, y.year(), y.capital(), y.running(), y.cashableSavings(), y.officerHoursReleased(),
                            y.harmReduction());
                }
                if (d.mitigations() != null) {
                    for (InitiativeDefinition.Mitigation m : d.mitigations()) {
                        row(mitigations, key, m.text(), m.capitalReduction(), m.durationReduction());
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    private static Sheet sheet(Workbook workbook, String name, List<String> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
            sheet.setColumnWidth(i, 22 * 256);
        }
        return sheet;
    }

    private static void row(Sheet sheet, int key, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(key);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                row.createCell(i + 1).setCellValue(new BigDecimal(number.toString()).doubleValue());
            } else if (value instanceof String text && !text.isEmpty()) {
                row.createCell(i + 1).setCellValue(SpreadsheetCells.neutralise(text));
            }
        }
    }

    static List<Read> read(InputStream in) {
        Workbook workbook;
        try {
            workbook = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new XlsxException("The file is not an XLSX workbook");
        }
        try (workbook) {
            Map<Integer, Builder> byKey = new LinkedHashMap<>();
            for (Cells c : rows(workbook, INITIATIVES, INITIATIVE_COLUMNS)) {
                int key = c.integer(0, true);
                if (byKey.containsKey(key)) {
                    throw c.error(0, "the key " + key + " appears twice");
                }
                Builder b = new Builder();
                b.name = c.text(1);
                b.capability = c.text(2);
                b.members = list(c.text(3));
                b.startYear = c.integer(4, false);
                b.baseYear = c.integer(5, false);
                b.prices = c.text(6);
                b.hourlyCost = c.decimal(7);
                b.demandEffects = c.text(8);
                b.dependsOn = list(c.text(9));
                b.excludes = list(c.text(10));
                b.category = c.text(11);
                b.strategic = c.text(12);
                b.commercial = c.text(13);
                b.management = c.text(14);
                for (int i = 0; i < INITIATIVE_FIELDS.size(); i++) {
                    b.cells.put(INITIATIVE_FIELDS.get(i), c.at(i + 1));
                }
                byKey.put(key, b);
            }
            for (Cells c : rows(workbook, PHASES, PHASE_COLUMNS)) {
                Builder b = owner(byKey, c);
                locate(b.cells, "phases[" + b.phases.size() + "]", c, "name", "months");
                b.phases.add(new InitiativeDefinition.Phase(c.text(1), c.integer(2, false)));
            }
            for (Cells c : rows(workbook, YEARS, YEAR_COLUMNS)) {
                Builder b = owner(byKey, c);
                locate(b.cells, "years[" + b.years.size() + "]", c, "year", "capital", "running", "cashableSavings",
                        "officerHoursReleased", "harmReduction");
                b.years.add(new InitiativeDefinition.YearFigures(c.integer(1, false), c.decimal(2), c.decimal(3),
                        c.decimal(4), c.decimal(5), c.decimal(6)));
            }
            for (Cells c : rows(workbook, MITIGATIONS, MITIGATION_COLUMNS)) {
                Builder b = owner(byKey, c);
                locate(b.cells, "mitigations[" + b.mitigations.size() + "]", c, "text", "capitalReduction",
                        "durationReduction");
                b.mitigations.add(new InitiativeDefinition.Mitigation(c.text(1), c.decimal(2), c.decimal(3)));
            }
            List<Read> read = new ArrayList<>();
            for (Builder b : byKey.values()) {
                b.cells.put("phases", b.cells.get("name"));
                b.cells.put("years", b.cells.get("name"));
                b.cells.put("mitigations", b.cells.get("name"));
                read.add(new Read(new InitiativeDefinition(b.name, b.capability, b.members, b.startYear, b.baseYear,
                        b.prices, b.phases, b.years, b.demandEffects, b.hourlyCost, b.dependsOn, b.excludes,
                        b.category, b.mitigations, b.strategic, b.commercial, b.management), b.cells));
            }
            if (read.isEmpty()) {
                throw new XlsxException("Sheet '" + INITIATIVES + "' has no initiatives");
            }
            return read;
        } catch (IOException e) {
            throw new XlsxException("The workbook could not be read");
        }
    }

    /** Where a field path (or its nearest parent) came from, for an error message. */
    static String where(Read read, String field) {
        String path = field;
        while (true) {
            String at = read.cells().get(path);
            if (at != null) {
                return at;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            if (cut <= 0) {
                return read.cells().getOrDefault("name", "Sheet '" + INITIATIVES + "'");
            }
            path = path.substring(0, cut);
        }
    }

    /** The definition's field that each column of the initiatives sheet after the key holds, in order. */
    private static final List<String> INITIATIVE_FIELDS = List.of("name", "capability", "memberForces", "startYear",
            "baseYear", "prices", "hourlyCost", "demandEffects", "dependsOn", "excludes", "optimismBiasCategory",
            "strategicCase", "commercialCase", "managementCase");

    /** Each data row of a sheet the workbook must have, blank rows left out. */
    private static List<Cells> rows(Workbook workbook, String name, List<String> columns) {
        Sheet sheet = required(workbook, name, columns);
        List<Cells> rows = new ArrayList<>();
        for (int r = 1; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (!blank(row, columns.size())) {
                rows.add(new Cells(name, row));
            }
        }
        return rows;
    }

    /**
     * Records where a listed item (such as {@code years[2]}) and each of its fields came from: the item
     * by its first cell after the key, each field by its own cell, in column order.
     */
    private static void locate(Map<String, String> cells, String item, Cells c, String... fields) {
        cells.put(item, c.at(1));
        for (int i = 0; i < fields.length; i++) {
            cells.put(item + "." + fields[i], c.at(i + 1));
        }
    }

    private static Builder owner(Map<Integer, Builder> byKey, Cells c) {
        int key = c.integer(0, true);
        Builder b = byKey.get(key);
        if (b == null) {
            throw c.error(0, "there is no initiative with the key " + key + " on sheet '" + INITIATIVES + "'");
        }
        return b;
    }

    private static Sheet required(Workbook workbook, String name, List<String> columns) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw new XlsxException("The workbook has no sheet '" + name + "'");
        }
        Row header = sheet.getRow(0);
        DataFormatter format = new DataFormatter();
        for (int i = 0; i < columns.size(); i++) {
            String found = header == null ? "" : format.formatCellValue(header.getCell(i)).trim();
            if (!found.equalsIgnoreCase(columns.get(i))) {
                throw new XlsxException("Sheet '" + name + "' row 1 column " + CellReference.convertNumToColString(i)
                        + ": the heading must be '" + columns.get(i) + "'");
            }
        }
        return sheet;
    }

    private static boolean blank(Row row, int columns) {
        if (row == null) {
            return true;
        }
        DataFormatter format = new DataFormatter();
        for (int i = 0; i < columns; i++) {
            if (!format.formatCellValue(row.getCell(i)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> list(String text) {
        return text == null ? null : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static final class Builder {
        String name;
        String capability;
        List<String> members;
        Integer startYear;
        Integer baseYear;
        String prices;
        BigDecimal hourlyCost;
        String demandEffects;
        List<String> dependsOn;
        List<String> excludes;
        String category;
        String strategic;
        String commercial;
        String management;
        final List<InitiativeDefinition.Phase> phases = new ArrayList<>();
        final List<InitiativeDefinition.YearFigures> years = new ArrayList<>();
        final List<InitiativeDefinition.Mitigation> mitigations = new ArrayList<>();
        final Map<String, String> cells = new LinkedHashMap<>();
    }

    /** The cells of one row, read with errors that name the sheet, row and column. */
    private record Cells(String sheet, Row row) {

        String at(int column) {
            return "Sheet '" + sheet + "' row " + (row.getRowNum() + 1) + " column "
                    + CellReference.convertNumToColString(column);
        }

        XlsxException error(int column, String message) {
            return new XlsxException(at(column) + ": " + message);
        }

        String text(int column) {
            Cell cell = row.getCell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            if (cell.getCellType() == CellType.FORMULA) {
                throw error(column, "formulas are not read; enter the value");
            }
            String text = new DataFormatter().formatCellValue(cell).trim();
            if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
                text = text.substring(1);
            }
            return text.isEmpty() ? null : text;
        }

        BigDecimal decimal(int column) {
            Cell cell = row.getCell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                return null;
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                BigDecimal value = new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
                return value.scale() < 0 ? value.setScale(0) : value;
            }
            String text = text(column);
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text.replace(",", "").replace("£", ""));
            } catch (NumberFormatException e) {
                throw error(column, "'" + text + "' is not a number");
            }
        }

        Integer integer(int column, boolean required) {
            BigDecimal value = decimal(column);
            if (value == null) {
                if (required) {
                    throw error(column, "enter a whole number");
                }
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException e) {
                throw error(column, "'" + value.toPlainString() + "' is not a whole number");
            }
        }
    }
}
