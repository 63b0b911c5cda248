package uk.beacon.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.platform.store.OrganisationStore;
import uk.beacon.portfolio.domain.initiatives.DeflatorSeries;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class DeflatorStoreTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 9, 30, 9, 15, 0, 0, ZoneOffset.UTC);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private DeflatorStore store;

    DeflatorStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        store = new DeflatorStore(db.jdbc());
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

    private static DeflatorSeries.Entry entry(int year, String value) {
        return new DeflatorSeries.Entry(year, new BigDecimal(value));
    }

    @Test
    void aForceWithoutASeriesHasNone() {
        assertThat(store.find("kent")).isEmpty();
        assertThat(store.delete("kent")).isFalse();
    }

    @Test
    void aSeriesKeepsItsSourceYearsAndExactValuesAndWhoLoadedItWhen() {
        DeflatorSeries series = new DeflatorSeries("HM Treasury, GDP deflators at market prices, and money GDP, "
                + "September 2026 (Quarterly National Accounts)",
                List.of(entry(2025, "101.5"), entry(2024, "100"), entry(2026, "103.123456789012")));
        store.replace("kent", series, "planner.kent", T0);

        DeflatorStore.Loaded loaded = store.find("kent").orElseThrow();
        assertThat(loaded.series().source()).isEqualTo(series.source());
        assertThat(loaded.series().index()).containsExactly(entry(2024, "100"), entry(2025, "101.5"),
                entry(2026, "103.123456789012"));
        assertThat(loaded.loadedBy()).isEqualTo("planner.kent");
        assertThat(loaded.loadedAt()).isAtSameInstantAs(T0);
        assertThat(store.find("essex")).isEmpty();
    }

    @Test
    void aNewSeriesReplacesTheOldAndADeleteRemovesIt() {
        store.replace("kent", new DeflatorSeries("First", List.of(entry(2020, "90"), entry(2021, "92"))), "a", T0);
        store.replace("essex", new DeflatorSeries("Essex's", List.of(entry(2020, "90"), entry(2021, "92"))), "e", T0);
        store.replace("kent", new DeflatorSeries("Second", List.of(entry(2021, "93"), entry(2022, "95"))), "b",
                T0.plusDays(1));

        DeflatorStore.Loaded kent = store.find("kent").orElseThrow();
        assertThat(kent.series().source()).isEqualTo("Second");
        assertThat(kent.series().index()).containsExactly(entry(2021, "93"), entry(2022, "95"));
        assertThat(kent.loadedBy()).isEqualTo("b");

        assertThat(store.delete("kent")).isTrue();
        assertThat(store.find("kent")).isEmpty();
        assertThat(store.find("essex").orElseThrow().series().source()).isEqualTo("Essex's");
    }

    @Test
    void theDatabaseRefusesAnIndexOfZeroOrLessAndAnUnknownForce() {
        assertThatThrownBy(() -> store.replace("kent", new DeflatorSeries("Bad", List.of(entry(2020, "0"))), "a", T0))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> store.replace("atlantis", new DeflatorSeries("Nowhere", List.of(entry(2020, "90"))),
                "a", T0)).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
