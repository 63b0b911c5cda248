package uk.beacon.platform.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;

/**
 * Reads the shipped list of police forces ({@code reference/forces.csv}, a copy of
 * {@code shared/data/forces.csv}).
 *
 * <p>Sources of its figures: force ids and names from the data.police.uk force list; regions from
 * ONS; {@code officers_fte} from the Home Office, <i>Police workforce, England and Wales, 31 March
 * 2025</i>; {@code population} from ONS mid-2024 estimates; {@code area_km2} from ONS Standard Area
 * Measurements (December 2023). British Transport Police has no verified figures, so its cells are
 * empty. Open Government Licence v3.0.
 */
public final class ForceReferenceCsv {

    static final List<String> HEADER = List.of("force_id", "name", "region", "officers_fte", "population", "area_km2");
    private static final Pattern FORCE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ForceReferenceCsv() {
    }

    /**
     * Parses the whole file or fails naming the file, line and field at fault.
     *
     * @throws ReferenceDataException when any line is malformed; no partial list is returned
     */
    public static List<Organisation> read(String fileName, InputStream in) throws IOException {
        List<Organisation> forces = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                throw new ReferenceDataException(fileName, 1, "header", "the file is empty");
            }
            header = header.startsWith("\uFEFF") ? header.substring(1) : header;
            if (!List.of(header.split(",", -1)).equals(HEADER)) {
                throw new ReferenceDataException(fileName, 1, "header",
                        "expected " + String.join(",", HEADER) + " but found " + header);
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                forces.add(parse(fileName, lineNumber, line));
            }
        }
        return forces;
    }

    private static Organisation parse(String fileName, int lineNumber, String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != HEADER.size()) {
            throw new ReferenceDataException(fileName, lineNumber, "line",
                    "expected " + HEADER.size() + " fields but found " + cells.length);
        }
        String id = cells[0].trim();
        if (!FORCE_ID.matcher(id).matches()) {
            throw new ReferenceDataException(fileName, lineNumber, "force_id", "'" + id + "' is not a force id");
        }
        String name = required(fileName, lineNumber, "name", cells[1]);
        String region = required(fileName, lineNumber, "region", cells[2]);
        BigDecimal officers = decimal(fileName, lineNumber, "officers_fte", cells[3]);
        BigDecimal population = decimal(fileName, lineNumber, "population", cells[4]);
        BigDecimal area = decimal(fileName, lineNumber, "area_km2", cells[5]);
        Long people = null;
        if (population != null) {
            try {
                people = population.longValueExact();
            } catch (ArithmeticException e) {
                throw new ReferenceDataException(fileName, lineNumber, "population",
                        "'" + cells[4] + "' is not a whole number");
            }
        }
        return new Organisation(id, name, OrganisationKind.POLICE_FORCE, region, officers, people, area);
    }

    private static String required(String fileName, int line, String field, String value) {
        if (value.isBlank()) {
            throw new ReferenceDataException(fileName, line, field, "is empty");
        }
        return value.trim();
    }

    private static BigDecimal decimal(String fileName, int line, String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.signum() < 0) {
                throw new ReferenceDataException(fileName, line, field, "'" + value + "' is negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new ReferenceDataException(fileName, line, field, "'" + value + "' is not a number");
        }
    }
}
