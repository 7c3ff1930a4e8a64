package org.lumbosim.model;

import java.util.List;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;

/**
 * The one solve pipeline, for statics ({@link LumbarModel#solve}) and inverse dynamics
 * ({@link LumbarModel#solveFrame}), which differ only in the acceleration step: kinematics,
 * frame differences, external actions, net loads, muscle geometry and the passive muscles' tension, tissue loads, supports (backrest, then contacts, then the thighs' push on a trunk resting on them),
 * the hip equation and its psoas force, abdominal pressure, the lying surface's couples, recruitment, disc mechanics, whole-body balance; with the trunk resting on the thighs the
 * resting body (no hand loads) is solved first, to size the thighs' push ({@link #run}); where the contacts
 * on the upper body would pull a lumbar disc apart their share of the body's weight is cut by trial solves
 * ({@link #shareOffTheUpperBody}). Owns the stages of one
 * {@link Workspace}, each with its own storage allocated once here; a solve allocates nothing.
 */
final class SolvePipeline {
    /**
     * Tolerance of the thighs' capped push ({@link #restingCapN}): on the least compression, relative to
     * the body's weight, and on the push, relative to the rule's.
     */
    private static final double CAP_TOLERANCE = 1e-9;
    /** Most trial solves when capping the thighs' push (regula falsi converges in far fewer). */
    private static final int MAX_CAP_STEPS = 60;
    /**
     * The least weight of the upper-body contacts in the share ({@link Supports#upperWeight}): their
     * least share to a relative {@code 1e-6} (the weighted minimum norm departs from it by the weight
     * squared), while their columns stay far above the kernel's ridge ({@code 1e-12} of the normal
     * matrix's trace). Numerical bound, not a model constant.
     */
    private static final double LEAST_UPPER_WEIGHT = 1e-3;
    /** The model of the last solve (at first, the model that made the workspace). */
    LumbarModel model;
    /**
     * Whether the last solve ran to its end ({@link Workspace#solveCompleted()}): false in a new workspace and
     * while a solve runs, so a solve that throws leaves it false.
     */
    boolean completed;
    final Kinematics pose = new Kinematics();
    final FrameDifferences differences = new FrameDifferences();
    final ExternalActions actions = new ExternalActions();
    final NetLoads netLoads = new NetLoads();
    final Supports supports = new Supports();
    final HipFlexors hipFlexors = new HipFlexors();
    final TissueLoads tissueLoads = new TissueLoads();
    final AbdominalPressure abdomen = new AbdominalPressure();
    final MuscleGeometry muscleGeometry;
    final PassiveMuscles passiveMuscles;
    final RecruitmentAssembly recruitment;
    final DiscMechanics discs = new DiscMechanics();
    final BalanceCheck balance = new BalanceCheck();
    /** The trial-solve searches' bracket (the thighs' cap, the upper contacts' share), reused. */
    private final IllinoisBracket bracket = new IllinoisBracket();

    SolvePipeline(LumbarModel model) {
        this.model = model;
        muscleGeometry = new MuscleGeometry(model.muscleSet());
        passiveMuscles = new PassiveMuscles();
        recruitment = new RecruitmentAssembly(model.muscleSet());
    }

    /** Statics: no accelerations. */
    void solve(LumbarModel m, Posture posture, List<? extends ExternalLoad> loads) {
        completed = false;
        differences.useStatics();
        run(m, posture, loads);
        completed = true;
    }

    /** Inverse dynamics: accelerations from the neighbouring frames. */
    void solveFrame(LumbarModel m, Posture previous, Posture current, Posture next, double dtS,
                    double[] baseAccelMps2, List<? extends ExternalLoad> loads) {
        completed = false;
        differences.useFrames(previous, next, dtS, baseAccelMps2[0], baseAccelMps2[1], baseAccelMps2[2]);
        run(m, current, loads);
        completed = true;
    }

    /**
     * One solve. With the trunk resting on the thighs, the resting body (no hand loads) is solved first:
     * the thighs carry the resting body, so their push is sized for it ({@link TrunkThighContact}) and cut
     * where the hips would need a flexor to hold the trunk against it (solved once more at the cut), and if
     * that push would put a lumbar disc in tension it is capped at the largest push that leaves every
     * level's compression non-negative ({@link #restingCapN}); then the task is solved with that push as
     * its cap (the task's own moments, with the upper contacts' reactions to the hand loads, cannot give
     * the resting body's push). Last, where the contacts on the upper body push and a lumbar disc is in
     * tension, their share of the body's weight is cut ({@link #shareOffTheUpperBody}).
     */
    private void run(LumbarModel m, Posture p, List<? extends ExternalLoad> loads) {
        supports.upperWeight = 1;
        withThighPush(m, p, loads);
        if (trialSolved() && supports.upperContactsPush(m.geometry.bodyWeightN) && discs.leastCompressionN() < 0) {
            shareOffTheUpperBody(m, p, loads);
        }
    }

    /**
     * The upper-body contacts' share of the body's weight, where the minimum-norm share would pull a
     * lumbar disc apart: the largest weight of the upper contacts in the share ({@link Supports#upperWeight},
     * at most 1) under which every level's compression is non-negative, found by regula falsi (Illinois)
     * on the weight, so that the upper contacts push as hard as they can without pulling a disc apart
     * and the lower contacts take the rest. Where even their least share (weight
     * {@link #LEAST_UPPER_WEIGHT}; with one contact line, the only share equilibrium allows) pulls a disc
     * apart, the lower body would hang from the lumbar spine: the supports cannot hold the body
     * ({@link Supports#pullsApart}). Where the least share cannot be held otherwise (the muscles, a seat's
     * friction), the solve is refused as that. Leaves the workspace solved at the weight found.
     */
    private void shareOffTheUpperBody(LumbarModel m, Posture p, List<? extends ExternalLoad> loads) {
        double hi = 1;
        double atHi = discs.leastCompressionN();
        double lo = LEAST_UPPER_WEIGHT;
        supports.upperWeight = lo;
        stages(m, p, loads);
        double atLo = discs.leastCompressionN();
        if (!trialSolved()) {
            // the least share cannot be held (the muscles or a seat's friction): refused as that
            return;
        }
        if (atLo < 0) {
            supports.pullsApart(discs.leastCompressionLevel(), atLo);
            return;
        }
        double tolerance = CAP_TOLERANCE * m.geometry.bodyWeightN;
        IllinoisBracket b = bracket;
        b.start(lo, atLo, hi, atHi);
        double last = lo;
        for (int step = 0; step < MAX_CAP_STEPS && !b.converged(tolerance, CAP_TOLERANCE); step++) {
            double f = b.next();
            supports.upperWeight = f;
            stages(m, p, loads);
            last = f;
            if (trialSolved()) {
                b.found(f, discs.leastCompressionN());
            } else {
                b.noValueAt(f); // no share there
            }
        }
        if (last != b.lo) {
            supports.upperWeight = b.lo;
            stages(m, p, loads);
        }
    }

    /** @return whether the last trial solve's supports held the body and its recruitment has loads */
    private boolean trialSolved() {
        return supports.supportsBalanced && (recruitment.status == QpStatus.OK || recruitment.overloaded);
    }

    /** The solve with the thighs' push on a trunk resting on them sized first ({@link #run}). */
    private void withThighPush(LumbarModel m, Posture p, List<? extends ExternalLoad> loads) {
        TrunkThighContact contact = supports.trunkThighs;
        contact.capN = Double.POSITIVE_INFINITY;
        if (!p.has(Support.TRUNK_ON_THIGHS)) {
            stages(m, p, loads);
            return;
        }
        stages(m, p, List.of());
        double ruleN = contact.forceN;
        // the hips are a joint of the resting body too: the push may not need a hip flexor to hold the
        // trunk against it (the need is linear in the push), so it is cut to the push at which the
        // psoas falls silent, or to none where it pulls without any push
        double hipNeedNm = hipFlexors.flexorNeedNm;
        if (ruleN > 0 && hipNeedNm > 0 && hipFlexors.pushExtendingPerN > 0) {
            ruleN = Math.max(0, ruleN - hipNeedNm / hipFlexors.pushExtendingPerN);
            contact.capN = ruleN;
            stages(m, p, List.of());
        }
        boolean capped = ruleN > 0 && discs.leastCompressionN() < 0;
        // the resting body's push bounds the task's: its upper contacts' reactions too are the resting
        // body's here, whereas with the hand loads they carry part of them
        contact.capN = capped ? restingCapN(m, p, ruleN) : ruleN;
        if (capped || !loads.isEmpty()) {
            stages(m, p, loads);
        }
    }

    /**
     * The largest push of the thighs, at most {@code ruleN}, under which no lumbar disc of the resting
     * body is in tension: the root of the least compression over the levels as a function of the push
     * (regula falsi, Illinois variant), kept on its non-negative side; zero if a disc is in tension
     * without any push (not the thighs' doing). Leaves the workspace solved at some trial push.
     *
     * @param ruleN the push of the rule, under which a disc is in tension (N)
     */
    private double restingCapN(LumbarModel m, Posture p, double ruleN) {
        TrunkThighContact contact = supports.trunkThighs;
        double hi = ruleN;
        double atHi = discs.leastCompressionN();
        double lo = 0;
        contact.capN = lo;
        stages(m, p, List.of());
        double atLo = discs.leastCompressionN();
        if (atLo < 0) {
            return 0;
        }
        double tolerance = CAP_TOLERANCE * m.geometry.bodyWeightN;
        IllinoisBracket b = bracket;
        b.start(lo, atLo, hi, atHi);
        for (int step = 0; step < MAX_CAP_STEPS && !b.converged(tolerance, CAP_TOLERANCE * ruleN); step++) {
            double f = b.next();
            contact.capN = f;
            stages(m, p, List.of());
            b.found(f, discs.leastCompressionN());
        }
        return b.lo;
    }

    /** The stages of one solve, in order. */
    private void stages(LumbarModel m, Posture p, List<? extends ExternalLoad> loads) {
        model = m;
        SubjectGeometry g = m.geometry;
        MuscleSet muscles = m.muscleSet();
        TissueParameters tissue = m.tissueParameters();
        pose.compute(g, p);
        differences.compute(g, p, pose);
        actions.prepare(g, p, loads, pose, differences);
        netLoads.sum(pose, actions);
        // the muscles' lines depend on the pose alone; the stretched fascicles' passive tension, along their own
        // paths in either muscle model, joins the passive tissues
        muscleGeometry.compute(g, muscles, pose);
        passiveMuscles.compute(g, pose, muscles, muscleGeometry);
        tissueLoads.compute(g, tissue, pose, passiveMuscles);
        if (p.has(Support.BACKREST)) {
            supports.backrest(pose, actions, netLoads, tissueLoads, p.has(Support.LYING_SURFACE));
        }
        supports.contacts(p, g, pose, actions, netLoads);
        supports.handsOnThighs(actions);
        supports.trunkOnThighs(p, g, pose, netLoads, tissueLoads);
        hipFlexors.compute(g, muscles, pose, actions, supports, p);
        netLoads.resolve(pose);
        AbdominalPressureMode mode = m.abdominalPressure();
        if (mode == AbdominalPressureMode.PRESCRIBED) {
            // the regression reads the net moment before the lying surface's couples
            abdomen.compute(g, tissue, netLoads, pose);
        }
        if (p.has(Support.LYING_SURFACE)) {
            supports.lyingSurface(pose, netLoads, tissueLoads);
        }
        double liftedPressurePa = Double.NaN;
        if (mode == AbdominalPressureMode.RECRUITED) {
            liftedPressurePa = recruitPressure(m, p);
        }
        atAbdomen(m, p, liftedPressurePa);
        if (mode == AbdominalPressureMode.RECRUITED && abdomen.pressurePa > 0 && trialSolved()
                && discs.leastCompressionN() < 0) {
            capRecruitedPressure(m, p);
        }
    }

    /**
     * The recruitment and the discs at the abdomen's pressure as set, and the whole-body balance.
     *
     * @param liftedPressurePa the recruited pressure's lifted search ({@link #recruitPressure}), taken where the
     *     task is beyond the strength at the pressure set; NaN for none
     */
    private void atAbdomen(LumbarModel m, Posture p, double liftedPressurePa) {
        SubjectGeometry g = m.geometry;
        MuscleSet muscles = m.muscleSet();
        TissueParameters tissue = m.tissueParameters();
        AbdominalPressureMode mode = m.abdominalPressure();
        abdomen.carryWall(g, muscles, muscleGeometry, pose, tissue.maxMuscleStressPa());
        recruitment.assemble(g, tissue, muscles, pose, netLoads, tissueLoads, abdomen, hipFlexors, muscleGeometry, p,
                m.levelCoupling(), mode, false, m.solver().criterion());
        recruitment.solve(m.solver(), m.overloadPolicy());
        if (!Double.isNaN(liftedPressurePa) && recruitment.status != QpStatus.OK) {
            // the ceiling did not make the task feasible either: the pressure of the lifted search
            abdomen.computeAt(g, pose, liftedPressurePa, liftedPressurePa >= AbdominalPressureConstants.MAX_PRESSURE_PA);
            abdomen.carryWall(g, muscles, muscleGeometry, pose, tissue.maxMuscleStressPa());
            recruitment.assemble(g, tissue, muscles, pose, netLoads, tissueLoads, abdomen, hipFlexors, muscleGeometry, p,
                    m.levelCoupling(), mode, false, m.solver().criterion());
            recruitment.solve(m.solver(), m.overloadPolicy());
        }
        if (recruitment.status == QpStatus.INFEASIBLE && abdomen.wallCapped) {
            // beyond the subject's strength, and the abdominal lines could not carry the wall's tension within it:
            // the strength the task requires carries the whole wall in the lines, with no passive remainder, as the
            // same task does at any strength above the wall's need (so the required stress is the threshold)
            abdomen.carryWall(g, muscles, muscleGeometry, pose, RecruitmentAssembly.LIFTED_STRESS_PA);
            recruitment.assemble(g, tissue, muscles, pose, netLoads, tissueLoads, abdomen, hipFlexors, muscleGeometry, p,
                    m.levelCoupling(), mode, false, m.solver().criterion());
            recruitment.solveBeyondStrength(m.solver(), m.overloadPolicy());
        }
        discs.compute(g, tissue, muscles, pose, netLoads, tissueLoads, abdomen, hipFlexors, muscleGeometry, recruitment);
        balance.compute(g, pose, actions, supports);
    }

    /**
     * The recruited pressure where it would pull a lumbar disc apart: the largest pressure, at most the one
     * recruited, under which the task is solved with every level's compression non-negative, found by bisection
     * on the pressure (the least compression falls as the pressure rises; a pressure too low may leave the task
     * beyond the muscles, which the bisection treats as "more pressure"), as the thighs' push is capped
     * ({@link #restingCapN}). The pressure pushes the body above each disc up; it cannot lift the thorax off the
     * spine, whose discs carry no tension. Where a disc is in tension without any pressure too (not the
     * pressure's doing: traction by the loads) the recruited pressure is kept; where no pressure both balances
     * the task and leaves the discs compressed, the solve is left as the infeasible one at the largest pressure
     * that leaves them compressed: the muscles cannot balance the task unless the pressure pulls a disc apart. Found by the fourteenth session's
     * physics hunt (docs/tests.md, Known findings 11): above the published abdominal co-activation the floored
     * abdominal lines make the wall cost nothing and the recruitment took pressures that put L5-S1 at -231 N,
     * reported solved. Leaves the workspace solved at the pressure found.
     */
    private void capRecruitedPressure(LumbarModel m, Posture p) {
        SubjectGeometry g = m.geometry;
        double hiPa = abdomen.pressurePa;
        boolean hiCeiling = abdomen.atCeiling;
        abdomen.computeAt(g, pose, 0, false);
        atAbdomen(m, p, Double.NaN);
        if (trialSolved() && discs.leastCompressionN() < 0) {
            abdomen.computeAt(g, pose, hiPa, hiCeiling);
            atAbdomen(m, p, Double.NaN);
            return;
        }
        double lo = 0;
        double hi = hiPa;
        for (int step = 0; step < MAX_CAP_STEPS && hi - lo > CAP_TOLERANCE * hiPa; step++) {
            double pa = (lo + hi) / 2;
            abdomen.computeAt(g, pose, pa, false);
            atAbdomen(m, p, Double.NaN);
            boolean solved = trialSolved();
            if (solved && discs.leastCompressionN() < 0) {
                hi = pa;
            } else {
                lo = pa;
            }
        }
        // solved at lo with every disc compressed, or, where the task needs more pressure than that to be balanced
        // at all, left as the muscles' infeasible solve at lo (refused by the facade under OverloadPolicy.FAIL)
        abdomen.computeAt(g, pose, lo, false);
        atAbdomen(m, p, Double.NaN);
    }

    /**
     * The recruited pressure ({@link AbdominalPressureMode#RECRUITED}; docs/recruitment.md, "Recruited abdominal
     * pressure"): the problem solved with the pressure's column free and no prescribed pressure, then the
     * abdomen set to the pressure it recruited, which the caller solves as prescribed. A first solve that is
     * infeasible within the subject's strength leaves the pressure at the ceiling, the most it can help, whatever
     * the overload policy, and returns the pressure its search with the bounds lifted found
     * ({@link OverloadPolicy#REPORT}), which the caller takes only if the task is beyond the strength at the
     * ceiling too. (Until the fourteenth session's hunt the lifted pressure was taken at once: a task the ceiling
     * balances within the strength then got other loads under {@code REPORT} than under {@code FAIL}, and the
     * loads jumped where the first solve turned infeasible: the default subject bent 45 deg, 98.25 -> 98.5 kg in
     * both hands, L5-S1 4,928 -> 5,204 N, the pressure 26.6 -> 20.5 kPa, solved.)
     *
     * @return the lifted search's pressure (Pa) where the first solve was beyond the strength and overloaded,
     *     otherwise NaN
     */
    private double recruitPressure(LumbarModel m, Posture p) {
        SubjectGeometry g = m.geometry;
        MuscleSet muscles = m.muscleSet();
        TissueParameters tissue = m.tissueParameters();
        abdomen.computeAt(g, pose, 0, false);
        abdomen.carryWall(g, muscles, muscleGeometry, pose, tissue.maxMuscleStressPa());
        recruitment.assemble(g, tissue, muscles, pose, netLoads, tissueLoads, abdomen, hipFlexors, muscleGeometry, p,
                m.levelCoupling(), AbdominalPressureMode.RECRUITED, true, m.solver().criterion());
        recruitment.solve(m.solver(), m.overloadPolicy());
        double pa = recruitment.status == QpStatus.OK
                ? Math.max(0, Math.min(AbdominalPressureConstants.MAX_PRESSURE_PA, recruitment.recruitedPressurePa()))
                : AbdominalPressureConstants.MAX_PRESSURE_PA;
        double lifted = recruitment.status != QpStatus.OK && recruitment.overloaded
                ? Math.max(0, Math.min(AbdominalPressureConstants.MAX_PRESSURE_PA, recruitment.recruitedPressurePa()))
                : Double.NaN;
        abdomen.computeAt(g, pose, pa, pa >= AbdominalPressureConstants.MAX_PRESSURE_PA);
        return lifted;
    }
}
