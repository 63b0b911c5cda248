package uk.beacon.portfolio.domain.initiatives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GDP deflator series pasted or uploaded as CSV: a header line {@code year,index}, then one line a year,
 * such as {@code 2024,101.234}. Blank lines and a byte order mark are ignored, and a value may be in double quotes.
 *
 * <p>HM Treasury publishes the deflator by financial year, labelled {@code 2024-25}: such a label means the
 * financial year that starts in April 2024 and is read as the year 2024 (also {@code 2024/25} and
 * {@code 2024-2025}). One series uses either calendar years or financial years, not both.
 *
 * <p>Problems name the line (counting every line, blank ones included, from 1).
 */
public final class DeflatorCsv {

    /** Lines after the header, at most. */
    public static final int MAX_LINES = 400;

    private static final Pattern CALENDAR_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})\\s*[-/\u2013]\\s*(\\d{2}|\\d{4})");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /**
     * What was read: the entries with the line each came from, whether the years were financial years, and the
     * problems ("Line 4: ..."), empty when every line was read.
     */
    public record Read(List<DeflatorSeries.Entry> entries, List<Integer> lines, boolean financialYears,
            List<String> problems) {

        /** The line an entry of the series came from. */
        public int line(int entry) {
            return lines.get(entry);
        }
    }

    private DeflatorCsv() {
    }

    public static Read read(String text) {
        List<DeflatorSeries.Entry> entries = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add("Paste the series: the header year,index then one line a year");
            return new Read(entries, lines, false, problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] all = text.split("\r\n|\r|\n", -1);
        boolean header = false;
        Boolean financial = null;
        int firstKindLine = 0;
        for (int n = 1; n <= all.length; n++) {
            String line = all[n - 1];
            if (line.replace(",", "").isBlank()) {
                continue;
            }
            List<String> fields = fields(line);
            if (!header) {
                if (fields.size() != 2 || !fields.get(0).toLowerCase(Locale.ROOT).equals("year")
                        || !fields.get(1).toLowerCase(Locale.ROOT).equals("index")) {
                    problems.add("Line " + n + ": the first line must be the header year,index");
                    return new Read(entries, lines, false, problems);
                }
                header = true;
                continue;
            }
            if (entries.size() + problems.size() >= MAX_LINES) {
                problems.add("Line " + n + ": a series has at most " + MAX_LINES + " lines after the header");
                break;
            }
            if (fields.size() != 2) {
                problems.add("Line " + n + ": give two values, the year and the index, separated by a comma");
                continue;
            }
            String yearText = fields.get(0);
            String valueText = fields.get(1);
            Integer year = null;
            Boolean isFinancial = null;
            Matcher fy = FINANCIAL_YEAR.matcher(yearText);
            if (CALENDAR_YEAR.matcher(yearText).matches()) {
                year = Integer.valueOf(yearText);
                isFinancial = false;
            } else if (fy.matches()) {
                int start = Integer.parseInt(fy.group(1));
                String end = fy.group(2);
                int next = end.length() == 2 ? (start + 1) % 100 : start + 1;
                if (Integer.parseInt(end) != next) {
                    problems.add("Line " + n + ": '" + yearText + "' is not a financial year: write the year it "
                            + "starts and the next, such as " + start + "-" + String.format("%02d", (start + 1) % 100));
                    continue;
                }
                year = start;
                isFinancial = true;
            } else {
                problems.add("Line " + n + ": '" + yearText + "' is not a year: write a calendar year such as 2024 "
                        + "or a financial year such as 2024-25");
            }
            if (isFinancial != null) {
                if (financial == null) {
                    financial = isFinancial;
                    firstKindLine = n;
                } else if (!financial.equals(isFinancial)) {
                    problems.add("Line " + n + ": '" + yearText + "' is a " + (isFinancial ? "financial" : "calendar")
                            + " year, but line " + firstKindLine + " has a " + (financial ? "financial" : "calendar")
                            + " year: use one kind in a series");
                    continue;
                }
            }
            BigDecimal value = null;
            if (valueText.isEmpty()) {
                problems.add("Line " + n + ": enter the index after the comma");
            } else if (!NUMBER.matcher(valueText).matches()) {
                problems.add("Line " + n + ": '" + valueText + "' is not a number: write the index such as 101.234");
            } else {
                value = new BigDecimal(valueText.startsWith("+") ? valueText.substring(1) : valueText);
            }
            if (year != null && value != null) {
                entries.add(new DeflatorSeries.Entry(year, value));
                lines.add(n);
            }
        }
        if (!header) {
            problems.add("Paste the series: the header year,index then one line a year");
        }
        return new Read(entries, lines, Boolean.TRUE.equals(financial), problems);
    }

    /** A line's comma-separated fields, trimmed, without surrounding double quotes ("" inside quotes is a quote). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        // Trailing empty cells, as spreadsheets write them, are not fields.
        while (fields.size() > 2 && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        return fields;
    }
}
