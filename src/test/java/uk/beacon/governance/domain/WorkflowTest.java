package uk.beacon.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.beacon.platform.Role;

class WorkflowTest {

    private static final Set<String> AUTHORS = Set.of("planner.kent");

    @Test
    void theHappyPathTakesOneRoleAtEachStep() {
        assertThat(Workflow.refusal(Action.SUBMIT, State.DRAFT, Set.of(Role.PLANNER), "planner.kent", AUTHORS, null))
                .isNull();
        assertThat(Workflow.refusal(Action.START_REVIEW, State.SUBMITTED, Set.of(Role.REVIEWER), "reviewer.kent",
                AUTHORS, null)).isNull();
        assertThat(Workflow.refusal(Action.APPROVE, State.IN_REVIEW, Set.of(Role.APPROVER), "approver.kent", AUTHORS,
                null)).isNull();
        assertThat(Workflow.refusal(Action.PUBLISH, State.APPROVED, Set.of(Role.PLANNER), "planner.kent", AUTHORS,
                null)).isNull();
        assertThat(Workflow.refusal(Action.WITHDRAW, State.PUBLISHED, Set.of(Role.APPROVER), "approver.kent", AUTHORS,
                "ended")).isNull();
    }

    @Test
    void theRoleIsCheckedBeforeTheStateAndAuthorshipAfterIt() {
        assertThat(Workflow.refusal(Action.APPROVE, State.DRAFT, Set.of(Role.PLANNER), "planner.kent", AUTHORS, null))
                .isEqualTo(Workflow.Refusal.ROLE);
        assertThat(Workflow.refusal(Action.APPROVE, State.DRAFT, Set.of(Role.APPROVER), "planner.kent", AUTHORS, null))
                .isEqualTo(Workflow.Refusal.STATE);
        assertThat(Workflow.refusal(Action.APPROVE, State.IN_REVIEW, Set.of(Role.APPROVER, Role.PLANNER),
                "planner.kent", AUTHORS, null)).isEqualTo(Workflow.Refusal.OWN_WORK);
        assertThat(Workflow.refusal(Action.REJECT, State.IN_REVIEW, Set.of(Role.APPROVER), "approver.kent", AUTHORS,
                " ")).isEqualTo(Workflow.Refusal.NO_REASON);
        assertThat(Workflow.refusal(Action.PUBLISH, State.IN_REVIEW, Set.of(Role.APPROVER), "approver.kent", AUTHORS,
                null)).isEqualTo(Workflow.Refusal.STATE);
    }

    @Test
    void aPageOffersOnlyTheStepsThePersonMayTakeNow() {
        assertThat(Workflow.allowed(State.IN_REVIEW, Set.of(Role.APPROVER), "approver.kent", AUTHORS))
                .containsExactly(Action.REQUEST_CHANGES, Action.APPROVE, Action.REJECT);
        assertThat(Workflow.allowed(State.IN_REVIEW, Set.of(Role.APPROVER), "planner.kent", AUTHORS))
                .containsExactly(Action.REQUEST_CHANGES);
        assertThat(Workflow.allowed(State.WITHDRAWN, Set.of(Role.values()), "x", AUTHORS)).isEmpty();
    }

    @Test
    void aPlannerChangesTheFieldsOfADraftOrARecordSentBackInPlaceAndOfAPublishedOneThroughANewVersion() {
        Set<State> open = Stream.of(State.values())
                .filter(state -> Workflow.fieldChangeRefusal(state, Set.of(Role.PLANNER)) == null)
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(State.class)));
        assertThat(open).containsExactlyInAnyOrder(State.DRAFT, State.CHANGES_REQUESTED, State.PUBLISHED);
        assertThat(Workflow.fieldChangeRefusal(State.IN_REVIEW, Set.of(Role.PLANNER)))
                .isEqualTo(Workflow.Refusal.STATE);
        assertThat(Workflow.fieldChangeRefusal(State.WITHDRAWN, Set.of(Role.PLANNER)))
                .isEqualTo(Workflow.Refusal.STATE);
    }

    @Test
    void onlyAPlannerChangesTheFieldsAndTheRoleIsCheckedBeforeTheState() {
        assertThat(Workflow.fieldChangeRefusal(State.DRAFT, Set.of(Role.REVIEWER, Role.APPROVER, Role.ANALYST)))
                .isEqualTo(Workflow.Refusal.ROLE);
        assertThat(Workflow.fieldChangeRefusal(State.APPROVED, Set.of(Role.REVIEWER)))
                .isEqualTo(Workflow.Refusal.ROLE);
        assertThat(Workflow.fieldChangeRefusal(State.DRAFT, Set.of())).isEqualTo(Workflow.Refusal.ROLE);
    }

    @Test
    void plannersAndReviewersWriteTheReviewsUntilADecisionAndOfAPublishedRecordThroughANewVersion() {
        for (Role writer : Set.of(Role.PLANNER, Role.REVIEWER)) {
            Set<State> open = Stream.of(State.values())
                    .filter(state -> Workflow.reviewWriteRefusal(state, Set.of(writer)) == null)
                    .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(State.class)));
            assertThat(open).containsExactlyInAnyOrder(State.DRAFT, State.CHANGES_REQUESTED, State.SUBMITTED,
                    State.IN_REVIEW, State.PUBLISHED);
        }
        assertThat(Workflow.reviewWriteRefusal(State.APPROVED, Set.of(Role.REVIEWER)))
                .isEqualTo(Workflow.Refusal.STATE);
        assertThat(Workflow.reviewWriteRefusal(State.REJECTED, Set.of(Role.PLANNER)))
                .isEqualTo(Workflow.Refusal.STATE);
        assertThat(Workflow.reviewWriteRefusal(State.WITHDRAWN, Set.of(Role.PLANNER)))
                .isEqualTo(Workflow.Refusal.STATE);
    }

    @Test
    void anApproverOrAnalystWritesNoReviewWhateverTheState() {
        assertThat(Workflow.reviewWriteRefusal(State.IN_REVIEW, Set.of(Role.APPROVER, Role.ANALYST)))
                .isEqualTo(Workflow.Refusal.ROLE);
        assertThat(Workflow.reviewWriteRefusal(State.WITHDRAWN, Set.of(Role.APPROVER)))
                .isEqualTo(Workflow.Refusal.ROLE);
    }

    @Test
    void onlyAChangeToAPublishedRecordStartsANewVersion() {
        assertThat(Stream.of(State.values()).filter(Workflow::changeStartsNewVersion))
                .containsExactly(State.PUBLISHED);
    }
}
