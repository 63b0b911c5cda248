package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.demand.domain.profile.Profile.Row;
import uk.beacon.demand.domain.profile.Profile;

class ProfileCsvTest {

    @Test
    void theCsvHasAHeaderAndOneLinePerRowWithUnknownFiguresLeftEmpty() {
        Profile result = new Profile(List.of(new Row("=cmd|' /C calc'!A0", 3, 1.256, null),
                new Row("Theft, shoplifting", 2, null, 2.0)), new Profile.Totals(5, 1.256, 2.0, 0, null, 0));

        assertThat(ProfileCsv.write(result)).isEqualTo("""
                key,incidents,officer_hours,harm\r
                '=cmd|' /C calc'!A0,3,1.26,\r
                "Theft, shoplifting",2,,2\r
                """);
    }
}
