package org.lumbosim.model;

import java.util.List;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;

/**
 * The one solve pipeline, for statics ({@link LumbarModel#solve}) and inverse dynamics
 * ({@link LumbarModel#solveFrame}), which differ only in the acceleration step: kinematics,
 * frame differences, external actions, net loads, tissue loads, supports (backrest, then contacts, then the thighs' push on a trunk resting on them),
 * the hip equation and its psoas force, abdominal pressure, the lying surface's couples, muscle
 * geometry, recruitment, disc mechanics, whole-body balance. Owns the stages of one
 * {@link Workspace}, each with its own storage allocated once here; a solve allocates nothing.
 */
final class SolvePipeline {
    /** The model of the last solve (at first, the model that made the workspace). */
    LumbarModel model;
    final Kinematics pose = new Kinematics();
    final FrameDifferences differences = new FrameDifferences();
    final ExternalActions actions = new ExternalActions();
    final NetLoads netLoads = new NetLoads();
    final Supports supports = new Supports();
    final HipFlexors hipFlexors = new HipFlexors();
    final TissueLoads tissueLoads = new TissueLoads();
    final AbdominalPressure abdomen = new AbdominalPressure();
    final MuscleGeometry muscleGeometry;
    final RecruitmentAssembly recruitment;
    final DiscMechanics discs = new DiscMechanics();
    final BalanceCheck balance = new BalanceCheck();

    SolvePipeline(LumbarModel model) {
        this.model = model;
        muscleGeometry = new MuscleGeometry(model.muscleSet());
        recruitment = new RecruitmentAssembly(model.muscleSet());
    }

    /** Statics: no accelerations. */
    void solve(LumbarModel m, Posture posture, List<? extends ExternalLoad> loads) {
        differences.useStatics();
        run(m, posture, loads);
    }

    /** Inverse dynamics: accelerations from the neighbouring frames. */
    void solveFrame(LumbarModel m, Posture previous, Posture current, Posture next, double dtS,
                    double[] baseAccelMps2, List<? extends ExternalLoad> loads) {
        differences.useFrames(previous, next, dtS, baseAccelMps2[0], baseAccelMps2[1], baseAccelMps2[2]);
        run(m, current, loads);
    }

    private void run(LumbarModel m, Posture p, List<? extends ExternalLoad> loads) {
        model = m;
        SubjectGeometry g = m.geometry;
        MuscleSet muscles = m.muscleSet();
        TissueParameters tissue = m.tissueParameters();
        pose.compute(g, p);
        differences.compute(g, p, pose);
        actions.prepare(g, p, loads, pose, differences);
        netLoads.sum(pose, actions);
        tissueLoads.compute(g, tissue, pose);
        if (p.has(Support.BACKREST)) {
            supports.backrest(pose, actions, netLoads, tissueLoads);
        }
        supports.contacts(p, g, pose, actions, netLoads);
        supports.handsOnThighs(actions);
        supports.trunkOnThighs(p, g, pose, netLoads, tissueLoads);
        hipFlexors.compute(g, muscles, pose, actions, supports, p);
        netLoads.resolve(pose);
        abdomen.compute(g, tissue, netLoads);
        if (p.has(Support.LYING_SURFACE)) {
            supports.lyingSurface(pose, netLoads, tissueLoads);
        }
        muscleGeometry.compute(g, muscles, pose);
        recruitment.assemble(g, tissue, muscles, pose, netLoads, tissueLoads, abdomen, hipFlexors, muscleGeometry, p,
                m.levelCoupling());
        recruitment.solve(m.solver(), m.overloadPolicy());
        discs.compute(g, tissue, muscles, pose, netLoads, tissueLoads, abdomen, hipFlexors, muscleGeometry, recruitment);
        balance.compute(g, pose, actions, supports);
    }
}
