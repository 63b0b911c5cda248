package uk.beacon.capacity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import uk.beacon.platform.Job;
import uk.beacon.platform.JobState;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.platform.store.JobStore;
import uk.beacon.platform.store.OrganisationStore;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class ShiftPlanStoreTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private ShiftPlanStore plans;

    ShiftPlanStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        plans = new ShiftPlanStore(db.jdbc());
        OrganisationStore organisations = new OrganisationStore(db.jdbc());
        JobStore jobs = new JobStore(db.jdbc());
        for (String force : new String[] {"kent", "essex"}) {
            organisations.save(new Organisation(force, force, OrganisationKind.POLICE_FORCE, "South East", null, null,
                    null));
            jobs.insert(new Job("job-" + force, "capacity.shift-plan", force, "planner." + force, JobState.QUEUED, 0,
                    "Waiting", T0, null, null, null, false));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static ShiftPlanRecord plan(String id, String force, OffsetDateTime at) {
        return new ShiftPlanRecord(id, force, "Plan " + id, "job-" + force, "planner." + force, at,
                "{\"requirement\": [" + "4,".repeat(167) + "4]}", null);
    }

    @Test
    void keepsAPlanAndItsResultWithinItsForce() {
        plans.insert(plan("p1", "kent", T0));
        String result = "{\"paidHours\": 672, \"coverage\": [" + "4,".repeat(167) + "4]}";

        plans.saveResult("p1", result);

        ShiftPlanRecord found = plans.find("kent", "p1").orElseThrow();
        assertThat(found.result()).isEqualTo(result);
        assertThat(found.request()).startsWith("{\"requirement\": [4,4");
        assertThat(found.createdAt().toInstant()).isEqualTo(T0.toInstant());
        assertThat(plans.find("essex", "p1")).as("another force's plan").isEmpty();
    }

    @Test
    void listsAForcesPlansNewestFirst() {
        plans.insert(plan("old", "kent", T0));
        plans.insert(plan("new", "kent", T0.plusHours(1)));
        plans.insert(plan("other", "essex", T0.plusHours(2)));

        assertThat(plans.findByForce("kent", 10)).extracting(ShiftPlanRecord::id).containsExactly("new", "old");
        assertThat(plans.findByForce("kent", 1)).extracting(ShiftPlanRecord::id).containsExactly("new");
    }
}
