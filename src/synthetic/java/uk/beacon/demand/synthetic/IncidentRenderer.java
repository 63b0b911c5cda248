package uk.beacon.demand.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Draws the details of a batch of incidents and writes them as canonical CSV rows. Every draw comes
 * from the batch's own random stream, in a fixed order, so a batch renders the same bytes on any
 * thread.
 */
final class IncidentRenderer {

    /** Generous upper bound on a row's length, so that the buffer grows at most once per row. */
    private static final int MAX_ROW_BYTES = 512;
    private static final byte[] ID_PREFIX = "SYN-".getBytes(StandardCharsets.US_ASCII);
    /** The nine optional columns after priority, empty, and the row's end. */
    private static final byte[] EMPTY_OPTIONAL_COLUMNS = ",,,,,,,,,\n".getBytes(StandardCharsets.US_ASCII);

    private final DemandModel model;

    IncidentRenderer(DemandModel model) {
        this.model = model;
    }

    /** Appends the batch's rows to the buffer and returns it. */
    CsvRowBuffer render(IncidentSchedule.Batch batch, CsvRowBuffer row) {
        long[] createdAt = batch.createdAt();
        SplittableRandom random = new SplittableRandom(
                Randomness.streamSeed(model.parameters.seed(), batch.index()));
        long numberInDay = batch.firstNumberInDay();
        long previousDay = Math.floorDiv(createdAt[0], 86_400L);
        for (long created : createdAt) {
            long day = Math.floorDiv(created, 86_400L);
            if (day != previousDay) {
                previousDay = day;
                numberInDay = 1;
            }
            renderOne(row, random, created, numberInDay++);
        }
        return row;
    }

    private void renderOne(CsvRowBuffer row, SplittableRandom random, long created, long numberInDay) {
        int slot = (int) ((created - model.periodStartSecond) / DemandModel.SECONDS_PER_HOUR);
        int type = model.callTypeByHourOfWeek[model.hourOfWeekBySlot[slot]].sample(random.nextDouble());
        int priority = model.priorityByCallType[type].sample(random.nextDouble()) + 1;
        // Grades 1-3 send officers (emergency, priority, scheduled); grade 4 is resolved without deployment.
        boolean attended = priority <= 3;
        boolean officerInitiated = random.nextDouble() < model.callTypes.get(type).officerInitiatedShare();
        double responseUniform = random.nextDouble();
        double driveUniform = random.nextDouble();
        double taskUniform = random.nextDouble();
        double unitsUniform = random.nextDouble();
        int area = model.geography.pickArea(random.nextDouble());
        double latitude = model.geography.latitude(area, random.nextDouble());
        double longitude = model.geography.longitude(area, random.nextDouble());
        double outcomeUniform = random.nextDouble();

        long firstArrival = -1;
        long cleared;
        int units = 0;
        long officerMinutes;
        byte[][] outcomes;
        if (attended) {
            LogNormal response = DemandModel.RESPONSE_MINUTES_BY_PRIORITY[priority];
            long responseSeconds = officerInitiated ? 0
                    : Math.max(60, Math.round(response.sample(responseUniform) * 60));
            // Officers' own time covers the drive, not the wait for a free unit or an appointment.
            long driveSeconds = Math.min(responseSeconds,
                    Math.round(DemandModel.DRIVE_MINUTES.sample(driveUniform) * 60));
            long onSceneSeconds = Math.max(60, Math.round(model.onSceneByCallType[type].sample(taskUniform) * 60));
            units = model.unitsByPriority[priority].sample(unitsUniform) + 1;
            firstArrival = created + responseSeconds;
            cleared = firstArrival + onSceneSeconds;
            // Every unit drives and stays for the incident; one officer per unit (an assumption).
            officerMinutes = Math.max(1, Math.round(units * (driveSeconds + onSceneSeconds) / 60.0));
            outcomes = model.attendedOutcomeFields[type];
        } else {
            long deskSeconds = Math.max(60, Math.round(model.deskByCallType[type].sample(taskUniform) * 60));
            cleared = created + deskSeconds;
            officerMinutes = Math.max(1, Math.round(deskSeconds / 60.0));
            outcomes = model.remoteOutcomeFields[type];
        }
        byte[] outcome = outcomes[Math.min(outcomes.length - 1, (int) (outcomeUniform * outcomes.length))];

        row.reserve(MAX_ROW_BYTES);
        row.put(ID_PREFIX);
        row.putCompactDate(created);
        row.put((byte) '-');
        row.putPadded(numberInDay, numberInDay < 1_000_000 ? 6 : digits(numberInDay));
        row.comma();
        row.putInstant(created);
        row.comma();
        row.putMonth(model.clock.localSecond(created));
        row.comma();
        row.put(model.rawTypeFields[type]);
        row.comma();
        row.putWhole(priority);
        if (model.parameters.columns() == SyntheticDemandParameters.Columns.REQUIRED) {
            // The rest is drawn all the same, so that the required columns are those of the full file.
            row.put(EMPTY_OPTIONAL_COLUMNS);
            return;
        }
        row.comma();
        row.putDegrees(latitude);
        row.comma();
        row.putDegrees(longitude);
        row.comma();
        row.put(model.geography.lsoaCode(area));
        row.comma();
        row.put(model.geography.beatCode(area));
        row.comma();
        if (attended) {
            row.putInstant(firstArrival);
        }
        row.comma();
        row.putInstant(cleared);
        row.comma();
        if (attended) {
            row.putWhole(units);
        }
        row.comma();
        row.putWhole(officerMinutes);
        row.comma();
        row.put(outcome);
        row.put((byte) '\n');
    }

    private static int digits(long value) {
        return Long.toString(value).length();
    }
}
