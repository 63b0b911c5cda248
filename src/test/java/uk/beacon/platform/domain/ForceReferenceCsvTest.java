package uk.beacon.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.platform.Organisation;

class ForceReferenceCsvTest {

    private static final String HEADER = "force_id,name,region,officers_fte,population,area_km2\n";

    private static List<Organisation> read(String text) throws IOException {
        return ForceReferenceCsv.read("forces.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedFileHoldsThe43TerritorialForcesAndBritishTransportPolice() throws IOException {
        List<Organisation> forces;
        try (InputStream in = getClass().getResourceAsStream("/reference/forces.csv")) {
            forces = ForceReferenceCsv.read("forces.csv", in);
        }

        assertThat(forces).hasSize(44);
        List<Organisation> territorial = forces.stream().filter(force -> !force.id().equals("btp")).toList();
        assertThat(territorial).hasSize(43).allSatisfy(force -> {
            assertThat(force.officersFte()).isPositive();
            assertThat(force.population()).isPositive();
            assertThat(force.areaKm2()).isPositive();
        });
        // The Home Office publishes 146,442 officers (FTE) for the 43 forces on 31 March 2025.
        BigDecimal officers = territorial.stream().map(Organisation::officersFte).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(officers.setScale(0, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("146442");
    }

    /**
     * SHA-256 of the team's reviewed copy of the sources (Home Office workforce, ONS population and
     * area), recorded when the file was copied into the product: the test needs nothing outside the
     * repository.
     */
    private static final String SHARED_FORCES_SHA256 =
            "56f19e4fe7aa1fba5d2bd83ef71562292cbbaa941eae7fbaad56ce334da7077b";

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theShippedFileIsAnUnchangedCopyOfTheSharedData() throws IOException {
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/reference/forces.csv")) {
            shipped = in.readAllBytes();
        }

        assertThat(sha256(shipped)).isEqualTo(SHARED_FORCES_SHA256);
    }

    @Test
    void readsEmptyFiguresAsMissing() throws IOException {
        Organisation btp = read(HEADER + "btp,British Transport Police,National (GB railways),,,\n").get(0);

        assertThat(btp.officersFte()).isNull();
        assertThat(btp.population()).isNull();
        assertThat(btp.areaKm2()).isNull();
    }

    @Test
    void acceptsAByteOrderMark() throws IOException {
        assertThat(read("\uFEFF" + HEADER + "kent,Kent Police,South East,1,2,3\n")).hasSize(1);
    }

    @Test
    void namesTheLineAndFieldOfABadNumber() {
        assertThatThrownBy(() -> read(HEADER + "kent,Kent Police,South East,1,2,3\nessex,Essex Police,East,lots,2,3\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("forces.csv line 3, officers_fte: 'lots' is not a number");
    }

    @Test
    void refusesAPopulationThatIsNotAWholeNumber() {
        assertThatThrownBy(() -> read(HEADER + "kent,Kent Police,South East,1,2.5,3\n"))
                .hasMessage("forces.csv line 2, population: '2.5' is not a whole number");
    }

    @Test
    void refusesAWrongHeader() {
        assertThatThrownBy(() -> read("id,name\nkent,Kent\n"))
                .hasMessageStartingWith("forces.csv line 1, header: expected force_id,name,region");
    }

    @Test
    void refusesALineWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> read(HEADER + "kent,Kent Police,South East,1,2\n"))
                .hasMessage("forces.csv line 2, line: expected 6 fields but found 5");
    }

    @Test
    void refusesAForceIdThatIsNotASlug() {
        assertThatThrownBy(() -> read(HEADER + "Kent Police,Kent Police,South East,1,2,3\n"))
                .hasMessage("forces.csv line 2, force_id: 'Kent Police' is not a force id");
    }

    @Test
    void refusesNegativeFigures() {
        assertThatThrownBy(() -> read(HEADER + "kent,Kent Police,South East,1,2,-3\n"))
                .hasMessage("forces.csv line 2, area_km2: '-3' is negative");
    }
}
