package uk.beacon.governance.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.beacon.platform.Role;

/**
 * The review workflow's rules: whether a person may take an action on a record in a state. The person's
 * membership of the owning force is checked before; this decides on roles, state and authorship.
 */
public final class Workflow {

    /** Why an action is refused; {@code null} from {@link #refusal} when it is allowed. */
    public enum Refusal {
        /** The person holds none of the roles that may take the action (403). */
        ROLE,
        /** The record's state does not allow the action (409). */
        STATE,
        /** The person wrote part of the record and the action is a decision on it (403). */
        OWN_WORK,
        /** The action needs a reason and none was given (400). */
        NO_REASON
    }

    /** Who may change a record's fields. */
    public static final Set<Role> FIELD_WRITERS = EnumSet.of(Role.PLANNER);
    /** Who may write a record's DPIA and ethics review. */
    public static final Set<Role> REVIEW_WRITERS = EnumSet.of(Role.PLANNER, Role.REVIEWER);

    private static final Set<State> FIELDS_CHANGE = EnumSet.of(State.DRAFT, State.CHANGES_REQUESTED,
            State.PUBLISHED);
    private static final Set<State> REVIEWS_CHANGE = EnumSet.of(State.DRAFT, State.CHANGES_REQUESTED,
            State.SUBMITTED, State.IN_REVIEW, State.PUBLISHED);

    private Workflow() {
    }

    /**
     * Whether the person may change the record's fields: {@link Refusal#ROLE} unless a planner, then
     * {@link Refusal#STATE} unless the record is a draft, sent back for changes, or published (which changes
     * through a new version).
     */
    public static Refusal fieldChangeRefusal(State state, Set<Role> roles) {
        return refusal(FIELD_WRITERS, FIELDS_CHANGE, state, roles);
    }

    /**
     * Whether the person may write the record's DPIA and ethics review: {@link Refusal#ROLE} unless a planner or
     * reviewer, then {@link Refusal#STATE} once the record is decided on (approved, rejected) or withdrawn; a
     * published record's reviews change through a new version.
     */
    public static Refusal reviewWriteRefusal(State state, Set<Role> roles) {
        return refusal(REVIEW_WRITERS, REVIEWS_CHANGE, state, roles);
    }

    /** Whether a change in this state first starts a new draft version, the published one staying public. */
    public static boolean changeStartsNewVersion(State state) {
        return state == State.PUBLISHED;
    }

    private static Refusal refusal(Set<Role> writers, Set<State> open, State state, Set<Role> roles) {
        if (roles.stream().noneMatch(writers::contains)) {
            return Refusal.ROLE;
        }
        return open.contains(state) ? null : Refusal.STATE;
    }

    /**
     * Whether the person may take the action: the role first (someone who may never take it is told so,
     * whatever the state), then the state, then authorship, then the reason.
     */
    public static Refusal refusal(Action action, State state, Set<Role> roles, String username,
            Set<String> authors, String reason) {
        if (roles.stream().noneMatch(action.roles()::contains)) {
            return Refusal.ROLE;
        }
        if (!action.from().contains(state)) {
            return Refusal.STATE;
        }
        if (action.isDecision() && authors.contains(username)) {
            return Refusal.OWN_WORK;
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            return Refusal.NO_REASON;
        }
        return null;
    }

    /** The actions the person may take now (a reason aside), in workflow order: what a page offers. */
    public static List<Action> allowed(State state, Set<Role> roles, String username, Set<String> authors) {
        return Arrays.stream(Action.values())
                .filter(action -> {
                    Refusal refusal = refusal(action, state, roles, username, authors, "reason");
                    return refusal == null;
                })
                .toList();
    }
}
