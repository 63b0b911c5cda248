package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.beacon.demand.store.ProfileQuery.Result;
import uk.beacon.demand.store.ProfileQuery.Row;

class ProfileCsvTest {

    @Test
    void cellsThatASpreadsheetWouldTakeForAFormulaBeginWithAQuote() {
        assertThat(ProfileCsv.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(ProfileCsv.neutralise("+44 20")).isEqualTo("'+44 20");
        assertThat(ProfileCsv.neutralise("-2")).isEqualTo("'-2");
        assertThat(ProfileCsv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ProfileCsv.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(ProfileCsv.neutralise("Burglary = theft")).isEqualTo("Burglary = theft");
        assertThat(ProfileCsv.neutralise("")).isEmpty();
    }

    @Test
    void theCsvHasAHeaderAndOneLinePerRowWithUnknownFiguresLeftEmpty() {
        Result result = new Result(List.of(new Row("=cmd|' /C calc'!A0", 3, 1.256, null),
                new Row("Theft, shoplifting", 2, null, 2.0)), new Row("total", 5, 1.256, 2.0));

        assertThat(ProfileCsv.write(result)).isEqualTo("""
                key,incidents,officer_hours,harm\r
                '=cmd|' /C calc'!A0,3,1.26,\r
                "Theft, shoplifting",2,,2\r
                """);
    }
}
