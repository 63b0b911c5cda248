package uk.beacon.capacity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import tools.jackson.databind.json.JsonMapper;
import uk.beacon.capacity.domain.staffing.ServiceStandard;
import uk.beacon.capacity.domain.staffing.Shrinkage;
import uk.beacon.capacity.domain.staffing.Workload;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.platform.store.OrganisationStore;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class CapacityStoresTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private StandardsStore standards;
    private WorkloadStore workloads;

    CapacityStoresTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        standards = new StandardsStore(db.jdbc());
        workloads = new WorkloadStore(db.jdbc(), JsonMapper.builder().build());
        OrganisationStore organisations = new OrganisationStore(db.jdbc());
        for (String force : List.of("kent", "essex")) {
            organisations.save(new Organisation(force, force, OrganisationKind.POLICE_FORCE, "South East", null, null,
                    null));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void standardsAreSavedInOrderAndReplacedWhole() {
        assertThat(standards.find("kent")).isEmpty();
        List<ServiceStandard> defaults = ServiceStandard.defaults();
        db.transactions().executeWithoutResult(status -> standards.replace("kent", defaults, "planner.kent", T0));
        assertThat(standards.find("kent")).containsExactlyElementsOf(defaults);
        assertThat(standards.find("essex")).isEmpty();

        ServiceStandard changed = new ServiceStandard("p2", "Priority within an hour", ServiceStandard.Service.RESPONSE,
                2, 3600, 0.875, true);
        db.transactions().executeWithoutResult(status -> standards.replace("kent", List.of(changed, defaults.get(0)),
                "planner.kent", T0));
        assertThat(standards.find("kent")).containsExactly(changed, defaults.get(0));
    }

    @Test
    void theDatabaseRefusesAShareOfAllOrNothing() {
        ServiceStandard whole = new ServiceStandard("all", "All", ServiceStandard.Service.CALL_HANDLING, null, 10, 1.0,
                true);
        assertThatThrownBy(() -> standards.replace("kent", List.of(whole), "planner.kent", T0))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aWorkloadRoundTripsWithItsHourlyArraysAndIsReplacedOnSave() {
        double[] perHour = new double[168];
        Arrays.setAll(perHour, hour -> hour / 10.0);
        Workload workload = new Workload("Demand data 2025", 1.2, 280,
                List.of(new Workload.WorkItem("CONCERN_FOR_SAFETY", 2, perHour, 95.5, 1.4, true),
                        new Workload.WorkItem("OTHER_CRIME", null, new double[168], 60, 1, false)),
                List.of(new Workload.Travel(null, 8), new Workload.Travel(1, 7.5)), Shrinkage.defaults());

        workloads.save("kent", workload, "planner.kent", T0);
        WorkloadStore.Saved saved = workloads.find("kent").orElseThrow();
        assertThat(saved.workload()).isEqualTo(workload);
        assertThat(saved.updatedBy()).isEqualTo("planner.kent");
        assertThat(saved.updatedAt().toInstant()).isEqualTo(T0.toInstant());
        assertThat(workloads.find("essex")).isEmpty();

        Workload fewer = workload.withItems(List.of());
        workloads.save("kent", fewer, "planner.two", T0.plusDays(1));
        assertThat(workloads.find("kent").orElseThrow().workload().items()).isEmpty();
        assertThat(workloads.find("kent").orElseThrow().updatedBy()).isEqualTo("planner.two");
    }
}
