package uk.beacon.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
}
