package uk.beacon.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data.police.uk readers need the columns they read, and no more of the published layout. */
class PoliceUkReadersTest {

    @Test
    void aStopAndSearchFileWithoutTheColumnsBeaconDoesNotReadStillImports() throws Exception {
        // An older layout: no operation, no clothing removal, no outcome linkage.
        String csv = """
                Type,Date,Latitude,Longitude,Gender,Age range,Officer-defined ethnicity,Legislation,Object of search,Outcome
                Person search,2014-05-01T10:15:00+00:00,51.51,-0.09,Male,18-24,White,Misuse of Drugs Act 1971 (section 23),Controlled drugs,Nothing found - no further action
                """;
        List<IncidentRow> rows = new ArrayList<>();

        long read = PoliceUkStopSearchReader.read(new StringReader(csv), "old-stop-and-search.csv", ForceClock.UK, rows::add);

        assertThat(read).isEqualTo(1);
        assertThat(rows.get(0).rawType()).isEqualTo("Person search");
        assertThat(rows.get(0).outcome()).isEqualTo("Nothing found - no further action");
    }

    @Test
    void aStreetFileWithoutContextOrLocationStillImportsEveryRow() throws Exception {
        String csv = """
                Crime ID,Month,Falls within,Longitude,Latitude,LSOA code,Crime type,Last outcome category
                abc,2012-01,City of London Police,-0.09,51.51,E01000001,Burglary,Under investigation
                ,2012-01,City of London Police,,,,Anti-social behaviour,
                """;
        List<IncidentRow> rows = new ArrayList<>();

        long read = PoliceUkStreetReader.read(new StringReader(csv), "old-street.csv", rows::add);

        assertThat(read).isEqualTo(2);
        assertThat(rows).extracting(IncidentRow::rawType).containsExactly("Burglary", "Anti-social behaviour");
        assertThat(rows.get(1).sourceId()).isEqualTo("old-street.csv#3");
    }

    @Test
    void aFileWithoutAColumnBeaconReadsIsRefusedNamingIt() {
        String csv = "Crime ID,Month,Longitude,Latitude,LSOA code,Last outcome category\nabc,2012-01,,,,\n";

        assertThatThrownBy(() -> PoliceUkStreetReader.read(new StringReader(csv), "street.csv", row -> { }))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("street.csv line 1")
                .hasMessageContaining("'Crime type'");
    }
}
