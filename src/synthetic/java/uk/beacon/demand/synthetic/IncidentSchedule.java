package uk.beacon.demand.synthetic;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * When each incident is created, handed out in time order as batches of at most {@link #BATCH_SIZE}
 * incidents. Each hour of the period gets its share of the total by a multinomial draw weighted by
 * how busy the hour is (so hourly counts vary as real ones do, and the total is exact); inside an
 * hour incidents fall uniformly on its seconds, counted per second so that they come out sorted
 * without holding them.
 *
 * <p>Batch boundaries depend only on the parameters, so the rows drawn for a batch, from its own
 * random stream, are the same however many threads render them.
 */
final class IncidentSchedule {

    static final int BATCH_SIZE = 4096;
    private static final long SCHEDULE_STREAM = -1;

    /**
     * Incidents to render together.
     *
     * @param index              the batch's position, which also picks its random stream
     * @param createdAt          creation instants (epoch seconds), in order
     * @param firstNumberInDay   the first incident's number within its UTC day, from 1
     */
    record Batch(long index, long[] createdAt, long firstNumberInDay) {
    }

    private final DemandModel model;
    private final SplittableRandom random;
    private final int[] countBySecond = new int[DemandModel.SECONDS_PER_HOUR];

    private long left;
    private double weightLeft;
    private int slot = -1;
    private int second = DemandModel.SECONDS_PER_HOUR;
    private int leftInSecond;
    private long nextBatch;
    private long currentDay = Long.MIN_VALUE;
    private long numberInDay;

    IncidentSchedule(DemandModel model) {
        this.model = model;
        this.random = new SplittableRandom(Randomness.streamSeed(model.parameters.seed(), SCHEDULE_STREAM));
        this.left = model.incidents;
        for (double weight : model.weightBySlot) {
            weightLeft += weight;
        }
    }

    /** The next batch, or null when every incident has been handed out. */
    Batch next() {
        long[] createdAt = new long[BATCH_SIZE];
        int count = 0;
        long firstNumber = 0;
        while (count < BATCH_SIZE && advanceToNextIncident()) {
            long instant = model.periodStartSecond + (long) slot * DemandModel.SECONDS_PER_HOUR + second;
            long day = Math.floorDiv(instant, 86_400L);
            if (day != currentDay) {
                currentDay = day;
                numberInDay = 0;
            }
            numberInDay++;
            if (count == 0) {
                firstNumber = numberInDay;
            }
            createdAt[count++] = instant;
            leftInSecond--;
        }
        if (count == 0) {
            return null;
        }
        return new Batch(nextBatch++, count == BATCH_SIZE ? createdAt : Arrays.copyOf(createdAt, count), firstNumber);
    }

    // Moves to the next second that still has an incident, drawing further hours as needed.
    private boolean advanceToNextIncident() {
        while (leftInSecond == 0) {
            second++;
            if (second >= DemandModel.SECONDS_PER_HOUR) {
                if (!drawNextHour()) {
                    return false;
                }
                second = 0;
            }
            leftInSecond = countBySecond[second];
        }
        return true;
    }

    private boolean drawNextHour() {
        while (slot + 1 < model.hours) {
            slot++;
            double weight = model.weightBySlot[slot];
            long count = slot == model.hours - 1 ? left
                    : Randomness.binomial(random, left, weightLeft > 0 ? Math.min(1, weight / weightLeft) : 1);
            left -= count;
            weightLeft -= weight;
            if (count > 0) {
                Arrays.fill(countBySecond, 0);
                for (long i = 0; i < count; i++) {
                    countBySecond[(int) (random.nextDouble() * DemandModel.SECONDS_PER_HOUR)]++;
                }
                return true;
            }
        }
        return false;
    }
}
