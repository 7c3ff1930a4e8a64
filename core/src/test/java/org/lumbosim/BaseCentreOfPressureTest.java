package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * Found by {@link CornerPropertiesTest} (audit of 2026-12-07): a seated posture also resting on a lying
 * surface leaves the seat's resultant a push of about 1 N against a moment, so its centre of pressure
 * lies 8.4 m behind the disc. {@link Lumbosim#analyze} then failed with the {@link PositionM} check of an
 * input, {@code ParameterOutOfRangeException: xM = -8.36 m is outside the model's valid range [-3.0, 3.0]
 * m}, naming a coordinate the caller never gave. A base beyond reach is a {@link BaseOutOfReachException}
 * (an {@link UnsupportedPostureException}) naming the base's centre of pressure, its distance and the reach
 * allowed; a resultant within reach is reported as before. Since the base resultant is checked against its
 * contacts' region (tenth session, {@link BaseResultantCheckTest}) that seated case is refused earlier, by the
 * workspace ({@link BaseOutsideContactsException}); a base beyond reach remains possible for a posture without
 * supports, whose base is not checked against a region (none is declared).
 */
class BaseCentreOfPressureTest {
    /** The seated case (rounded) that the corner property drew. */
    static final Subject SUBJECT = new Subject(Sex.MALE, 1.85, 35, 58);
    static final Posture POSTURE = new Posture(33.46, 23.12, 0.55, 8.84, 114.35, 14.21, 44.5, 77.08, 9.86,
            Set.of(Support.SEAT, Support.BACKREST, Support.LYING_SURFACE, Support.KNEES, Support.ARMRESTS,
                    Support.HANDS_ON_THIGHS));
    static final List<HandLoad> LOADS = List.of(new HandLoad(6.92, -50, 0, 0, Hands.RIGHT, null));

    @Test
    void aBaseResultantBeyondReachIsAnUnsupportedPostureNamingIt() {
        // no supports, arms forward, pulled up by 620 N and forward by 100 N: the base pushes 66.5 N 3.3 m behind
        Posture free = new Posture(0, 0, 0, 0, 0, 0, 90, 0, 0, Set.of());
        List<HandLoad> pull = List.of(new HandLoad(0, 100, 620, 0, Hands.BOTH, null));
        Subject subject = Subject.defaultSubject();
        BaseOutOfReachException e = assertThrows(BaseOutOfReachException.class,
                () -> Lumbosim.analyze(subject, free, pull));
        assertThat(e.reason()).startsWith("base centre of pressure: the lower contacts' resultant (66.5 N up)")
                .contains("would act at [-3.2").endsWith("(at most 3.0 m allowed, the model's reach), outside any contact");
        assertThat(e.support()).isEmpty();
        assertThat(e.distanceM()).isGreaterThan(PositionM.MAX_ABS_M);
        assertThat(e.getMessage()).startsWith("the supports [] cannot hold the body: base centre of pressure");
        // the workspace's numbers are unchanged: the model solved it, with the resultant 3.3 m away
        LumbarModel m = LumbarModel.of(subject);
        Workspace ws = m.newWorkspace();
        m.solve(free, pull, ws);
        assertThat(ws.baseResultant()).isTrue();
        int base = ws.supportReactionCount() - 1;
        assertThat(ws.supportReactionSide(base)).isNegative();
        assertThat(Math.abs(ws.supportReactionPointM(base, 0))).isGreaterThan(PositionM.MAX_ABS_M);
    }

    @Test
    void theSeatedCaseIsNowRefusedByTheWorkspace() {
        LumbarModel m = LumbarModel.of(SUBJECT);
        Workspace ws = m.newWorkspace();
        m.solve(POSTURE, LOADS, ws);
        assertThat(ws.solved()).isFalse();
        assertThat(ws.baseOutsideContactsM()).isGreaterThan(PositionM.MAX_ABS_M);
        assertThrows(BaseOutsideContactsException.class, () -> Lumbosim.analyze(SUBJECT, POSTURE, LOADS));
    }

    @Test
    void aBaseResultantWithinReachIsReportedAsBefore() {
        // the same posture and load without the lying surface: the seat and knees carry the body
        Posture seated = POSTURE.withSupports(Set.of(Support.SEAT, Support.BACKREST, Support.KNEES, Support.ARMRESTS,
                Support.HANDS_ON_THIGHS));
        LumbarModel m = LumbarModel.of(SUBJECT);
        Workspace ws = m.newWorkspace();
        m.solve(seated, LOADS, ws);
        if (ws.solved()) {
            assertThat(Lumbosim.toResult(ws, seated, LOADS).balance().reactions()).isNotEmpty();
        }
        assertThat(Lumbosim.analyze(SUBJECT, Posture.uprightStanding(), List.of()).balance().reactions())
                .anySatisfy(r -> assertThat(r.support()).isEqualTo(Support.FEET));
    }
}
