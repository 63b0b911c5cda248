package uk.beacon.portfolio.domain.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.beacon.portfolio.domain.initiatives.MembershipState.ACCEPTED;
import static uk.beacon.portfolio.domain.initiatives.MembershipState.DECLINED;
import static uk.beacon.portfolio.domain.initiatives.MembershipState.INVITED;
import static uk.beacon.portfolio.domain.initiatives.MembershipState.Decision.ACCEPT;
import static uk.beacon.portfolio.domain.initiatives.MembershipState.Decision.DECLINE;

import org.junit.jupiter.api.Test;

class MembershipStateTest {

    @Test
    void onlyAnInvitationCanBeAcceptedAndAnythingButADeclineCanBeDeclined() {
        assertThat(INVITED.after(ACCEPT)).contains(ACCEPTED);
        assertThat(INVITED.after(DECLINE)).contains(DECLINED);
        assertThat(ACCEPTED.after(DECLINE)).contains(DECLINED);
        assertThat(ACCEPTED.after(ACCEPT)).isEmpty();
        assertThat(DECLINED.after(ACCEPT)).isEmpty();
        assertThat(DECLINED.after(DECLINE)).isEmpty();
    }

    @Test
    void onlyAnAcceptedMemberSeesTheInitiative() {
        assertThat(ACCEPTED.visibleToMember()).isTrue();
        assertThat(INVITED.visibleToMember()).isFalse();
        assertThat(DECLINED.visibleToMember()).isFalse();
    }

    @Test
    void aDecisionIsAcceptOrDeclineAndNothingElse() {
        assertThat(MembershipState.Decision.parse(" Accept ")).contains(ACCEPT);
        assertThat(MembershipState.Decision.parse("decline")).contains(DECLINE);
        assertThat(MembershipState.Decision.parse("accepted")).isEmpty();
        assertThat(MembershipState.Decision.parse("")).isEmpty();
        assertThat(MembershipState.Decision.parse(null)).isEmpty();
    }

    @Test
    void theCodeIsTheLowerCaseNameBothWays() {
        for (MembershipState state : MembershipState.values()) {
            assertThat(MembershipState.ofCode(state.code())).isEqualTo(state);
        }
        assertThat(INVITED.code()).isEqualTo("invited");
    }
}
