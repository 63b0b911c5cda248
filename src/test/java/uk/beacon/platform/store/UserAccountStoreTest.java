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
class UserAccountStoreTest {

    private final TestDatabase database;
    private TestDatabase.Open db;
    private UserAccountStore accounts;

    UserAccountStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        accounts = new UserAccountStore(db.jdbc());
        OrganisationStore organisations = new OrganisationStore(db.jdbc());
        organisations.save(new Organisation("kent", "Kent Police", OrganisationKind.POLICE_FORCE, "South East",
                null, null, null));
        organisations.save(new Organisation("essex", "Essex Police", OrganisationKind.POLICE_FORCE,
                "East of England", null, null, null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createsAnAccountWithItsRoles() {
        accounts.create("planner.kent", "Planner, Kent", "{bcrypt}hash", "kent", false, Set.of(Role.PLANNER,
                Role.APPROVER));

        UserAccount account = accounts.findByUsername("planner.kent").orElseThrow();
        assertThat(account.organisationId()).isEqualTo("kent");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.PLANNER, Role.APPROVER);
        assertThat(account.enabled()).isTrue();
        assertThat(account.demo()).isFalse();
        assertThat(account.failedSignIns()).isZero();
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void refusesASecondAccountWithTheSameUsername() {
        accounts.create("planner.kent", "Planner", "h", "kent", false, Set.of(Role.PLANNER));

        assertThatThrownBy(() -> accounts.create("planner.kent", "Other", "h", "kent", false, Set.of()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void refusesAnAccountForAnOrganisationThatDoesNotExist() {
        assertThatThrownBy(() -> accounts.create("x", "X", "h", "nowhere", false, Set.of()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void listsOnlyTheMembersOfTheOrganisationAsked() {
        accounts.create("b.kent", "B", "h", "kent", false, Set.of(Role.ANALYST));
        accounts.create("a.kent", "A", "h", "kent", false, Set.of());
        accounts.create("a.essex", "A", "h", "essex", false, Set.of(Role.ANALYST));

        assertThat(accounts.findByOrganisation("kent")).extracting(UserAccount::username)
                .containsExactly("a.kent", "b.kent");
    }

    @Test
    void recordsAndClearsFailedSignIns() {
        accounts.create("a.kent", "A", "h", "kent", false, Set.of());
        OffsetDateTime until = OffsetDateTime.of(2030, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

        accounts.recordSignInFailures("a.kent", 0, until);
        UserAccount locked = accounts.findByUsername("a.kent").orElseThrow();
        assertThat(locked.lockedUntil().toInstant()).isEqualTo(until.toInstant());

        accounts.clearSignInFailures("a.kent");
        assertThat(accounts.findByUsername("a.kent").orElseThrow().lockedUntil()).isNull();
    }

    @Test
    void countsDemoAccountsAndRoleHolders() {
        accounts.create("demo.kent", "Demo", "h", "kent", true, Set.of(Role.ADMINISTRATOR));
        accounts.create("real.kent", "Real", "h", "kent", false, Set.of(Role.ADMINISTRATOR));

        assertThat(accounts.countDemoAccounts()).isEqualTo(1);
        assertThat(accounts.countWithRole(Role.ADMINISTRATOR)).isEqualTo(2);
        assertThat(accounts.countWithRole(Role.PLANNER)).isZero();
    }
}
