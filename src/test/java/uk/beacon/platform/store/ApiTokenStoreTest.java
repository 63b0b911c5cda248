package uk.beacon.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.platform.Role;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class ApiTokenStoreTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String HASH = "a".repeat(64);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private ApiTokenStore tokens;
    private long kent;
    private long essex;

    ApiTokenStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        tokens = new ApiTokenStore(db.jdbc());
        new OrganisationStore(db.jdbc()).save(new Organisation("kent", "Kent Police", OrganisationKind.POLICE_FORCE,
                "South East", null, null, null));
        UserAccountStore accounts = new UserAccountStore(db.jdbc());
        kent = accounts.create("analyst.kent", "Analyst", "{bcrypt}x", "kent", false, Set.of(Role.ANALYST));
        essex = accounts.create("planner.kent", "Planner", "{bcrypt}x", "kent", false, Set.of(Role.PLANNER));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aTokenIsFoundByIdWithItsUsersName() {
        tokens.insert("0123456789abcdef", kent, "Nightly export", HASH, T0, T0.plusDays(30));
        ApiTokenStore.Row row = tokens.find("0123456789abcdef").orElseThrow();
        assertThat(row.username()).isEqualTo("analyst.kent");
        assertThat(row.name()).isEqualTo("Nightly export");
        assertThat(row.tokenHash()).isEqualTo(HASH);
        assertThat(row.createdAt()).isEqualTo(T0);
        assertThat(row.expiresAt()).isEqualTo(T0.plusDays(30));
        assertThat(row.lastUsedAt()).isNull();
        assertThat(row.revokedAt()).isNull();
        assertThat(tokens.find("fedcba9876543210")).isEmpty();
    }

    @Test
    void aRevokedTokenIsKeptButNoLongerListedOrCounted() {
        tokens.insert("0000000000000001", kent, "Old", HASH, T0, null);
        tokens.insert("0000000000000002", kent, "New", HASH, T0.plusHours(1), null);
        tokens.insert("0000000000000003", essex, "Someone else's", HASH, T0, null);
        assertThat(tokens.unrevokedOf(kent)).extracting(ApiTokenStore.Row::id)
                .containsExactly("0000000000000002", "0000000000000001");
        assertThat(tokens.countUnrevoked(kent)).isEqualTo(2);

        assertThat(tokens.revoke("0000000000000003", kent, T0)).isFalse();
        assertThat(tokens.revoke("0000000000000001", kent, T0.plusDays(1))).isTrue();
        assertThat(tokens.revoke("0000000000000001", kent, T0.plusDays(2))).isFalse();
        assertThat(tokens.find("0000000000000001").orElseThrow().revokedAt()).isEqualTo(T0.plusDays(1));
        assertThat(tokens.unrevokedOf(kent)).extracting(ApiTokenStore.Row::id).containsExactly("0000000000000002");
        assertThat(tokens.countUnrevoked(kent)).isEqualTo(1);
        assertThat(tokens.countUnrevoked(essex)).isEqualTo(1);
    }

    @Test
    void aUseIsRecordedAndAnIdIsUnique() {
        tokens.insert("0000000000000001", kent, "Script", HASH, T0, null);
        tokens.recordUse("0000000000000001", T0.plusMinutes(5));
        assertThat(tokens.find("0000000000000001").orElseThrow().lastUsedAt()).isEqualTo(T0.plusMinutes(5));
        assertThatThrownBy(() -> tokens.insert("0000000000000001", essex, "Again", HASH, T0, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void deletingAnAccountDeletesItsTokens() {
        tokens.insert("0000000000000001", kent, "Script", HASH, T0, null);
        db.jdbc().sql("delete from user_account where id = ?").param(kent).update();
        assertThat(tokens.find("0000000000000001")).isEmpty();
    }
}
