package uk.beacon.demand.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilePeriodTest {

    private static final YearMonth NOW = YearMonth.of(2026, 5);

    private static ProfilePeriod period(String from, String to) {
        return new ProfilePeriod(YearMonth.parse(from), YearMonth.parse(to));
    }

    @Test
    void aForceWithNoDataIsShownTheCurrentYear() {
        assertThat(ProfilePeriod.defaultFor(List.of(), NOW)).isEqualTo(period("2026-01", "2026-12"));
    }

    @Test
    void theDefaultEndsWithTheLatestMonthWithDataAndStartsWithTheFirstWithDataInTheTwelveBefore() {
        List<YearMonth> months = List.of(YearMonth.of(2016, 11), YearMonth.of(2021, 1), YearMonth.of(2021, 6));

        assertThat(ProfilePeriod.defaultFor(months, NOW)).isEqualTo(period("2021-01", "2021-06"));
    }

    @Test
    void theDefaultIsNeverLongerThanTwelveMonths() {
        List<YearMonth> months = List.of(YearMonth.of(2019, 12), YearMonth.of(2020, 1), YearMonth.of(2020, 12));

        assertThat(ProfilePeriod.defaultFor(months, NOW)).isEqualTo(period("2020-01", "2020-12"));
    }

    @Test
    void emptyFieldsTakeTheDefaultAndTypedOnesArePreferred() {
        ProfilePeriod.Form form = ProfilePeriod.Form.read(" 2021-02 ", "", period("2021-01", "2021-06"));

        assertThat(form.errors()).isEmpty();
        assertThat(form.period()).isEqualTo(period("2021-02", "2021-06"));
        assertThat(form.from()).isEqualTo("2021-02");
        assertThat(form.to()).isEqualTo("2021-06");
    }

    @Test
    void monthsThatCannotBeReadOrRunBackwardsAreErrorsOnTheirField() {
        ProfilePeriod.Form unreadable = ProfilePeriod.Form.read("June 2021", "2021-6", null);
        assertThat(unreadable.period()).isNull();
        assertThat(unreadable.errors()).containsOnlyKeys("from", "to");
        assertThat(unreadable.from()).isEqualTo("June 2021");

        ProfilePeriod.Form backwards = ProfilePeriod.Form.read("2021-06", "2021-01", null);
        assertThat(backwards.period()).isNull();
        assertThat(backwards.errors()).containsOnlyKeys("to");
    }

    @Test
    void aPeriodIsLabelledWithMonthNames() {
        assertThat(period("2021-01", "2021-06").label()).isEqualTo("January 2021 to June 2021");
        assertThat(period("2021-01", "2021-01").label()).isEqualTo("January 2021");
    }
}
