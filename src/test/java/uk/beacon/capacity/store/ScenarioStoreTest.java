package uk.beacon.capacity.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import uk.beacon.capacity.domain.scenarios.Role;
import uk.beacon.capacity.domain.scenarios.RoleMatrix;
import uk.beacon.capacity.domain.scenarios.ScenarioChange;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.platform.store.OrganisationStore;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class ScenarioStoreTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private ScenarioStore store;

    ScenarioStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        store = new ScenarioStore(db.jdbc(), JsonMapper.builder().build());
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
    void aScenarioKeepsItsChangesInOrderAndBelongsToItsForce() {
        List<ScenarioChange> changes = List.of(
                ScenarioChange.move("CONCERN_FOR_SAFETY", null, 30, Role.PARTNER_AGENCY),
                ScenarioChange.cutMinutes("ACQUISITIVE_CRIME", 3, 20),
                ScenarioChange.officersSent("VIOLENT_CRIME", 1, 1));
        store.insert(new ScenarioStore.Row("s1", "kent", "Right Care", "", changes, "planner.kent", T0,
                "planner.kent", T0, null));
        store.insert(new ScenarioStore.Row("s2", "kent", "Another", "Described", List.of(), "planner.kent",
                T0.plusHours(1), "planner.kent", T0.plusHours(1), null));

        ScenarioStore.Row found = store.find("kent", "s1").orElseThrow();
        assertThat(found.changes()).isEqualTo(changes);
        assertThat(found.createdAt().toInstant()).isEqualTo(T0.toInstant());
        assertThat(store.find("essex", "s1")).isEmpty();
        assertThat(store.list("kent")).extracting(ScenarioStore.Row::name).containsExactly("Another", "Right Care");
        assertThat(store.list("essex")).isEmpty();

        assertThat(store.update("essex", "s1", "Stolen", "", List.of(), "planner.essex", T0)).isFalse();
        assertThat(store.update("kent", "s1", "Renamed", "Now described", changes.subList(0, 1), "planner.kent",
                T0.plusDays(1))).isTrue();
        store.recordRun("kent", "s1", "job-1");
        ScenarioStore.Row updated = store.find("kent", "s1").orElseThrow();
        assertThat(updated.name()).isEqualTo("Renamed");
        assertThat(updated.changes()).containsExactly(changes.get(0));
        assertThat(updated.lastRunJobId()).isEqualTo("job-1");

        assertThat(store.delete("essex", "s1")).isFalse();
        assertThat(store.delete("kent", "s1")).isTrue();
        assertThat(store.find("kent", "s1")).isEmpty();
    }

    @Test
    void aForcesRoleMatrixIsSavedReplacedAndReset() {
        assertThat(store.findRoles("kent")).isEmpty();
        RoleMatrix mine = new RoleMatrix(Map.of("CONCERN_FOR_SAFETY", Set.of(Role.PCSO, Role.PARTNER_AGENCY)));
        store.saveRoles("kent", mine, "planner.kent", T0);
        assertThat(store.findRoles("kent")).contains(mine);
        RoleMatrix other = RoleMatrix.defaults();
        store.saveRoles("kent", other, "planner.kent", T0);
        assertThat(store.findRoles("kent")).contains(other);
        assertThat(store.findRoles("essex")).isEmpty();
        store.deleteRoles("kent");
        assertThat(store.findRoles("kent")).isEmpty();
    }
}
