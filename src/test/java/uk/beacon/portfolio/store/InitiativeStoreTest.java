package uk.beacon.portfolio.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import uk.beacon.platform.Organisation;
import uk.beacon.platform.OrganisationKind;
import uk.beacon.platform.store.OrganisationStore;
import uk.beacon.portfolio.domain.initiatives.InitiativeDefinition;
import uk.beacon.portfolio.domain.initiatives.MembershipState;
import uk.beacon.testsupport.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("uk.beacon.testsupport.TestDatabase#all")
class InitiativeStoreTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 27, 9, 0, 0, 0, ZoneOffset.UTC);

    private final TestDatabase database;
    private TestDatabase.Open db;
    private InitiativeStore store;

    InitiativeStoreTest(TestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void open() {
        db = database.open();
        store = new InitiativeStore(db.jdbc(), JsonMapper.builder().build());
        OrganisationStore organisations = new OrganisationStore(db.jdbc());
        for (String force : List.of("kent", "essex", "surrey")) {
            organisations.save(new Organisation(force, force, OrganisationKind.POLICE_FORCE, "South East", null, null,
                    null));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    static InitiativeDefinition definition(String name, List<String> members) {
        return new InitiativeDefinition(name, "Digital evidence", members, 2026, 2025, "REAL",
                List.of(new InitiativeDefinition.Phase("Build", 12)),
                List.of(new InitiativeDefinition.YearFigures(2026, new BigDecimal("1000000.50"), BigDecimal.ZERO,
                        null, new BigDecimal("500"), null)),
                "20 minutes less paperwork per crime record", new BigDecimal("45"), List.of(), List.of(),
                "EQUIPMENT_AND_DEVELOPMENT",
                List.of(new InitiativeDefinition.Mitigation("Proven product", new BigDecimal("0.5"), null)),
                "Why", "How bought", "Who runs it");
    }

    @Test
    void anInitiativeKeepsItsDefinitionAndIsSeenByItsOwnerAndAcceptedMembersOnly() {
        store.insert(new InitiativeStore.Row("i1", "kent", definition("Shared DEMS", List.of("essex")), "p", T0, "p", T0));
        store.insert(new InitiativeStore.Row("i2", "kent", definition("Kent only", List.of()), "p", T0, "p", T0));
        assertThat(store.find("i1").orElseThrow().definition()).isEqualTo(definition("Shared DEMS", List.of("essex")));
        assertThat(store.visibleTo("kent")).extracting(InitiativeStore.Row::id).containsExactly("i2", "i1");
        assertThat(store.visibleTo("essex")).isEmpty();
        assertThat(store.findVisible("i1", "essex")).isEmpty();
        assertThat(store.invitationsFor("essex")).singleElement().satisfies(invitation -> {
            assertThat(invitation.initiative().id()).isEqualTo("i1");
            assertThat(invitation.invitedBy()).isEqualTo("p");
            assertThat(invitation.invitedAt()).isEqualTo(T0);
        });

        assertThat(store.decide("i1", "essex", MembershipState.ACCEPTED, "planner.essex", T0.plusHours(1))).isTrue();
        assertThat(store.visibleTo("essex")).extracting(InitiativeStore.Row::id).containsExactly("i1");
        assertThat(store.findVisible("i1", "essex")).isPresent();
        assertThat(store.invitationsFor("essex")).isEmpty();
        assertThat(store.membersOfVisible("essex").get("i1")).singleElement().satisfies(m -> {
            assertThat(m.state()).isEqualTo(MembershipState.ACCEPTED);
            assertThat(m.decidedBy()).isEqualTo("planner.essex");
            assertThat(m.decidedAt()).isEqualTo(T0.plusHours(1));
        });
        assertThat(store.visibleTo("surrey")).isEmpty();
        assertThat(store.ownedBy("essex")).isEmpty();
        assertThat(store.decide("i1", "surrey", MembershipState.ACCEPTED, "planner.surrey", T0)).isFalse();
        assertThat(store.visibleTo("surrey")).isEmpty();
    }

    @Test
    void aDeclinedMemberSeesNothingAndItsAnswerIsKept() {
        store.insert(new InitiativeStore.Row("i1", "kent", definition("Shared", List.of("essex")), "p", T0, "p", T0));
        store.decide("i1", "essex", MembershipState.DECLINED, "planner.essex", T0);
        assertThat(store.visibleTo("essex")).isEmpty();
        assertThat(store.invitationsFor("essex")).isEmpty();
        assertThat(store.member("i1", "essex").orElseThrow().state()).isEqualTo(MembershipState.DECLINED);
    }

    @Test
    void anUpdateKeepsEachMembersAnswerInvitesNewMembersAndADeleteRemovesEverything() {
        store.insert(new InitiativeStore.Row("i1", "kent", definition("Shared", List.of("essex")), "p", T0, "p", T0));
        store.decide("i1", "essex", MembershipState.ACCEPTED, "planner.essex", T0);
        assertThat(store.update("i1", definition("Shared", List.of("essex", "surrey", "kent")), "q", T0.plusDays(1)))
                .isTrue();
        assertThat(store.members("i1")).extracting(InitiativeStore.Member::forceId, InitiativeStore.Member::state,
                        InitiativeStore.Member::invitedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("essex", MembershipState.ACCEPTED, "p"),
                        org.assertj.core.groups.Tuple.tuple("surrey", MembershipState.INVITED, "q"));
        assertThat(store.visibleTo("surrey")).isEmpty();

        assertThat(store.update("i1", definition("Shared", List.of("surrey")), "q", T0.plusDays(2))).isTrue();
        assertThat(store.visibleTo("essex")).isEmpty();
        assertThat(store.member("i1", "essex")).isEmpty();
        assertThat(store.find("i1").orElseThrow().updatedBy()).isEqualTo("q");
        assertThat(store.update("nope", definition("X", List.of()), "q", T0)).isFalse();
        assertThat(store.delete("i1")).isTrue();
        assertThat(store.find("i1")).isEmpty();
        assertThat(store.members("i1")).isEmpty();
        assertThat(store.invitationsFor("surrey")).isEmpty();
    }
}
