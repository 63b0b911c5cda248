package uk.beacon.portfolio.domain.initiatives;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a force stands in a consortium initiative another force owns. The owner invites; only the member force's
 * planner accepts or declines. A member sees the initiative only while {@link #ACCEPTED}; declining is how it
 * refuses an invitation or leaves, and it takes a new invitation (the owner removes and adds the force again) to
 * join after that.
 */
public enum MembershipState {
    INVITED, ACCEPTED, DECLINED;

    /** What a member force's planner may decide about an invitation or membership. */
    public enum Decision {
        ACCEPT, DECLINE;

        /** The decision named {@code accept} or {@code decline} (any case), or empty for anything else. */
        public static Optional<Decision> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "accept" -> Optional.of(ACCEPT);
                case "decline" -> Optional.of(DECLINE);
                default -> Optional.empty();
            };
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The name in the API and the database: {@code invited}, {@code accepted} or {@code declined}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MembershipState ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean visibleToMember() {
        return this == ACCEPTED;
    }

    /**
     * The state after the decision, or empty when this state does not allow it: only an invitation can be accepted
     * (a declined force needs a new invitation), and an invitation or a membership can be declined.
     */
    public Optional<MembershipState> after(Decision decision) {
        return switch (decision) {
            case ACCEPT -> this == INVITED ? Optional.of(ACCEPTED) : Optional.empty();
            case DECLINE -> this == DECLINED ? Optional.empty() : Optional.of(DECLINED);
        };
    }
}
