package uk.beacon.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.beacon.testsupport.WebTest;

/** The one access check, against the real forces and accounts. */
@WebTest
class ForceAccessTest {

    private static final SignedInUser METROPOLITAN_PLANNER = SignedInUser.of("p", "metropolitan", Role.PLANNER);
    private static final SignedInUser METROPOLITAN_ANALYST = SignedInUser.of("a", "metropolitan", Role.ANALYST);
    private static final SignedInUser CITY_PLANNER = SignedInUser.of("c", "city-of-london", Role.PLANNER);

    @Autowired
    ForceAccess access;

    @Test
    @DisplayName("404 for a force that does not exist, whoever asks")
    void unknownForce() {
        assertThatThrownBy(() -> access.requireMember("atlantis", METROPOLITAN_PLANNER))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("403 when the viewer belongs to another force, or to none")
    void anotherForce() {
        assertThatThrownBy(() -> access.requireMember("metropolitan", CITY_PLANNER))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> access.requireMember("metropolitan", null)).isInstanceOf(ForbiddenException.class);
        assertThat(access.requireMember("metropolitan", METROPOLITAN_ANALYST).id()).isEqualTo("metropolitan");
    }

    @Test
    @DisplayName("403 in the module's words when a member lacks every role that may act")
    void missingRole() {
        assertThatThrownBy(() -> access.requireRole("metropolitan", METROPOLITAN_ANALYST,
                "Only the force's planners can change this", Role.PLANNER))
                .isInstanceOf(ForbiddenException.class).hasMessage("Only the force's planners can change this");
        assertThat(access.requireRole("metropolitan", METROPOLITAN_ANALYST, "no", Role.PLANNER, Role.ANALYST).id())
                .isEqualTo("metropolitan");
        assertThat(access.memberHolds("metropolitan", METROPOLITAN_ANALYST, Role.PLANNER)).isFalse();
        assertThat(ForceAccess.isMemberWith("metropolitan", CITY_PLANNER, Role.PLANNER)).isFalse();
        assertThat(ForceAccess.isMemberWith("metropolitan", METROPOLITAN_PLANNER, Role.PLANNER)).isTrue();
    }
}
