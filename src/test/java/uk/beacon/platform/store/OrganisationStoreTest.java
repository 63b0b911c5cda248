package uk.beacon.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class OrganisationStoreTest {

    private final TestDatabase database;
    private TestDatabase.Open db;
    private OrganisationStore store;

    OrganisationStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        store = new OrganisationStore(db.jdbc());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Organisation kent(String officers) {
        return new Organisation("kent", "Kent Police", OrganisationKind.POLICE_FORCE, "South East",
                new BigDecimal(officers), 1_900_000L, new BigDecimal("3544.1"));
    }

    @Test
    void savesAndReadsBackEveryFigure() {
        assertThat(store.save(kent("4012.50"))).isTrue();

        Organisation stored = store.findById("kent").orElseThrow();
        assertThat(stored.name()).isEqualTo("Kent Police");
        assertThat(stored.kind()).isEqualTo(OrganisationKind.POLICE_FORCE);
        assertThat(stored.officersFte()).isEqualByComparingTo("4012.50");
        assertThat(stored.population()).isEqualTo(1_900_000L);
        assertThat(stored.areaKm2()).isEqualByComparingTo("3544.1");
    }

    @Test
    void keepsMissingFiguresMissing() {
        store.save(new Organisation("btp", "British Transport Police", OrganisationKind.POLICE_FORCE,
                "National (GB railways)", null, null, null));

        Organisation stored = store.findById("btp").orElseThrow();
        assertThat(stored.officersFte()).isNull();
        assertThat(stored.population()).isNull();
        assertThat(stored.areaKm2()).isNull();
    }

    @Test
    void savingTheSameOrganisationTwiceWritesNothingTheSecondTime() {
        store.save(kent("4012.50"));

        assertThat(store.save(kent("4012.5"))).isFalse();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void savingChangedFiguresUpdatesTheStoredOrganisation() {
        store.save(kent("4012.50"));

        assertThat(store.save(kent("4100.00"))).isTrue();
        assertThat(store.findById("kent").orElseThrow().officersFte()).isEqualByComparingTo("4100");
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void listsOneKindOfOrganisationByName() {
        store.save(kent("1"));
        store.save(new Organisation("essex", "Essex Police", OrganisationKind.POLICE_FORCE, "East of England",
                null, null, null));
        store.save(new Organisation("acme", "Acme Ltd", OrganisationKind.SUPPLIER, null, null, null, null));

        assertThat(store.findByKind(OrganisationKind.POLICE_FORCE)).extracting(Organisation::id)
                .containsExactly("essex", "kent");
        assertThat(store.findById("nobody")).isEmpty();
    }
}
