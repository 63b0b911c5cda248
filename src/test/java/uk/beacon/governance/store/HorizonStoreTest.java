package uk.beacon.governance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import uk.beacon.governance.domain.horizon.Assessment;
import uk.beacon.governance.domain.horizon.Coverage;
import uk.beacon.governance.domain.horizon.HorizonCatalogue;
import uk.beacon.governance.domain.horizon.LegalFramework;
import uk.beacon.governance.domain.horizon.TechnologyType;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class HorizonStoreTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private HorizonStore store;

    HorizonStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        store = new HorizonStore(db.jdbc());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theMigrationSeedsEveryTypeAgainstEveryFrameworkWithASource() {
        HorizonCatalogue catalogue = store.catalogue();

        assertThat(catalogue.types()).hasSize(11);
        assertThat(catalogue.types().get(0).code()).isEqualTo("live-facial-recognition");
        assertThat(catalogue.types()).extracting(TechnologyType::code).contains("retrospective-facial-recognition",
                "drones", "anpr", "ai-call-triage", "predictive-hotspot-mapping", "robotic-process-automation",
                "body-worn-video");
        assertThat(catalogue.frameworks()).extracting(LegalFramework::code).containsExactly("data-protection",
                "hra-article-8", "equality-duty", "ipa-ripa", "pace", "surveillance-camera-code",
                "biometrics-commissioner");
        assertThat(catalogue.assessments()).hasSize(11 * 7)
                .allSatisfy(assessment -> assertThat(assessment.sourceLink()).startsWith("https://"));

        Assessment lfrPrivacy = catalogue.assessment("live-facial-recognition", "hra-article-8").orElseThrow();
        assertThat(lfrPrivacy.coverage()).isEqualTo(Coverage.GAP);
        assertThat(lfrPrivacy.sourceTitle()).contains("Bridges").contains("[2020] EWCA Civ 1058");
        assertThat(catalogue.assessment("anpr", "surveillance-camera-code").orElseThrow().coverage())
                .isEqualTo(Coverage.COVERED);
        assertThat(catalogue.assessment("live-facial-recognition", "biometrics-commissioner").orElseThrow().note())
                .contains("DNA").contains("fingerprints").contains("not facial images");
    }

    @Test
    void aNewTypeGoesAtTheEndAndAChangedOneKeepsItsPlace() {
        boolean created = db.transactions().execute(status -> store.saveType(
                TechnologyType.of("gait-recognition", "Gait recognition", "Identifies people by how they walk."),
                "coordinator.national", T0));
        assertThat(created).isTrue();
        assertThat(store.typeExists("gait-recognition")).isTrue();
        assertThat(store.catalogue().types()).last().extracting(TechnologyType::code).isEqualTo("gait-recognition");

        boolean createdAgain = db.transactions().execute(status -> store.saveType(
                TechnologyType.of("live-facial-recognition", "Live facial recognition (LFR)", "Changed."),
                "coordinator.national", T0));
        assertThat(createdAgain).isFalse();
        HorizonCatalogue catalogue = store.catalogue();
        assertThat(catalogue.types().get(0)).isEqualTo(
                new TechnologyType("live-facial-recognition", "Live facial recognition (LFR)", "Changed."));
        assertThat(catalogue.types()).hasSize(12);
    }

    @Test
    void frameworksAndAssessmentsAreAddedAndChanged() {
        db.transactions().executeWithoutResult(status -> {
            store.saveType(TechnologyType.of("gait-recognition", "Gait recognition", "Walk."), "c", T0);
            store.saveFramework(LegalFramework.of("online-safety", "OSA 2023", "Online Safety Act 2023", null), "c", T0);
            store.saveAssessment(Assessment.of("gait-recognition", "online-safety", false, null, "Not online.", null,
                    null), "c", T0);
        });
        assertThat(store.frameworkExists("online-safety")).isTrue();
        assertThat(store.catalogue().frameworks()).last().isEqualTo(
                new LegalFramework("online-safety", "OSA 2023", "Online Safety Act 2023", null));
        assertThat(store.catalogue().frameworksFor("gait-recognition")).isEmpty();

        Assessment changed = Assessment.of("gait-recognition", "online-safety", true, Coverage.GAP, "Now it is.",
                "A source", "https://example.org/source");
        boolean created = db.transactions().execute(status -> store.saveAssessment(changed, "c", T0));
        assertThat(created).isFalse();
        assertThat(store.catalogue().assessment("gait-recognition", "online-safety")).contains(changed);
        assertThat(store.catalogue().frameworksFor("gait-recognition")).hasSize(1);
    }

    @Test
    void theDatabaseRefusesACoverageForAFrameworkThatDoesNotApplyAndAnAssessmentOfNothing() {
        Assessment inconsistent = new Assessment("anpr", "pace", false, Coverage.GAP, "note", null, null);
        assertThatThrownBy(() -> store.saveAssessment(inconsistent, "c", T0))
                .isInstanceOf(DataIntegrityViolationException.class);
        Assessment orphan = new Assessment("no-such-type", "pace", false, null, "note", null, null);
        assertThatThrownBy(() -> store.saveAssessment(orphan, "c", T0))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
