package uk.beacon.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class AuditEventStoreTest {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneOffset.UTC);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private AuditEventStore audit;

    AuditEventStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        audit = new AuditEventStore(db.jdbc());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void readsEntriesBackNewestFirstAPageAtATime() {
        for (int i = 1; i <= 5; i++) {
            audit.append(NOON.plusMinutes(i), "analyst.kent", "kent", "action " + i, "target", null);
        }

        assertThat(audit.count()).isEqualTo(5);
        assertThat(audit.page(0, 2)).extracting(AuditEvent::action).containsExactly("action 5", "action 4");
        assertThat(audit.page(4, 2)).extracting(AuditEvent::action).containsExactly("action 1");
        AuditEvent newest = audit.page(0, 1).get(0);
        assertThat(newest.actor()).isEqualTo("analyst.kent");
        assertThat(newest.organisationId()).isEqualTo("kent");
        assertThat(newest.occurredAt().toInstant()).isEqualTo(NOON.plusMinutes(5).toInstant());
    }

    @Test
    void shortensOverlongDetailRatherThanFailing() {
        audit.append(NOON, "a", null, "action", "t", "x".repeat(5000));

        assertThat(audit.page(0, 1).get(0).detail()).hasSize(2000).endsWith("…");
    }

    @Test
    void theDatabaseRefusesToChangeAnEntry() {
        audit.append(NOON, "a", null, "sign-in", null, null);

        assertThatThrownBy(() -> db.jdbc().sql("update audit_event set actor = 'someone else'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(audit.page(0, 1).get(0).actor()).isEqualTo("a");
    }

    @Test
    void theDatabaseRefusesToDeleteAnEntry() {
        audit.append(NOON, "a", null, "sign-in", null, null);

        assertThatThrownBy(() -> db.jdbc().sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(audit.count()).isEqualTo(1);
    }
}
