package uk.beacon.demand.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DemandProfilesTest {

    @Test
    void everyArrivalPatternAveragesOneOverTheWeek() {
        for (ArrivalPattern pattern : ArrivalPattern.values()) {
            double mean = IntStream.range(0, ArrivalPattern.HOURS_IN_WEEK).mapToDouble(pattern::weight).average()
                    .orElseThrow();
            assertThat(mean).as(pattern.name()).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void callTypeSharesAddUpToThePublishedGroupShares() {
        Map<IncidentCategory, Double> byCategory = CallTypes.DEFAULT.stream().collect(Collectors
                .groupingBy(CallType::category, Collectors.summingDouble(CallType::sharePercent)));

        assertThat(byCategory.get(IncidentCategory.CRIME)).isCloseTo(18, within(1e-9));
        assertThat(byCategory.get(IncidentCategory.ANTI_SOCIAL_BEHAVIOUR)).isCloseTo(12, within(1e-9));
        assertThat(byCategory.get(IncidentCategory.PUBLIC_SAFETY_AND_WELFARE)).isCloseTo(37, within(1e-9));
        assertThat(byCategory.get(IncidentCategory.TRANSPORT)).isCloseTo(14, within(1e-9));
        assertThat(byCategory.get(IncidentCategory.ADMINISTRATION)).isCloseTo(16, within(1e-9));
        assertThat(byCategory.get(IncidentCategory.PROACTIVE)).isCloseTo(3, within(1e-9));
    }

    @Test
    void emergencyChancesMeetTheConfiguredShareExactly() {
        double[] chances = DemandModel.emergencyChances(CallTypes.DEFAULT, 0.12);
        double total = CallTypes.DEFAULT.stream().mapToDouble(CallType::sharePercent).sum();
        double share = IntStream.range(0, chances.length)
                .mapToDouble(t -> CallTypes.DEFAULT.get(t).sharePercent() * chances[t]).sum() / total;

        assertThat(share).isCloseTo(0.12, within(1e-9));
        assertThat(Arrays.stream(chances).max().orElseThrow()).isLessThanOrEqualTo(DemandModel.MAX_EMERGENCY_CHANCE);
    }

    @Test
    void responseTimesMeetThePublishedServiceLevels() {
        // Met, year to September 2018: 86.9% of emergencies within 15 minutes, 81.9% of priority within 60.
        assertThat(shareWithin(DemandModel.RESPONSE_MINUTES_BY_PRIORITY[1], 15)).isCloseTo(0.869, within(0.003));
        assertThat(shareWithin(DemandModel.RESPONSE_MINUTES_BY_PRIORITY[2], 60)).isCloseTo(0.819, within(0.003));
    }

    @Test
    void weightedSamplerPicksInProportionAndNeverPicksAZeroWeight() {
        WeightedSampler sampler = new WeightedSampler(new double[] { 1, 0, 3 });
        int[] counts = new int[3];
        for (int i = 0; i < 40_000; i++) {
            counts[sampler.sample((i + 0.5) / 40_000)]++;
        }

        assertThat(counts[1]).isZero();
        assertThat(counts[2] / (double) counts[0]).isCloseTo(3.0, within(0.01));
    }

    private static double shareWithin(LogNormal distribution, double minutes) {
        int within = 0;
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            if (distribution.sample((i + 0.5) / draws) <= minutes) {
                within++;
            }
        }
        return within / (double) draws;
    }
}
