package uk.beacon.governance.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.beacon.platform.Role;

/**
 * A step of the review workflow: the states it may be taken from, the state it leads to, the roles that
 * may take it, and whether it needs a reason.
 */
public enum Action {
    SUBMIT("submit", "Submit for review", EnumSet.of(State.DRAFT, State.CHANGES_REQUESTED), State.SUBMITTED,
            EnumSet.of(Role.PLANNER), false),
    START_REVIEW("start-review", "Start the review", EnumSet.of(State.SUBMITTED), State.IN_REVIEW,
            EnumSet.of(Role.REVIEWER), false),
    REQUEST_CHANGES("request-changes", "Ask for changes", EnumSet.of(State.IN_REVIEW), State.CHANGES_REQUESTED,
            EnumSet.of(Role.REVIEWER, Role.APPROVER), true),
    APPROVE("approve", "Approve", EnumSet.of(State.IN_REVIEW), State.APPROVED, EnumSet.of(Role.APPROVER), false),
    REJECT("reject", "Reject", EnumSet.of(State.IN_REVIEW), State.REJECTED, EnumSet.of(Role.APPROVER), true),
    PUBLISH("publish", "Publish", EnumSet.of(State.APPROVED), State.PUBLISHED,
            EnumSet.of(Role.PLANNER, Role.APPROVER), false),
    WITHDRAW("withdraw", "Withdraw from the register", EnumSet.of(State.PUBLISHED), State.WITHDRAWN,
            EnumSet.of(Role.PLANNER, Role.APPROVER), true);

    private final String code;
    private final String label;
    private final Set<State> from;
    private final State to;
    private final Set<Role> roles;
    private final boolean needsReason;

    Action(String code, String label, Set<State> from, State to, Set<Role> roles, boolean needsReason) {
        this.code = code;
        this.label = label;
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.needsReason = needsReason;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Set<State> from() {
        return from;
    }

    public State to() {
        return to;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean needsReason() {
        return needsReason;
    }

    /** A decision on the record: nobody takes one on a record they wrote any part of. */
    public boolean isDecision() {
        return this == APPROVE || this == REJECT;
    }

    public static Optional<Action> of(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst();
    }
}
