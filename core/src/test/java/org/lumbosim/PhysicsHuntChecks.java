package org.lumbosim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Fascicle;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;

/**
 * The checks of {@link PhysicsHuntPropertyTest}, each returning the violations it found as lines of text
 * (empty when the property held); every check solves fresh workspaces, so the checks are independent.
 */
final class PhysicsHuntChecks {
    /** Largest accepted moment residual at any level (N·m); the solver stops at 1e-9 N·m. */
    static final double RESIDUAL_NM = 1e-6;
    /** Largest accepted whole-body residual as a share of body weight (forces N, moments N·m). */
    static final double WHOLE_BODY_REL = 1e-9;
    /** Relative tolerance (floor 1 N) between iterative solves of mirrored or reordered inputs. */
    static final double SOLVER_REL = 1e-6;
    /**
     * Relative tolerance (floor 1 N) of the mirror comparison: min-max recruitment's bisection stops within
     * 1e-6 of the stress, and mirrored min-max solves differed by up to 2.6e-6 (1.6e-5 N of lateral shear).
     */
    static final double MIRROR_REL = 1e-5;
    /** Largest accepted change of any disc load for a 1e-6 deg change of one angle (N). */
    static final double CONTINUITY_N = 0.5;

    private PhysicsHuntChecks() {
    }

    /** The outcome of one solve: a result, or the exception thrown. */
    record Outcome(AnalysisResult result, RuntimeException failure) {
        boolean ok() {
            return result != null;
        }

        String kind() {
            return result != null ? "result" : failure.getClass().getSimpleName();
        }
    }

    static Outcome solve(LumbarModel model, Posture p, List<HandLoad> loads) {
        try {
            return new Outcome(Lumbosim.analyze(model, p, loads), null);
        } catch (RuntimeException e) {
            return new Outcome(null, e);
        }
    }

    /** Whether a solve ended "did not converge" (a plain {@link LumbosimException}, not one of its subtypes). */
    static boolean notConverged(Outcome o) {
        return !o.ok() && o.failure().getClass() == LumbosimException.class;
    }

    /** Whether a failure is one of the library's typed refusals. */
    static boolean typed(RuntimeException e) {
        return e instanceof LumbosimException || e instanceof ParameterOutOfRangeException
                || e instanceof IncompatibleSupportsException || e instanceof LoadInRestingHandException;
    }

    /**
     * Finite results or a typed exception; residuals near round-off; muscle forces within [0, the stress
     * the model allows (or, overloaded, the stress the task required)]; every value finite; the workspace
     * path (fresh workspace) and a second solve bitwise equal to the facade; a frame of three identical
     * postures with no acceleration bitwise equal to the static solve.
     */
    static List<String> everySolve(PhysicsHunt.Task t, Consumer<Outcome> seen) {
        List<String> v = new ArrayList<>();
        LumbarModel model = t.model();
        Outcome o = solve(model, t.posture(), t.loads());
        seen.accept(o);
        if (!o.ok()) {
            if (!typed(o.failure())) {
                v.add("untyped " + o.failure() + " for " + t);
            } else if (o.failure().getMessage() == null || o.failure().getMessage().isBlank()) {
                v.add("typed failure without a message " + o.failure().getClass() + " for " + t);
            } else if (o.failure().getMessage().contains("NaN")) {
                v.add("failure message with NaN: " + o.failure().getMessage() + " for " + t);
            }
            Outcome again = solve(model, t.posture(), t.loads());
            if (again.ok() || !again.failure().getClass().equals(o.failure().getClass())) {
                v.add("second solve differs: " + o.kind() + " then " + again.kind() + " for " + t);
            }
            return v;
        }
        AnalysisResult r = o.result();
        double bw = model.bodyWeightN();
        if (!(r.equilibriumResidualNm() <= RESIDUAL_NM)) {
            v.add("equilibrium residual " + r.equilibriumResidualNm() + " N·m for " + t);
        }
        if (!(r.balance().forceResidualN() <= WHOLE_BODY_REL * bw)
                || !(r.balance().momentResidualNm() <= WHOLE_BODY_REL * bw)) {
            v.add("whole-body residual " + r.balance().forceResidualN() + " N, " + r.balance().momentResidualNm()
                    + " N·m (body weight " + bw + " N) for " + t);
        }
        double stressPa = r.overloaded() ? r.largestMuscleStressMPa() * 1e6 : model.tissueParameters().maxMuscleStressPa();
        List<Fascicle> f = model.fascicles();
        for (int i = 0; i < f.size(); i++) {
            MuscleForce m = r.muscles().get(i);
            if (!(m.forceN() >= 0)) {
                v.add("negative muscle force " + m.name() + " " + m.forceN() + " N for " + t);
            }
            if (!(m.forceN() <= stressPa * f.get(i).pcsaM2() * (1 + 1e-9))) {
                v.add("muscle " + m.name() + " " + m.forceN() + " N above " + stressPa * f.get(i).pcsaM2() + " N"
                        + (r.overloaded() ? " (overloaded)" : "") + " for " + t);
            }
        }
        for (LevelLoad l : r.levels()) {
            double[] all = {l.compressionN(), l.apShearN(), l.lateralShearN(), l.idpMPa(), l.flexionMomentNm(),
                    l.lateralMomentNm(), l.axialMomentNm(), l.passiveMomentNm()};
            for (double x : all) {
                if (!Double.isFinite(x)) {
                    v.add("non-finite load at " + l + " for " + t);
                    break;
                }
            }
        }
        if (!Double.isFinite(r.iapForceN()) || !Double.isFinite(r.backrestForceN())) {
            v.add("non-finite iap/backrest " + r.iapForceN() + " " + r.backrestForceN() + " for " + t);
        }
        Workspace ws = model.newWorkspace();
        model.solve(t.posture(), t.loads(), ws);
        for (SpinalLevel level : SpinalLevel.values()) {
            if (!same(ws.compressionN(level), r.level(level).compressionN())
                    || !same(ws.apShearN(level), r.level(level).apShearN())
                    || !same(ws.lateralShearN(level), r.level(level).lateralShearN())) {
                v.add("workspace differs from facade at " + level.label() + " for " + t);
                break;
            }
        }
        for (int axis = 0; axis < 3; axis++) {
            if (!(Math.abs(ws.wholeBodyResidualForceN(axis)) <= WHOLE_BODY_REL * bw)
                    || !(Math.abs(ws.wholeBodyResidualMomentNm(axis)) <= WHOLE_BODY_REL * bw)) {
                v.add("workspace whole-body residual axis " + axis + ": " + ws.wholeBodyResidualForceN(axis) + " N, "
                        + ws.wholeBodyResidualMomentNm(axis) + " N·m for " + t);
            }
        }
        Outcome again = solve(model, t.posture(), t.loads());
        if (!again.ok() || !sameLoads(r, again.result())) {
            v.add("second solve differs (" + again.kind() + ") for " + t);
        }
        Workspace frame = model.newWorkspace();
        try {
            model.solveFrame(t.posture(), t.posture(), t.posture(), 0.01, new double[3], t.loads(), frame);
            for (SpinalLevel level : SpinalLevel.values()) {
                if (!same(frame.compressionN(level), r.level(level).compressionN())
                        || !same(frame.apShearN(level), r.level(level).apShearN())
                        || !same(frame.lateralShearN(level), r.level(level).lateralShearN())) {
                    v.add("static frame differs from the static solve at " + level.label() + ": "
                            + frame.compressionN(level) + " vs " + r.level(level).compressionN() + " N for " + t);
                    break;
                }
            }
        } catch (RuntimeException e) {
            v.add("static frame throws " + e + " for " + t);
        }
        return v;
    }

    static boolean same(double a, double b) {
        return Double.doubleToLongBits(a) == Double.doubleToLongBits(b);
    }

    static boolean sameLoads(AnalysisResult a, AnalysisResult b) {
        for (SpinalLevel level : SpinalLevel.values()) {
            LevelLoad x = a.level(level);
            LevelLoad y = b.level(level);
            if (!same(x.compressionN(), y.compressionN()) || !same(x.apShearN(), y.apShearN())
                    || !same(x.lateralShearN(), y.lateralShearN()) || !same(x.idpMPa(), y.idpMPa())) {
                return false;
            }
        }
        for (int i = 0; i < a.muscles().size(); i++) {
            if (!same(a.muscles().get(i).forceN(), b.muscles().get(i).forceN())) {
                return false;
            }
        }
        return true;
    }

    /** |a - b| / max(|a|, |b|, 1). */
    static double rel(double a, double b) {
        return TestArbitraries.relDiff(a, b);
    }

    /**
     * The mirror image (bend, twist, roll negated; loads in the other hand, sideways force and point negated)
     * has the same outcome; where solved, equal compression and AP shear and opposite lateral shear,
     * lateral and axial moments at every level ({@link #MIRROR_REL}).
     */
    static List<String> mirror(PhysicsHunt.Task t, Consumer<Outcome> seen) {
        List<String> v = new ArrayList<>();
        LumbarModel model = t.model();
        Outcome a = solve(model, t.posture(), t.loads());
        Outcome b = solve(model, PhysicsHunt.mirrored(t.posture()), PhysicsHunt.mirrored(t.loads()));
        seen.accept(a);
        if (a.ok() != b.ok() || !a.ok() && !a.failure().getClass().equals(b.failure().getClass())) {
            v.add("mirror outcome " + a.kind() + " vs " + b.kind() + " for " + t
                    + (a.ok() ? " [mirror: " + b.failure().getMessage() + "]" : "")
                    + (b.ok() ? " [task: " + a.failure().getMessage() + "]" : ""));
            return v;
        }
        if (!a.ok()) {
            return v;
        }
        for (SpinalLevel level : SpinalLevel.values()) {
            LevelLoad x = a.result().level(level);
            LevelLoad y = b.result().level(level);
            double worst = Math.max(Math.max(rel(x.compressionN(), y.compressionN()), rel(x.apShearN(), y.apShearN())),
                    Math.max(rel(x.lateralShearN(), -y.lateralShearN()),
                            Math.max(rel(x.lateralMomentNm(), -y.lateralMomentNm()),
                                    rel(x.axialMomentNm(), -y.axialMomentNm()))));
            if (worst > MIRROR_REL) {
                v.add("mirror at " + level.label() + ": " + x + " vs " + y + " (" + worst + "), overloaded "
                        + a.result().overloaded() + "/" + b.result().overloaded() + " for " + t);
            }
        }
        return v;
    }

    /** A mirror-symmetric task has no lateral shear, lateral or axial moment at any level. */
    static List<String> symmetric(PhysicsHunt.Task t0, Consumer<Outcome> seen) {
        List<String> v = new ArrayList<>();
        PhysicsHunt.Task t = PhysicsHunt.symmetric(t0);
        Outcome a = solve(t.model(), t.posture(), t.loads());
        seen.accept(a);
        if (!a.ok()) {
            return v;
        }
        for (LevelLoad l : a.result().levels()) {
            if (Math.abs(l.lateralShearN()) > 1e-6 || Math.abs(l.lateralMomentNm()) > 1e-6
                    || Math.abs(l.axialMomentNm()) > 1e-6) {
                v.add("symmetric task with lateral loads at " + l + " for " + t);
            }
        }
        return v;
    }

    /**
     * More mass in both hands held at least 5 cm in front of every disc of a forward-bent body never lowers
     * compression at any level (1e-9 relative, floor 1 N); {@code masses} are the two masses.
     */
    static List<String> moreMass(PhysicsHunt.Task t, double m1, double m2, Consumer<Outcome> seen) {
        List<String> v = new ArrayList<>();
        LumbarModel model = t.model();
        Outcome heavy = solve(model, t.posture(), List.of(HandLoad.ofMassKg(m2)));
        seen.accept(heavy);
        if (!heavy.ok() || !gripsInFront(heavy.result(), 0.05)) {
            return null;
        }
        Outcome light = solve(model, t.posture(), List.of(HandLoad.ofMassKg(m1)));
        if (!light.ok()) {
            v.add("lighter load fails (" + light.failure() + ") where " + m2 + " kg solves, " + t);
            return v;
        }
        for (SpinalLevel level : SpinalLevel.values()) {
            double c1 = light.result().level(level).compressionN();
            double c2 = heavy.result().level(level).compressionN();
            if (c2 - c1 < -1e-9 * Math.max(1, Math.abs(c1))) {
                v.add("more mass, less compression at " + level.label() + ": " + m1 + " kg " + c1 + " N, " + m2 + " kg "
                        + c2 + " N, overloaded " + light.result().overloaded() + "/" + heavy.result().overloaded()
                        + " for " + t);
            }
        }
        return v;
    }

    /**
     * A mass held at a point further forward (same height, in the mid-plane, at least 5 cm in front of every
     * disc) of a forward-bent body never gives less compression at any level. {@code d1 < d2} are the
     * distances ahead of the grips' midpoint.
     */
    static List<String> furtherForward(PhysicsHunt.Task t, double massKg, double d1, double d2,
                                       Consumer<Outcome> seen) {
        List<String> v = new ArrayList<>();
        LumbarModel model = t.model();
        Outcome atGrips = solve(model, t.posture(), List.of(HandLoad.ofMassKg(massKg)));
        seen.accept(atGrips);
        if (!atGrips.ok()) {
            return null;
        }
        PositionM l = atGrips.result().pose().landmarks().get(Landmark.GRIP_LEFT);
        PositionM r = atGrips.result().pose().landmarks().get(Landmark.GRIP_RIGHT);
        double x = (l.xM() + r.xM()) / 2;
        double y = (l.yM() + r.yM()) / 2;
        double discX = atGrips.result().pose().discCentres().stream().mapToDouble(PositionM::xM).max().orElseThrow();
        if (x + d1 < discX + 0.05 || Math.abs(x + d2) > PositionM.MAX_ABS_M || Math.abs(y) > PositionM.MAX_ABS_M) {
            return null;
        }
        Outcome near = solve(model, t.posture(), List.of(HandLoad.ofMassKg(massKg).atPositionM(new PositionM(x + d1, y, 0))));
        Outcome far = solve(model, t.posture(), List.of(HandLoad.ofMassKg(massKg).atPositionM(new PositionM(x + d2, y, 0))));
        if (!far.ok()) {
            return null;
        }
        if (!near.ok()) {
            v.add("nearer load fails (" + near.failure() + ") where the farther solves, " + massKg + " kg at " + d1
                    + "/" + d2 + " m ahead, " + t);
            return v;
        }
        for (SpinalLevel level : SpinalLevel.values()) {
            double c1 = near.result().level(level).compressionN();
            double c2 = far.result().level(level).compressionN();
            if (c2 - c1 < -1e-9 * Math.max(1, Math.abs(c1))) {
                v.add("further forward, less compression at " + level.label() + ": " + d1 + " m " + c1 + " N, " + d2
                        + " m " + c2 + " N, " + massKg + " kg, overloaded " + near.result().overloaded() + "/"
                        + far.result().overloaded() + " for " + t);
            }
        }
        return v;
    }

    static boolean gripsInFront(AnalysisResult r, double marginM) {
        double gripX = Math.min(r.pose().landmarks().get(Landmark.GRIP_LEFT).xM(),
                r.pose().landmarks().get(Landmark.GRIP_RIGHT).xM());
        double discX = r.pose().discCentres().stream().mapToDouble(PositionM::xM).max().orElseThrow();
        return gripX >= discX + marginM;
    }

    /**
     * The continuity property's check of a task and its nudged copy: where both are solved and neither is overloaded,
     * no compression, AP or lateral shear at any level changes by more than {@link #CONTINUITY_N}.
     *
     * @return whether the pair was checked (both solved, neither overloaded)
     */
    static boolean assertLoadsClose(Outcome a, Outcome b) {
        if (!a.ok() || !b.ok() || a.result().overloaded() || b.result().overloaded()) {
            return false;
        }
        for (SpinalLevel l : SpinalLevel.values()) {
            double d = Math.max(Math.abs(a.result().level(l).compressionN() - b.result().level(l).compressionN()),
                    Math.max(Math.abs(a.result().level(l).apShearN() - b.result().level(l).apShearN()),
                            Math.abs(a.result().level(l).lateralShearN() - b.result().level(l).lateralShearN())));
            assertThat(d).as("largest load change at %s (N): %s -> %s", l.label(), a.result().level(l),
                    b.result().level(l)).isLessThanOrEqualTo(CONTINUITY_N);
        }
        return true;
    }

    /**
     * The discs carry compression only: no level of a solved or overloaded result has a negative compression.
     *
     * @param r the result
     * @param task what was solved, named in a failure
     */
    static void assertNoDiscInTension(AnalysisResult r, Object task) {
        for (SpinalLevel l : SpinalLevel.values()) {
            assertThat(r.level(l).compressionN()).as("%s compression for %s", l.label(), task)
                    .isGreaterThanOrEqualTo(0.0);
        }
    }
}
