package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;
import org.lumbosim.result.SupportReaction;
import org.lumbosim.result.WholeBodyBalance;

/**
 * Checks shared by the tests of the contacts inside the body ({@link Support#HANDS_ON_THIGHS},
 * {@link Support#TRUNK_ON_THIGHS}): a force between two parts of the body leaves the whole body's
 * reactions as they were without it, and keeps the physics of a symmetric task.
 */
final class InternalContactChecks {
    private InternalContactChecks() {
    }

    /**
     * @param p a posture (not modified)
     * @param gone a support to take away
     * @return {@code p} without {@code gone}
     */
    static Posture without(Posture p, Support gone) {
        Set<Support> s = EnumSet.copyOf(p.supports());
        s.remove(gone);
        return p.withSupports(s);
    }

    /**
     * Asserts that with {@code contact} the whole body balances, its supports carry its weight, the
     * contact is not listed among the whole body's reactions, and every reaction carries exactly what
     * it carries without the contact.
     *
     * @param subject the subject
     * @param p a posture with {@code contact}
     * @param contact a contact inside the body
     */
    static void assertWholeBodyReactionsUnchanged(Subject subject, Posture p, Support contact) {
        assertThat(p.has(contact)).as("the posture has %s", contact).isTrue();
        WholeBodyBalance on = Lumbosim.analyze(subject, p, List.of()).balance();
        WholeBodyBalance off = Lumbosim.analyze(subject, without(p, contact), List.of()).balance();
        assertThat(on.forceResidualN()).isLessThan(1e-6);
        assertThat(on.momentResidualNm()).isLessThan(1e-6);
        assertThat(on.totalVerticalReactionN()).isCloseTo(on.bodyWeightN(), within(1e-6));
        assertThat(on.reactions()).hasSameSizeAs(off.reactions());
        for (int i = 0; i < on.reactions().size(); i++) {
            SupportReaction a = on.reactions().get(i);
            SupportReaction b = off.reactions().get(i);
            assertThat(a.support()).isNotEqualTo(contact).isEqualTo(b.support());
            assertThat(a.forceYN()).as(a.contact()).isCloseTo(b.forceYN(), within(1e-9));
        }
    }

    /**
     * Asserts the physics of a solved symmetric task with a contact inside the body: the whole body and
     * every level balance to round-off, the supports carry the body's weight, no muscle pulls with a
     * negative force, and no level has a lateral shear or lateral moment.
     *
     * @param r the result of a mirror-symmetric task
     * @param what the task, for messages
     */
    static void assertSymmetricPhysics(AnalysisResult r, String what) {
        WholeBodyBalance b = r.balance();
        assertThat(b.forceResidualN()).as(what).isLessThan(1e-6);
        assertThat(b.momentResidualNm()).as(what).isLessThan(1e-6);
        assertThat(b.totalVerticalReactionN()).as(what).isCloseTo(b.bodyWeightN(), within(1e-6));
        assertThat(r.equilibriumResidualNm()).as(what).isLessThan(1e-6);
        for (MuscleForce f : r.muscles()) {
            assertThat(f.forceN()).as("%s: %s", what, f.name()).isGreaterThanOrEqualTo(0);
        }
        for (LevelLoad l : r.levels()) {
            assertThat(l.lateralShearN()).as("%s: %s", what, l.level().label()).isCloseTo(0, within(1e-6));
            assertThat(l.lateralMomentNm()).as("%s: %s", what, l.level().label()).isCloseTo(0, within(1e-6));
        }
    }
}
