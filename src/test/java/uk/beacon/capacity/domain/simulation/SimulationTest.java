package uk.beacon.capacity.domain.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulationTest {

    private static final List<PriorityClass> ONE_PRIORITY = List.of(new PriorityClass("All", 1, 15, 0));

    /**
     * Erlang C's mean wait for N servers and A erlangs, written here independently of the capacity
     * module's own Erlang C: Erlang B by its stable recursion B(k) = A·B(k-1) / (k + A·B(k-1)), then
     * C = N·B / (N - A·(1 - B)) and the mean wait C · service / (N - A).
     */
    static double erlangCMeanWait(double erlangs, int servers, double meanServiceMinutes) {
        double b = 1;
        for (int k = 1; k <= servers; k++) {
            b = erlangs * b / (k + erlangs * b);
        }
        double c = servers * b / (servers - erlangs * (1 - b));
        return c * meanServiceMinutes / (servers - erlangs);
    }

    private static SimulationModel mmc(double arrivalsPerHour, int servers, double meanServiceMinutes, int weeks) {
        return new SimulationModel(SimulationModel.constant(arrivalsPerHour), SimulationModel.constant(servers),
                ServiceTimes.exponential(meanServiceMinutes), ONE_PRIORITY, weeks, 24, null, null);
    }

    @ParameterizedTest(name = "A = {0} erlangs, N = {1} units")
    @DisplayName("On M/M/c with constant rates and exponential service the mean wait is within 5% of Erlang C's")
    @CsvSource({"10, 14", "20, 22", "50, 53"})
    void meanWaitAgreesWithErlangC(double erlangs, int servers) {
        double meanService = 20;
        double arrivalsPerHour = erlangs * 60 / meanService;
        SimulationResult result = Simulation.run(mmc(arrivalsPerHour, servers, meanService, 52), 7, 5,
                Simulation.Listener.NONE);
        double expected = erlangCMeanWait(erlangs, servers, meanService);
        assertThat(result.incidents()).isGreaterThan(1_000_000);
        assertThat(result.meanWaitMinutes()).isCloseTo(expected, within(0.05 * expected));
        // Offered load over units is what the units are busy for.
        assertThat(result.utilisation()).isCloseTo(erlangs / servers, within(0.01));
    }

    @Test
    void theErlangCheckCaseOfTheSharedDataReadmeComesOutOfTheSimulation() {
        // A = 10, N = 14 with a 3-minute handling time: Erlang C's mean wait is 7.836 s.
        SimulationResult result = Simulation.run(mmc(200, 14, 3, 26), 11, 4, Simulation.Listener.NONE);
        assertThat(erlangCMeanWait(10, 14, 3) * 60).isCloseTo(7.836, within(0.001));
        assertThat(result.meanWaitMinutes() * 60).isCloseTo(7.836, within(0.05 * 7.836));
    }

    @Test
    void aSeedGivesTheSameResultEveryTimeAndAnotherSeedAnotherResult() {
        SimulationModel model = mmc(30, 12, 20, 4);
        SimulationResult first = Simulation.run(model, 42, 3, Simulation.Listener.NONE);
        SimulationResult again = Simulation.run(model, 42, 3, Simulation.Listener.NONE);
        SimulationResult other = Simulation.run(model, 43, 3, Simulation.Listener.NONE);
        assertThat(again).isEqualTo(first);
        assertThat(other.incidents()).isNotEqualTo(first.incidents());
        assertThat(other.meanWaitMinutes()).isNotEqualTo(first.meanWaitMinutes());
    }

    @Test
    void replicationsDifferFromEachOtherAndGiveAConfidenceIntervalAroundTheMean() {
        SimulationModel model = mmc(30, 11, 20, 8);
        List<Replication> runs = Simulation.replicate(model, 5, 6, Simulation.Listener.NONE);
        assertThat(runs.stream().mapToDouble(Replication::meanWaitMinutes).distinct().count()).isEqualTo(6);
        SimulationResult result = Simulation.summarise(model, runs);
        SimulationResult.Interval interval = result.confidence95().meanWaitMinutes();
        assertThat(interval.low()).isLessThan(result.meanWaitMinutes());
        assertThat(interval.high()).isGreaterThan(result.meanWaitMinutes());
        double mean = runs.stream().mapToDouble(Replication::meanWaitMinutes).average().orElseThrow();
        double sd = Math.sqrt(runs.stream().mapToDouble(run -> Math.pow(run.meanWaitMinutes() - mean, 2)).sum() / 5);
        assertThat(interval.high() - mean).isCloseTo(2.571 * sd / Math.sqrt(6), within(1e-9));
    }

    @Test
    void oneReplicationHasNoConfidenceInterval() {
        SimulationResult result = Simulation.run(mmc(30, 12, 20, 1), 1, 1, Simulation.Listener.NONE);
        assertThat(result.confidence95().meanWaitMinutes().low()).isNull();
        assertThat(result.confidence95().meanWaitMinutes().high()).isNull();
    }

    @Test
    void higherPrioritiesAreServedFirst() {
        List<PriorityClass> priorities = List.of(new PriorityClass("Emergency", 0.2, 15, 0),
                new PriorityClass("Priority", 0.3, 60, 0), new PriorityClass("Scheduled", 0.5, 1440, 0));
        SimulationModel model = new SimulationModel(SimulationModel.constant(40.0), SimulationModel.constant(14),
                ServiceTimes.exponential(20), priorities, 8, 24, null, null);
        SimulationResult result = Simulation.run(model, 3, 3, Simulation.Listener.NONE);
        List<SimulationResult.PriorityResult> byPriority = result.byPriority();
        assertThat(byPriority.get(0).meanWaitMinutes()).isLessThan(byPriority.get(1).meanWaitMinutes());
        assertThat(byPriority.get(1).meanWaitMinutes()).isLessThan(byPriority.get(2).meanWaitMinutes());
        assertThat(byPriority.get(2).p90WaitMinutes()).isGreaterThan(byPriority.get(0).p90WaitMinutes());
        // Shares of arrivals follow the priorities' shares.
        assertThat((double) byPriority.get(0).incidents() / result.incidents()).isCloseTo(0.2, within(0.01));
        // The overall mean wait is the same as with one priority: the order of service does not change it.
        double oneClass = Simulation.run(new SimulationModel(SimulationModel.constant(40.0),
                SimulationModel.constant(14), ServiceTimes.exponential(20), ONE_PRIORITY, 8, 24, null, null), 3, 3,
                Simulation.Listener.NONE).meanWaitMinutes();
        assertThat(result.meanWaitMinutes()).isCloseTo(oneClass, within(0.15 * oneClass));
    }

    @Test
    void anIncidentOfHigherPriorityTakesTheNextFreeUnitAheadOfEarlierLowerOnes() {
        // One unit, 10 minutes a job; low-priority incidents at 0 and 1 minutes, high ones at 2 and 3. The
        // first low one is served at once; at 10 and 20 the high ones go next; the second low one at 30.
        List<PriorityClass> priorities = List.of(new PriorityClass("High", 1, 60, 0),
                new PriorityClass("Low", 1, 60, 0));
        SimulationModel model = new SimulationModel(SimulationModel.constant(0.0), SimulationModel.constant(1),
                ServiceTimes.empirical(new double[] {10}), priorities, 1, 0, new double[] {0, 1, 2, 3},
                new int[] {1, 1, 0, 0});
        Replication run = Simulation.replicate(model, 1, 1, Simulation.Listener.NONE).get(0);
        assertThat(run.byPriority()[0].meanWaitMinutes()).isEqualTo((8 + 17) / 2.0);
        assertThat(run.byPriority()[1].meanWaitMinutes()).isEqualTo((0 + 29) / 2.0);
        assertThat(run.byPriority()[1].p90WaitMinutes()).isEqualTo(29);
    }

    @Test
    void aUnitIsBusyWhileItTravelsAndTheIncidentIsAttendedAfterTheWaitAndTravel() {
        // One unit, 10 minutes on task after 5 of travel; incidents at 0 and 1: the second waits until 15.
        SimulationModel model = new SimulationModel(SimulationModel.constant(0.0), SimulationModel.constant(1),
                ServiceTimes.empirical(new double[] {10}), List.of(new PriorityClass("All", 1, 18, 5)), 1, 0,
                new double[] {0, 1}, null);
        Replication run = Simulation.replicate(model, 1, 1, Simulation.Listener.NONE).get(0);
        assertThat(run.p90WaitMinutes()).isEqualTo(14);
        // Attended after 5 and 19 minutes: one within the 18-minute target.
        assertThat(run.shareWithinTarget()).isEqualTo(0.5);
        assertThat(run.utilisationByHour()[0]).isCloseTo(30.0 / 60, within(1e-12));
    }

    @Test
    void withinAPriorityTheQueueIsFirstComeFirstServed() {
        SimulationModel model = new SimulationModel(SimulationModel.constant(0.0), SimulationModel.constant(1),
                ServiceTimes.empirical(new double[] {10}), ONE_PRIORITY, 1, 0, new double[] {0, 1, 2, 3}, null);
        Replication run = Simulation.replicate(model, 1, 1, Simulation.Listener.NONE).get(0);
        // Waits 0, 9, 18 and 27: in order of arrival.
        assertThat(run.meanWaitMinutes()).isEqualTo((0 + 9 + 18 + 27) / 4.0);
        assertThat(run.p90WaitMinutes()).isEqualTo(27);
        // The target is 15 minutes: the waits of 0 and 9 minutes meet it, 18 and 27 do not.
        assertThat(run.shareWithinTarget()).isEqualTo(0.5);
    }

    @Test
    void busyUnitsFinishTheirIncidentWhenTheRosterDropsAndIdleOnesLeaveAtOnce() {
        // Two units until 01:00, none after: arrivals at 0 and 59 minutes of 30 minutes each; a third at 61.
        int[] servers = new int[168];
        servers[0] = 2;
        servers[2] = 1;
        SimulationModel model = new SimulationModel(SimulationModel.constant(0.0), servers,
                ServiceTimes.empirical(new double[] {30}), ONE_PRIORITY, 1, 0, new double[] {0, 59, 61}, null);
        Replication run = Simulation.replicate(model, 1, 1, Simulation.Listener.NONE).get(0);
        // The one at 61 waits for the unit that comes on at 02:00, though the unit busy from 59 finishes at 89.
        assertThat(run.incidents()).isEqualTo(3);
        assertThat(run.p90WaitMinutes()).isEqualTo(120 - 61);
        assertThat(run.medianWaitMinutes()).isEqualTo(0);
        // In hour 1 the unit busy from 59 works until 89 while no unit is rostered: it is on duty and busy.
        assertThat(run.utilisationByHour()[1]).isEqualTo(1.0);
        // In hour 0: two rostered units, one busy for 30 minutes and one for 1 minute of 60 each.
        assertThat(run.utilisationByHour()[0]).isCloseTo(31.0 / 120, within(1e-12));
        assertThat(Double.isNaN(run.utilisationByHour()[3])).isTrue();
        // One incident waits from 61 to 120: 59 of the hour's 60 minutes.
        assertThat(run.queueByHour()[1]).isCloseTo((120 - 61) / 60.0, within(1e-12));
    }

    @Test
    void whenTheRosterRisesTheNewUnitsTakeTheWaitingIncidentsAtOnce() {
        int[] servers = new int[168];
        servers[1] = 3;
        SimulationModel model = new SimulationModel(SimulationModel.constant(0.0), servers,
                ServiceTimes.empirical(new double[] {5}), ONE_PRIORITY, 1, 0, new double[] {10, 20, 30}, null);
        Replication run = Simulation.replicate(model, 1, 1, Simulation.Listener.NONE).get(0);
        assertThat(run.meanWaitMinutes()).isCloseTo((50 + 40 + 30) / 3.0, within(1e-9));
        // Hour 0: one waiting from 10, two from 20, three from 30: (50 + 40 + 30) / 60 incidents on average.
        assertThat(run.queueByHour()[0]).isCloseTo(120 / 60.0, within(1e-12));
    }

    @Test
    void lognormalServiceTimesHaveTheRequestedMeanAndSpread() {
        ServiceTimes times = ServiceTimes.lognormal(45, 0.8);
        SplittableRandom random = new SplittableRandom(9);
        double[] draws = new double[400_000];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = times.sample(random);
        }
        double mean = Arrays.stream(draws).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(draws).map(draw -> (draw - mean) * (draw - mean)).sum() / draws.length);
        assertThat(mean).isCloseTo(45, within(0.01 * 45));
        assertThat(sd / mean).isCloseTo(0.8, within(0.03));
    }

    @Test
    void theSimulatedUtilisationWithLognormalServiceMatchesTheOfferedLoad() {
        SimulationModel model = new SimulationModel(SimulationModel.constant(12.0), SimulationModel.constant(14),
                ServiceTimes.lognormal(50, 1.2), ONE_PRIORITY, 26, 24, null, null);
        SimulationResult result = Simulation.run(model, 8, 2, Simulation.Listener.NONE);
        assertThat(result.utilisation()).isCloseTo(10.0 / 14, within(0.01));
    }

    @Test
    void empiricalServiceTimesAreDrawnFromTheSamples() {
        ServiceTimes times = ServiceTimes.empirical(new double[] {5, 10, 60});
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 1000; i++) {
            assertThat(times.sample(random)).isIn(5.0, 10.0, 60.0);
        }
        assertThat(times.mean()).isEqualTo(25);
    }

    @Test
    void theMeanQueueObeysLittlesLaw() {
        // L = λ W: mean incidents waiting = arrivals per minute × mean wait.
        SimulationModel model = mmc(40, 15, 20, 26);
        Replication run = Simulation.replicate(model, 21, 1, Simulation.Listener.NONE).get(0);
        double arrivalsPerMinute = run.incidents() / (26 * 168 * 60.0);
        assertThat(run.meanQueue()).isCloseTo(arrivalsPerMinute * run.meanWaitMinutes(),
                within(0.02 * run.meanQueue()));
        double hourly = Arrays.stream(run.queueByHour()).average().orElseThrow();
        assertThat(hourly).isCloseTo(run.meanQueue(), within(1e-9));
    }

    @Test
    void arrivalsFollowTheHourOfWeekProfile() {
        double[] arrivals = new double[168];
        for (int hour = 0; hour < 168; hour++) {
            arrivals[hour] = hour % 24 < 8 ? 5 : 25;
        }
        SimulationModel model = new SimulationModel(arrivals, SimulationModel.constant(40),
                ServiceTimes.exponential(20), ONE_PRIORITY, 20, 24, null, null);
        Replication run = Simulation.replicate(model, 4, 1, Simulation.Listener.NONE).get(0);
        double perWeek = Arrays.stream(arrivals).sum();
        assertThat((double) run.incidents()).isCloseTo(perWeek * 20, within(0.02 * perWeek * 20));
        // Busy units follow the arrivals: utilisation by night is about a fifth of that by day.
        assertThat(run.utilisationByHour()[3] / run.utilisationByHour()[15]).isCloseTo(0.2, within(0.05));
    }

    @Test
    void theWarmUpIsNotMeasured() {
        SimulationModel model = new SimulationModel(SimulationModel.constant(30.0), SimulationModel.constant(12),
                ServiceTimes.exponential(20), ONE_PRIORITY, 1, 500, null, null);
        Replication run = Simulation.replicate(model, 4, 1, Simulation.Listener.NONE).get(0);
        assertThat((double) run.incidents()).isCloseTo(30 * 168, within(0.1 * 30 * 168));
    }

    @Test
    void aListenerHearsEachReplicationAndEachWeekAndCanStopTheRun() {
        SimulationModel model = mmc(30, 12, 20, 3);
        java.util.List<String> heard = new java.util.ArrayList<>();
        Simulation.run(model, 1, 2, new Simulation.Listener() {
            @Override
            public void replicationFinished(int finished, int total) {
                heard.add(finished + "/" + total);
            }

            @Override
            public void weekSimulated(int week) {
                heard.add("week " + week);
            }
        });
        assertThat(heard).containsSubsequence("week 1", "week 2", "week 3", "1/2", "week 1", "2/2");
    }

    @Test
    void studentTCriticalValuesMatchTheTableAndTendToTheNormal() {
        assertThat(StudentT.critical95(4)).isEqualTo(2.776);
        assertThat(StudentT.critical95(40)).isCloseTo(2.021, within(0.001));
        assertThat(StudentT.critical95(100)).isCloseTo(1.984, within(0.001));
        assertThat(StudentT.critical95(100_000)).isCloseTo(1.960, within(0.001));
    }
}
