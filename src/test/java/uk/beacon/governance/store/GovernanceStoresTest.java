package uk.beacon.governance.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import uk.beacon.governance.domain.State;
import uk.beacon.governance.domain.TrailChain;
import uk.beacon.governance.domain.TrailEntry;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.platform.store.OrganisationStore;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class GovernanceStoresTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 123_000_000, ZoneOffset.UTC);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private TechnologyStore technologies;
    private TrailStore trail;
    private ProblemReportStore reports;

    GovernanceStoresTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        technologies = new TechnologyStore(db.jdbc());
        trail = new TrailStore(db.jdbc());
        reports = new ProblemReportStore(db.jdbc());
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

    private static TechnologyRow row(String id, String force, String name, State state) {
        return new TechnologyRow(id, force, state, 1, null, name, "automation", "pilot", "rpa", "{\"name\":\"" + name
                + "\"}", null, null, null, null, "planner." + force, T0, "planner." + force, T0);
    }

    private List<TrailEntry> writeTrail(String id, int entries) {
        List<TrailEntry> written = new ArrayList<>();
        TrailEntry previous = null;
        for (int i = 0; i < entries; i++) {
            previous = TrailChain.append(previous, id, T0.toInstant().plusSeconds(i), "planner.kent",
                    i == 0 ? "create" : "edit", i == 0 ? null : "draft", "draft", 1, i == 2 ? "Ünïcode — reason" : null,
                    TrailChain.contentHash("{}", null, null));
            trail.append(previous);
            written.add(previous);
        }
        return written;
    }

    @Test
    void aRecordIsReadBackAsWrittenAndChanged() {
        technologies.insert(row("t1", "kent", "Robotic process automation", State.DRAFT));
        assertThat(technologies.find("t1")).get().satisfies(found -> {
            assertThat(found.state()).isEqualTo(State.DRAFT);
            assertThat(found.createdAt().toInstant()).isEqualTo(T0.toInstant());
            assertThat(found.publishedVersion()).isNull();
        });
        TechnologyRow changed = new TechnologyRow("t1", "kent", State.SUBMITTED, 2, 1, "RPA", "automation", "pilot",
                null, "{}", "{\"a\":1}", null, 6, "conditions", "planner.kent", T0, "other", T0.plusHours(1));
        db.transactions().executeWithoutResult(status -> {
            assertThat(technologies.findForUpdate("t1")).isPresent();
            technologies.update(changed);
        });
        assertThat(technologies.find("t1")).get().satisfies(found -> {
            assertThat(found.state()).isEqualTo(State.SUBMITTED);
            assertThat(found.version()).isEqualTo(2);
            assertThat(found.highestResidualRisk()).isEqualTo(6);
            assertThat(found.dpia()).isEqualTo("{\"a\":1}");
        });
        assertThat(technologies.findByOrganisation("essex")).isEmpty();
        technologies.addEditor("t1", "planner.kent");
        technologies.addEditor("t1", "planner.kent");
        technologies.addEditor("t1", "reviewer.kent");
        assertThat(technologies.editors("t1")).containsExactly("planner.kent", "reviewer.kent");
    }

    @Test
    void theRegisterListsTheCurrentPublishedVersionsWithFiltersAndKeepsWithdrawnHistory() {
        technologies.insert(row("t1", "kent", "Drone", State.PUBLISHED));
        technologies.insert(row("t2", "essex", "Chatbot 100% safe", State.PUBLISHED));
        for (int version = 1; version <= 2; version++) {
            technologies.insertPublished(new PublishedRow("t1", version, "kent", "Drone v" + version, "automation",
                    "pilot", null, "{}", null, version == 2 ? "{}" : null, version == 2 ? 9 : null, null,
                    "drone version " + version, "approver.kent", T0.plusDays(version), null, null));
        }
        technologies.insertPublished(new PublishedRow("t2", 1, "essex", "Chatbot", "communications", "production",
                null, "{}", null, null, 2, null, "chatbot 100% safe", "approver.essex", T0, null, null));
        technologies.update(withPublished(technologies.find("t1").orElseThrow(), 2));
        technologies.update(withPublished(technologies.find("t2").orElseThrow(), 1));

        assertThat(technologies.register(new RegisterFilter(List.of(), null, null, null, null, null), 10))
                .extracting(PublishedRow::name).containsExactly("Chatbot", "Drone v2");
        assertThat(technologies.register(new RegisterFilter(List.of("version", "drone"), null, null, null, null, null),
                10)).extracting(PublishedRow::version).containsExactly(2);
        assertThat(technologies.register(new RegisterFilter(List.of("100%"), null, null, null, null, null), 10))
                .extracting(PublishedRow::technologyId).containsExactly("t2");
        assertThat(technologies.register(new RegisterFilter(List.of("1_0"), null, null, null, null, null), 10))
                .isEmpty();
        assertThat(technologies.register(new RegisterFilter(null, "essex", "communications", "production", false,
                null), 10)).extracting(PublishedRow::technologyId).containsExactly("t2");
        assertThat(technologies.register(new RegisterFilter(null, null, null, null, true, null), 10))
                .extracting(PublishedRow::technologyId).containsExactly("t1");
        assertThat(technologies.register(new RegisterFilter(null, null, null, null, null, 5), 10))
                .extracting(PublishedRow::technologyId).containsExactly("t1");

        assertThat(technologies.registeredByTechnologyType()).isEmpty();
        db.jdbc().sql("update governance_published_version set technology_type = 'drones'").update();
        assertThat(technologies.registeredByTechnologyType()).containsExactly(java.util.Map.entry("drones", 2L));

        technologies.withdrawPublished("t1", 2, T0.plusDays(5), "Ended");
        assertThat(technologies.registeredByTechnologyType()).containsExactly(java.util.Map.entry("drones", 1L));
        assertThat(technologies.register(new RegisterFilter(null, null, null, null, null, null), 10))
                .extracting(PublishedRow::technologyId).containsExactly("t2");
        assertThat(technologies.publishedVersions("t1")).extracting(PublishedRow::version).containsExactly(2, 1);
        assertThat(technologies.publishedVersions("t1").get(0).withdrawnReason()).isEqualTo("Ended");
    }

    private static TechnologyRow withPublished(TechnologyRow row, int version) {
        return new TechnologyRow(row.id(), row.organisationId(), row.state(), version, version, row.name(),
                row.category(), row.phase(), row.technologyType(), row.content(), row.dpia(), row.ethicsReview(),
                row.highestResidualRisk(), row.conditions(), row.createdBy(), row.createdAt(), row.updatedBy(),
                row.updatedAt());
    }

    @Test
    void aTrailReadBackFromTheDatabaseVerifies() {
        technologies.insert(row("t1", "kent", "Drone", State.DRAFT));
        List<TrailEntry> written = writeTrail("t1", 4);

        List<TrailEntry> read = trail.entries("t1");
        assertThat(read).containsExactlyElementsOf(written);
        assertThat(TrailChain.verify(read).verified()).isTrue();
        assertThat(trail.last("t1")).contains(written.get(3));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteATrailEntry() {
        technologies.insert(row("t1", "kent", "Drone", State.DRAFT));
        writeTrail("t1", 2);

        assertThatThrownBy(() -> db.jdbc().sql("update governance_trail set actor = 'x'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> db.jdbc().sql("delete from governance_trail").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(trail.entries("t1")).hasSize(2);
    }

    @Test
    void tamperingWithAStoredEntryWithTheTriggerOffIsDetected() {
        technologies.insert(row("t1", "kent", "Drone", State.DRAFT));
        writeTrail("t1", 4);

        withoutAppendOnlyTrigger(() -> db.jdbc().sql(
                "update governance_trail set reason = 'approved by the chief' where technology_id = 't1' and seq = 3")
                .update());

        TrailChain.Verification verification = TrailChain.verify(trail.entries("t1"));
        assertThat(verification.verified()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void aReportsRateIsCountedPerClientAndModerationIsStored() {
        technologies.insert(row("t1", "kent", "Drone", State.PUBLISHED));
        reports.insert("r1", "t1", "Wrong supplier", null, "client-a", T0);
        reports.insert("r2", "t1", "Out of date", "me@example.org", "client-a", T0.plusMinutes(30));
        reports.insert("r3", "t1", "Other", null, "client-b", T0.plusMinutes(30));

        assertThat(reports.countSince("client-a", T0.plusMinutes(1))).isEqualTo(1);
        assertThat(reports.countSince("client-a", T0)).isEqualTo(2);
        reports.moderate("r2", "accepted", "planner.kent", T0.plusHours(1));
        assertThat(reports.findByOrganisation("kent")).extracting(ProblemReportRow::id)
                .containsExactly("r3", "r1", "r2");
        assertThat(reports.find("r2")).get().extracting(ProblemReportRow::status, ProblemReportRow::recordName)
                .containsExactly("accepted", "Drone");
        assertThat(reports.findByOrganisation("essex")).isEmpty();
    }

    private void withoutAppendOnlyTrigger(Runnable change) {
        if (database == TestDatabase.H2) {
            db.jdbc().sql("drop trigger governance_trail_append_only_update").update();
            change.run();
        } else {
            db.transactions().executeWithoutResult(status -> {
                db.jdbc().sql("alter table governance_trail disable trigger governance_trail_append_only").update();
                change.run();
                db.jdbc().sql("alter table governance_trail enable trigger governance_trail_append_only").update();
            });
        }
    }
}
