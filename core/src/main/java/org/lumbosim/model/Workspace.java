package org.lumbosim.model;

import org.lumbosim.internal.Checks;
import org.lumbosim.internal.Units;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;

/**
 * The state and results of {@link LumbarModel#solve} for one thread: a read-only view of the solve
 * pipeline's stages, whose storage is allocated once, for one model, and overwritten by each solve,
 * so the hot path allocates nothing. After a solve it holds the results, read through its
 * accessors; the next solve overwrites them. Keeps the recruitment's dual variables, which
 * warm-starts the next solve (sweeps, motion).
 *
 * <p>Not thread-safe: use one workspace per thread. A workspace serves the model that made it and any
 * other model with the same muscle model ({@link LumbarModel#workspaceFrom}); it remembers the last.
 */
public final class Workspace {
    private static final Support[] SUPPORTS = Support.values();
    private static final Landmark[] LANDMARKS = Landmark.values();

    final SolvePipeline pipeline;
    private final Kinematics pose;
    private final ExternalActions actions;
    private final NetLoads netLoads;
    private final Supports supports;
    private final TissueLoads tissueLoads;
    private final HipFlexors hipFlexors;
    private final AbdominalPressure abdomen;
    private final RecruitmentAssembly recruitment;
    private final DiscMechanics discs;
    private final BalanceCheck balance;

    Workspace(LumbarModel model) {
        pipeline = new SolvePipeline(model);
        pose = pipeline.pose;
        actions = pipeline.actions;
        netLoads = pipeline.netLoads;
        supports = pipeline.supports;
        tissueLoads = pipeline.tissueLoads;
        hipFlexors = pipeline.hipFlexors;
        abdomen = pipeline.abdomen;
        recruitment = pipeline.recruitment;
        discs = pipeline.discs;
        balance = pipeline.balance;
    }

    /** @return the model of the last solve (at first, the model that made the workspace) */
    public LumbarModel model() {
        return pipeline.model;
    }

    /**
     * @return outcome of the last solve's muscle recruitment ({@code OK} in a new workspace, which holds no
     *     solve: see {@link #solveCompleted()})
     */
    public QpStatus status() {
        return recruitment.status;
    }

    /**
     * Whether a solve has run to its end in this workspace: false in a new workspace, before any
     * solve, and after a solve that threw (its stages may hold part of it). Every other accessor reads
     * the last completed solve only when this is true (fifteenth session: a new workspace said
     * {@link #solved()} with zero loads).
     *
     * @return whether the workspace holds a completed solve
     */
    public boolean solveCompleted() {
        return pipeline.completed;
    }

    /**
     * The one validity rule of a solve: a solve ran to its end ({@link #solveCompleted()}), the
     * muscles balanced the loads ({@link #status()} is {@code OK}) and the supports held the body with
     * pushing forces ({@link #supportsBalanced()}). Loads of a solve that is not solved must not be
     * reported. False in a new workspace.
     *
     * @return whether the last solve's loads are a solution
     */
    public boolean solved() {
        return pipeline.completed && recruitment.status == QpStatus.OK && supports.supportsBalanced;
    }

    /**
     * Whether the last solve was beyond the subject's strength and, by the model's
     * {@link OverloadPolicy#REPORT}, got loads at the strength it requires
     * ({@link #largestMuscleStressMPa()}). Such loads may be read (when the supports held the body)
     * but are flagged, never an ordinary solution: {@link #solved()} is false. False in a new workspace.
     *
     * @return whether the last solve is overloaded
     */
    public boolean overloaded() {
        return pipeline.completed && recruitment.overloaded && supports.supportsBalanced;
    }

    /**
     * @return the largest muscle stress of the last solve's forces (MPa): at most the model's
     *     largest muscle stress for a solved task, the stress the task requires for an overloaded one
     */
    public double largestMuscleStressMPa() {
        return recruitment.largestStressPa() * Units.MPA_PER_PA;
    }

    /**
     * @param level a lumbar level
     * @return disc compression of the last solve (N, positive = squeezing)
     */
    public double compressionN(SpinalLevel level) {
        return discs.compressionN[ordinal(level)];
    }

    /**
     * @param level a lumbar level
     * @return anterior-posterior shear of the last solve (N, positive = upper vertebra pushed anteriorly)
     */
    public double apShearN(SpinalLevel level) {
        return discs.apShearN[ordinal(level)];
    }

    /**
     * @param level a lumbar level
     * @return lateral shear of the last solve (N, positive = upper vertebra pushed to the right)
     */
    public double lateralShearN(SpinalLevel level) {
        return discs.lateralShearN[ordinal(level)];
    }

    /**
     * @param level a lumbar level
     * @return intradiscal pressure of the last solve (MPa)
     */
    public double idpMPa(SpinalLevel level) {
        return discs.idpMPa[ordinal(level)];
    }

    /**
     * @param level a lumbar level
     * @return passive tissue moment of the last solve about the disc's flexion axis (N·m, positive =
     *     resisting flexion): ligaments, disc and the passive tension of the stretched erector spinae
     *     at the posture's rotation plus the level's deviation
     */
    public double passiveMomentNm(SpinalLevel level) {
        return tissueLoads.passiveMomentNm[ordinal(level)] + recruitment.deviationMomentNm(level.ordinal());
    }

    /**
     * @param level a lumbar level
     * @return the part of the passive moment ({@link #passiveMomentNm}) that the passive tension of
     *     the stretched erector spinae carries in the last solve (N·m, positive = resisting flexion)
     */
    public double passiveMuscleMomentNm(SpinalLevel level) {
        return tissueLoads.muscleMomentNm[ordinal(level)];
    }

    /**
     * @param level a lumbar level
     * @return the part of the disc's compression ({@link #compressionN}) that the passive tension of
     *     the stretched erector spinae adds in the last solve (N)
     */
    public double passiveMuscleCompressionN(SpinalLevel level) {
        int k = ordinal(level);
        double[] f = tissueLoads.muscleForceN;
        double[] fr = pose.discFrame;
        return -(f[3 * k] * fr[9 * k] + f[3 * k + 1] * fr[9 * k + 1] + f[3 * k + 2] * fr[9 * k + 2]);
    }

    /**
     * @param level a lumbar level
     * @param axis 0 flexion-extension (positive = flexing the upper body), 1 lateral bending
     *     (positive = bending it to the right), 2 axial rotation (positive = twisting it to the left)
     * @return net moment of gravity, hand loads and supports about the disc centre, disc frame (N·m)
     */
    public double netMomentNm(SpinalLevel level, int axis) {
        return netLoads.netMomentNm[3 * ordinal(level) + checkedAxis(axis)];
    }

    /**
     * @param muscle index in {@link LumbarModel#fascicles()}, 0 to {@link LumbarModel#muscleCount()} - 1 of
     *     the model of the last solve ({@link #model()}); beyond them, up to the last column of the
     *     recruitment problem ({@link #recruitmentProblemCopy()}), the level deviations' columns (for
     *     cross-checks of the whole solution)
     * @return its force in the last solve (N; a level deviation's generalised force for those columns)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code muscle} is not a column of the last recruitment
     *     problem (it threw an {@code ArrayIndexOutOfBoundsException} beyond the storage, and read the storage past
     *     the last problem's columns)
     */
    public double muscleForceN(int muscle) {
        Checks.wholeInRange("muscle", muscle, 0, recruitment.qp.cols() - 1L, "");
        return recruitment.qp.force(muscle);
    }

    /**
     * The recruitment problem of the last solve (moment-arm matrix, right-hand sides, PCSA, force
     * bounds), copied: rows are {@code 3 * level + axis} (axes as in {@link #netMomentNm}), then
     * the kinematic row of the level deviations; columns are the muscles of
     * {@link LumbarModel#fascicles()}, then a flexing and an extending deviation column per level
     * (docs/recruitment.md). With {@link LevelCoupling#CHRISTOPHY_2012} three rows (one per axis, the
     * coupled coordinates' generalised forces) and the muscle columns only. For cross-checks against other solvers and
     * for benchmarks; allocates.
     *
     * @return a new workspace holding a copy of the problem
     */
    public QpWorkspace recruitmentProblemCopy() {
        return recruitment.qp.copyProblem();
    }

    /**
     * Forgets the dual variables kept from the last solve, so that the next solve starts cold, as
     * in a new workspace. Results then do not depend on what was solved before (within the solver's
     * tolerance they never do; this makes them equal to the last bit).
     */
    public void resetWarmStart() {
        recruitment.qp.resetWarmStart();
    }

    /** @return the recruitment row with the largest residual (level = row / 3, axis = row % 3) */
    public int qpWorstRow() {
        return recruitment.worstMomentRow();
    }

    /** @return the recruitment's largest moment residual (N·m) */
    public double qpResidualNm() {
        return recruitment.qp.residualNm();
    }

    /**
     * @return the net hip flexion moment the last solve's posture, loads and supports demanded of the
     *     hip flexors, both hips together (N·m): the moment about the hip axis that keeps the body
     *     above the hips from tipping backwards on the thighs; zero when the hip extensors (or
     *     nothing) must act
     */
    public double hipFlexionMomentNm() {
        return hipFlexors.hipFlexionMomentNm;
    }

    /**
     * @return the passive elastic moment of both hips at the last solve's hip and knee flexion (N·m,
     *     positive flexes the hips), Riener and Edrich 1999: it carries {@link #hipFlexionMomentNm()}
     *     first (the hip ligaments in upright standing); a negative value (stretched hamstrings at
     *     large hip flexion with straight knees) adds to what the flexors must supply; on a lying
     *     surface the surface holds it and it does neither
     */
    public double passiveHipMomentNm() {
        return hipFlexors.passiveHipMomentNm;
    }

    /**
     * @return the psoas force (both sides together, N) that carries the psoas's share of what
     *     {@link #hipFlexionMomentNm()} asks of the hip flexors after {@link #passiveHipMomentNm()} (all of it on a lying surface), and pulls on L1-L5 in the last solve. In the multi-fascicle
     *     model it is the psoas lines' smallest force in recruitment (their forces may be larger); in
     *     the single-equivalent model, which has no psoas lines, it is the psoas force itself
     */
    public double psoasHipForceN() {
        return 2 * hipFlexors.psoasForcePerSideN;
    }

    /** @return the abdominal pressure force of the last solve (N): the pressure times the cavity's area */
    public double iapForceN() {
        return abdomen.pressureForceN;
    }

    /** @return the intra-abdominal pressure of the last solve (Pa above atmospheric) */
    public double abdominalPressurePa() {
        return abdomen.pressurePa;
    }

    /**
     * @return whether the last solve's abdominal pressure was held at its physiological ceiling
     *     ({@link AbdominalPressureConstants#MAX_PRESSURE_PA}): the regression asked for more, or (recruited
     *     pressure, {@link AbdominalPressureMode#RECRUITED}) the recruitment took the whole ceiling
     */
    public boolean abdominalPressureAtCeiling() {
        return abdomen.atCeiling;
    }

    /**
     * @return the longitudinal abdominal-wall tension that contains the pressure, last solve (N): carried by
     *     the abdominal muscle lines at {@link #abdominalWallActivation()} (their forces include it), not added to them
     */
    public double abdominalWallForceN() {
        return abdomen.wallForceN;
    }

    /**
     * @return the activation (fraction of each abdominal line's largest force at the published strength) at
     *     which the rectus abdominis and obliques carry {@link #abdominalWallForceN()} across every lumbar disc's
     *     plane in the last solve; their smallest force in recruitment is at least this (with the upright
     *     co-activation, the larger of the two; capped at their strength, the rest then passive:
     *     {@link #abdominalWallPassiveForceN}); zero without pressure
     */
    public double abdominalWallActivation() {
        return abdomen.wallActivation;
    }

    /**
     * @param level a lumbar disc
     * @return the part of {@link #abdominalWallForceN()} across that disc that the abdominal lines cannot carry
     *     within the model's largest muscle stress, acting passively along the anterior-wall line, last solve (N);
     *     zero at the published strength, and zero for a task beyond the strength reported at the strength it
     *     requires ({@link #overloaded()}), whose lines carry the whole wall
     */
    public double abdominalWallPassiveForceN(SpinalLevel level) {
        return abdomen.passiveWallForceN[ordinal(level)];
    }

    /** @return the backrest's push of the last solve (N), zero without a backrest */
    public double backrestForceN() {
        return actions.backrestForceN();
    }

    /** @return largest moment-balance residual over all levels and axes in the last solve (N·m) */
    public double equilibriumResidualNm() {
        return recruitment.residualNm;
    }

    /** @return recruitment iterations of the last solve */
    public int iterations() {
        return recruitment.iterations;
    }

    /**
     * @param landmark a body landmark
     * @param axis 0 x (anterior), 1 y (superior), 2 z (right)
     * @return its position after the last solve (m, global frame)
     */
    public double landmarkM(Landmark landmark, int axis) {
        return pose.segWorld[3 * ordinal(landmark) + checkedAxis(axis)];
    }

    /**
     * @param level a lumbar level
     * @param axis 0 x, 1 y, 2 z
     * @return the disc centre after the last solve (m, global frame)
     */
    public double discCentreM(SpinalLevel level, int axis) {
        return pose.jointWorld[3 * ordinal(level) + checkedAxis(axis)];
    }

    /**
     * @param level a lumbar level
     * @param axis 0 x, 1 y, 2 z
     * @return the disc's unit normal (pointing superiorly) after the last solve, global frame
     */
    public double discNormal(SpinalLevel level, int axis) {
        return pose.discFrame[9 * ordinal(level) + checkedAxis(axis)];
    }

    /**
     * @param level a lumbar level
     * @param axis 0 x, 1 y, 2 z
     * @return the disc's unit anterior direction in its mid-plane after the last solve, global frame
     */
    public double discAnterior(SpinalLevel level, int axis) {
        return pose.discFrame[9 * ordinal(level) + 3 + checkedAxis(axis)];
    }

    /**
     * @return whether the supports of the last solve could hold the body with pushing forces and, with
     *     {@link Support#TRUNK_ON_THIGHS}, the abdomen did not pass into the thighs
     *     ({@link #trunkOnThighsPassesIntoThighs()}) nor, with {@link Support#HANDS_ON_THIGHS}, a hand
     *     into its thigh ({@link #handOnThighPassesIntoThigh(int)}); when not, the loads must not be reported (see
     *     {@link org.lumbosim.posture.Support}); false in a new workspace ({@link #solveCompleted()})
     */
    public boolean supportsBalanced() {
        return pipeline.completed && supports.supportsBalanced;
    }

    /**
     * @return whether the last solve reported the lower contacts as one resultant under the body's
     *     centre of mass (their fixed points could not hold it with pushing forces; lumbar loads are
     *     unaffected)
     */
    public boolean baseResultant() {
        return supports.baseResultant;
    }

    /**
     * @return the base resultant's moment about the vertical axis in the last solve (N·m, global y): the
     *     twist its contact area gives by friction, which balances the body about the vertical axis
     *     together with the reactions' forces; zero without a base resultant ({@link #baseResultant()})
     */
    public double baseTwistNm() {
        return supports.baseTwistNm;
    }

    /**
     * @return how far the last solve's base resultant ({@link #baseResultant()}) acted outside the region of
     *     the contacts it stands for (m, horizontal: the convex hull of the lower point contacts, a foot
     *     from heel to toe tip, and of the segments resting on a surface under the body), so that
     *     {@link #supportsBalanced()} is false: no contact is there to push; zero when it acted within
     *     {@link #baseAllowedOutsideM()} of that region (or there was none)
     */
    public double baseOutsideContactsM() {
        return supports.baseOutsideM;
    }

    /**
     * @return how far outside its contacts' region that resultant may act (m): {@link Support#CONTACT_TOLERANCE_M},
     *     or for the feet alone the legs' length (thigh and shank), as far as the body above them can shift
     *     over them; zero when {@link #baseOutsideContactsM()} is
     */
    public double baseAllowedOutsideM() {
        return supports.baseAllowedM;
    }

    /**
     * @return the support whose contact would slide in the last solve: the friction it needs (its
     *     share of the horizontal reaction, in proportion to its push) is more than its surface's largest
     *     measured static coefficient times its push, so {@link #supportsBalanced()} is false; null when
     *     none slides (only supports with a measured coefficient are checked, see
     *     {@link org.lumbosim.posture.Support})
     */
    public Support slidingSupport() {
        return supports.slidingSupport < 0 ? null : Support.values()[supports.slidingSupport];
    }

    /**
     * @return the lumbar level that the contacts on the upper body would pull apart in the last solve
     *     even with their least share of the body's weight (the lower body would hang from the lumbar
     *     spine), so {@link #supportsBalanced()} is false; null when none
     */
    public SpinalLevel pulledApartLevel() {
        return supports.pulledApartLevel < 0 ? null : SpinalLevel.ofIndex(supports.pulledApartLevel);
    }

    /** @return that level's compression at the upper contacts' least share (N, negative); zero when none */
    public double pulledApartCompressionN() {
        return supports.pulledApartCompressionN;
    }

    /** @return the upper-body contact pushing most at that share; null when no level is pulled apart */
    public Support pullingSupport() {
        return supports.pulledApartSupport < 0 ? null : SUPPORTS[supports.pulledApartSupport];
    }

    /** @return the friction over push that the sliding contact needs; zero when none slides */
    public double neededFrictionRatio() {
        return supports.neededFrictionRatio;
    }

    /** @return the largest static friction coefficient its surface gives; zero when none slides */
    public double allowedFrictionRatio() {
        return supports.allowedFrictionRatio;
    }

    /** @return number of support reactions of the last solve (point contacts, then a base resultant if any) */
    public int supportReactionCount() {
        return supports.reactionCount();
    }

    /**
     * @param i reaction index, below {@link #supportReactionCount()}
     * @return its support, or {@code null} for the base resultant of a posture without supports
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code i} is not a reaction index of the last solve
     */
    public Support supportReactionSupport(int i) {
        int s = supports.contactSupport[checkedReaction(i)];
        return s < 0 ? null : SUPPORTS[s];
    }

    /**
     * @param i reaction index, below {@link #supportReactionCount()}
     * @return 0 left, 1 right, -1 a base resultant
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code i} is not a reaction index of the last solve
     */
    public int supportReactionSide(int i) {
        return supports.contactSide[checkedReaction(i)];
    }

    /**
     * @param i reaction index
     * @return the landmark it acts at (the elbow and the wrist of a forearm lying along the floor,
     *     knees, hands, shoulders, the pelvis's resting points), or {@code null} where it acts elsewhere
     *     (a foot's centre of mass, under an ischial tuberosity, a forearm's middle, a base resultant)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code i} is not a reaction index of the last solve
     */
    public Landmark supportReactionLandmark(int i) {
        int l = supports.contactLandmark[checkedReaction(i)];
        return l < 0 ? null : LANDMARKS[l];
    }

    /**
     * @param i reaction index
     * @param axis 0 x, 1 y, 2 z
     * @return where it acts (m, global frame)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code i} is not a reaction index of the last solve
     */
    public double supportReactionPointM(int i, int axis) {
        return supports.contactPoint[3 * checkedReaction(i) + checkedAxis(axis)];
    }

    /**
     * @param i reaction index
     * @param axis 0 x, 1 y, 2 z
     * @return its force on the body (N, global frame)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code i} is not a reaction index of the last solve
     */
    public double supportReactionForceN(int i, int axis) {
        return supports.contactForce[3 * checkedReaction(i) + checkedAxis(axis)];
    }

    /**
     * @return the thighs' upward push on the hands and wrists resting on them in the last solve, both
     *     sides together (N), zero without {@link Support#HANDS_ON_THIGHS}: a force between two parts
     *     of the body (the thighs carry it on to the seat and the feet), not a whole-body reaction
     */
    public double handsOnThighsForceN() {
        return actions.thighPushN();
    }

    /**
     * One side's share of {@link #handsOnThighsForceN()}: the thighs' push on that hand (its weight, at
     * its centre of mass) and wrist (the forearm's share, at the wrist), as one force.
     *
     * @param side 0 left, 1 right
     * @param axis 0 x, 1 y, 2 z
     * @return the force component on the hand (N, global frame; upward, so only y is non-zero), zero
     *     without {@link Support#HANDS_ON_THIGHS} or where the hand is clear of its thigh
     */
    public double handOnThighForceN(int side, int axis) {
        return actions.sideThighPushN(checkedSide(side), checkedAxis(axis));
    }

    /**
     * Where one side's push ({@link #handOnThighForceN(int, int)}) acts as one force in the last solve
     * with {@link Support#HANDS_ON_THIGHS}: on the line from the hand's centre of mass to the wrist,
     * where the hand's and the wrist's pushes balance (so the force there has their moment about every
     * point); the hand's centre of mass where there is no push.
     *
     * @param side 0 left, 1 right
     * @param axis 0 x, 1 y, 2 z
     * @return the point (m, global frame); not meaningful without the support
     */
    public double handOnThighPointM(int side, int axis) {
        return actions.sideThighPushPointM(checkedSide(side), checkedAxis(axis));
    }

    /**
     * @return the thighs' push on a trunk bent forward onto them in the last solve (N), zero without
     *     {@link Support#TRUNK_ON_THIGHS} or when no lumbar level needed it: a force between two parts
     *     of the body (the thighs carry it on to the seat and the feet), not a whole-body reaction
     */
    public double trunkOnThighsForceN() {
        return supports.trunkThighs.forceN;
    }

    /**
     * The thighs' push on a trunk bent forward onto them in the last solve, by component: normal to the
     * thighs' upper surface at the contact (leaning forward, towards the knees, by the thighs' taper).
     *
     * @param axis 0 x, 1 y, 2 z
     * @return the force component on the trunk (N, global frame), zero where {@link #trunkOnThighsForceN()} is
     */
    public double trunkOnThighsForceN(int axis) {
        return supports.trunkThighs.forceN * supports.trunkThighs.surface.normal[checkedAxis(axis)];
    }

    /**
     * Where the thighs push on the trunk (the abdomen's most protruding point) in the last solve with
     * {@link Support#TRUNK_ON_THIGHS}.
     *
     * @param axis 0 x, 1 y, 2 z
     * @return the contact point (m, world)
     */
    public double trunkOnThighsPointM(int axis) {
        return supports.trunkThighs.pointM[checkedAxis(axis)];
    }

    /**
     * @return in the last solve with {@link Support#TRUNK_ON_THIGHS}, the distance of the abdomen's most
     *     protruding point from the thighs' upper surface (m): positive = clear of them, negative = inside
     *     them; the thighs push only within {@link Support#CONTACT_TOLERANCE_M} of it, either way
     */
    public double trunkOnThighsGapM() {
        return supports.trunkThighs.surface.gapM;
    }

    /**
     * @param side 0 left, 1 right
     * @return in the last solve with {@link Support#HANDS_ON_THIGHS}, the distance of that hand's centre
     *     of mass from its thigh's surface (m; the thigh a cone about its own hip-knee axis with the radii
     *     of {@link #trunkOnThighsGapM()}, the distance taken from the cone itself, since the hand lies on
     *     its upper outer flank): positive = clear of it, negative = inside it; the thigh carries
     *     the hand only within {@link Support#CONTACT_TOLERANCE_M} of it, either way; not meaningful
     *     without the support
     */
    public double handsOnThighsGapM(int side) {
        return actions.handThighGapM(checkedSide(side));
    }

    /**
     * @param side 0 left, 1 right
     * @return whether in the last solve, with {@link Support#HANDS_ON_THIGHS}, that hand lay over its
     *     thigh and more than {@link Support#CONTACT_TOLERANCE_M} inside it: a posture that cannot be
     *     posed, so {@link #supportsBalanced()} is false
     */
    public boolean handOnThighPassesIntoThigh(int side) {
        return actions.handInsideThigh(checkedSide(side));
    }

    /**
     * @return whether in the last solve, with {@link Support#TRUNK_ON_THIGHS}, the abdomen's most
     *     protruding point lay over the thighs and more than {@link Support#CONTACT_TOLERANCE_M} inside
     *     them: a posture that cannot be posed, so {@link #supportsBalanced()} is false
     */
    public boolean trunkOnThighsPassesIntoThighs() {
        return supports.trunkPassesIntoThighs;
    }

    /**
     * @param support a resting support ({@code LYING_SURFACE}, {@code TRUNK_RESTING},
     *     {@code PELVIS_ON_FLOOR}, {@code LEGS_ON_FLOOR}, {@code ARMRESTS}), or the {@code SEAT} beneath thighs
     *     that hands holding a load rest on
     * @return the weight it carried where the segments lie in the last solve (N), with the loads held in hands
     *     lying on it (a lying surface) or resting on the thighs it carries (the seat, the floor under the legs),
     *     zero if absent
     */
    public double restingWeightN(Support support) {
        return balance.restingWeight[ordinal(support)];
    }

    /**
     * The centre of the weight a resting support carried in the last solve. Defined only where it
     * carried some: check {@link #restingWeightN(Support)} first (a support that is absent, is not a
     * resting one, or carried nothing has no centre).
     *
     * @param support a resting support that carried weight in the last solve
     * @param axis 0 x, 1 y, 2 z
     * @return the centre of the weight it carried (m, world)
     * @throws IllegalStateException naming the support and its weight if it carried none in the last
     *     solve ({@link #restingWeightN(Support)} not positive)
     * @throws IllegalArgumentException if the axis is not 0, 1 or 2
     */
    public double restingCentreM(Support support, int axis) {
        int a = checkedAxis(axis);
        double f = balance.restingWeight[ordinal(support)];
        if (!(f > 0)) {
            throw new IllegalStateException("restingCentreM(" + support + "): the support carried "
                    + "restingWeightN = " + org.lumbosim.RangeText.number(f) + " N in the last solve, so its weight has no centre; "
                    + "defined only where restingWeightN > 0 N");
        }
        return balance.restingMoment[3 * support.ordinal() + a] / f;
    }

    /**
     * @param axis 0 x, 1 y, 2 z
     * @return the whole body's centre of mass after the last solve (m)
     */
    public double centreOfMassM(int axis) {
        return balance.comWorld[checkedAxis(axis)];
    }

    /**
     * @param axis 0 x, 1 y, 2 z
     * @return the force left over when gravity, inertia, hand loads, backrest and every support reaction
     *     of the last solve are summed over the whole body (N, global frame): zero when the body is in
     *     equilibrium
     */
    public double wholeBodyResidualForceN(int axis) {
        return balance.balance[checkedAxis(axis)];
    }

    /**
     * @param axis 0 x, 1 y, 2 z
     * @return the moment about the origin (the L5-S1 disc centre) left over when the same actions are summed
     *     (N·m, global frame): zero when the body is in equilibrium
     */
    public double wholeBodyResidualMomentNm(int axis) {
        return balance.balance[3 + checkedAxis(axis)];
    }

    /**
     * Where the backrest pushed in the last solve with a backrest push; meaningful when
     * {@link #backrestForceN()} is not zero (otherwise an earlier solve's value).
     *
     * @param axis 0 x, 1 y, 2 z
     * @return the point (m, global frame)
     */
    public double backrestPointM(int axis) {
        return actions.backrestPointM(checkedAxis(axis));
    }

    /**
     * The backrest's force on the body in the last solve; zero when that solve had no backrest push.
     *
     * @param axis 0 x, 1 y, 2 z
     * @return the force component (N, global frame)
     */
    public double backrestForceN(int axis) {
        return actions.backrestForceN(checkedAxis(axis));
    }

    /** @return the level's index; a null is refused by name (allocates nothing unless it throws) */
    private static int ordinal(SpinalLevel level) {
        Checks.given(level, "level", "a lumbar level is needed (e.g. SpinalLevel.L5_S1)");
        return level.ordinal();
    }

    /** @return the landmark's index; a null is refused by name (allocates nothing unless it throws) */
    private static int ordinal(Landmark landmark) {
        Checks.given(landmark, "landmark", "a body landmark is needed (e.g. Landmark.C7)");
        return landmark.ordinal();
    }

    /** @return the support's index; a null is refused by name (allocates nothing unless it throws) */
    private static int ordinal(Support support) {
        Checks.given(support, "support", "a support is needed (e.g. Support.FEET)");
        return support.ordinal();
    }

    /**
     * @param axis an axis index given to an accessor
     * @return it, if it is 0, 1 or 2
     * @throws IllegalArgumentException naming the value and the allowed ones (an axis of 3 would read
     *     the next level's or point's first component)
     */
    private static int checkedAxis(int axis) {
        if (axis < 0 || axis > 2) {
            throw new IllegalArgumentException("axis = " + axis + ", allowed 0, 1 or 2");
        }
        return axis;
    }

    /**
     * @param i a support reaction index given to an accessor
     * @return it, if it is below {@link #supportReactionCount()} (beyond, the arrays hold an earlier solve's
     *     contacts or end)
     * @throws org.lumbosim.ParameterOutOfRangeException naming it and the range otherwise (allocates nothing unless
     *     it throws)
     */
    private int checkedReaction(int i) {
        Checks.wholeInRange("i", i, 0, supports.reactionCount() - 1L, "");
        return i;
    }

    /** @return {@code side} if it is 0 (left) or 1 (right) */
    private static int checkedSide(int side) {
        if (side < 0 || side > 1) {
            throw new IllegalArgumentException("side = " + side + ", allowed 0 (left) or 1 (right)");
        }
        return side;
    }
}
