package org.lumbosim.model;

import org.lumbosim.posture.Support;

/**
 * The thighs' push on a trunk bent forward onto them ({@link org.lumbosim.posture.Support#TRUNK_ON_THIGHS}).
 * One job: place the contact in the pose and size its push.
 *
 * <p><b>Where.</b> At the abdomen's most protruding point ({@link TrunkThighGeometry}: in front of the
 * L3-L4 disc centre along its anterior axis), against the thighs' upper surface, taken along the
 * midline between the two thighs (the mid-hip to mid-knee axis, each thigh's cone radius about it),
 * its line in the vertical plane through that axis. The push is normal to that surface line (no
 * friction); the thigh narrows towards the knee, so its upper surface slopes down towards the knee
 * and the push leans forward (towards the knees) from the normal of the thigh axis by the taper.
 *
 * <p><b>On which body.</b> The abdomen is a pressurised container hung between the rib cage and the
 * pelvis: a push on its wall reaches the skeleton through the wall and the viscera, in shares this model
 * does not resolve (statically indeterminate). As the backrest's push, it is carried by the upper body,
 * the body above every lumbar disc, acting at the abdominal point (whose moment arms it keeps). Carried
 * instead by the L3 vertebra only (the body above the disc in whose plane the point lies), the push
 * would spare the erector spinae only at L5-S1, L4-L5 and L3-L4 and leave L2-L3 and L1-L2 needing
 * 44-47 N·m of extension (Wilke's volunteer tying shoes), which the thoracic fascicles of the
 * multi-fascicle model, crossing every lumbar level, can give only by over-extending the lower levels:
 * that model could not balance the posture.
 *
 * <p><b>How hard.</b> As hard as it can push without any lumbar level needing a flexor muscle. At each level the moment on the
 * body above that would flex it, from gravity and the other external actions, less what the passive
 * tissues resisting the level's flexion hold, is what the erector spinae would otherwise hold; the
 * push cancels it at the level that needs the least push for that, so at that level no extensor is
 * needed and at the others the erector spinae carry what remains; none when a level needs no
 * extensor (pushing would then need the abdominal muscles) or when no level needs one (the thighs
 * cannot pull). Flexion relaxation, seated: in seated forward flexion and slumped sitting the thoracic
 * erector spinae fall silent and the lumbar erector spinae stay at a constant level that does not rise
 * with the flexion, the passive tissues taking the moment (Callaghan and Dunk 2002, Clin Biomech
 * 17:353, abstract); in slump sitting the abdominal internal oblique is less active than in upright
 * sitting (O'Sullivan et al. 2002, Spine 27:1238, abstract). So the push spares the erector spinae as
 * far as it can without calling on the abdominal muscles. The mirror rule, the least push that leaves
 * no level needing an extensor (as {@link Supports#backrest} leaves none needing a flexor), would
 * call on the abdominals at the other levels (for Wilke's volunteer tying shoes, a push of 574 N sized
 * at L1-L2, leaving 8-25 N·m of flexion for them to hold at L2-L3 to L5-S1); see
 * docs/research/flexed-sitting.md.
 *
 * <p><b>Nor a hip flexor.</b> The hips are a joint of the resting body too: the push acts on the trunk
 * above them, so it also tips the pelvis and trunk backwards about the hip axis, and a push larger than
 * gravity and the hips' passive moment allow would need the hip flexors (the psoas, which also compresses
 * the lumbar spine) to hold the trunk down against the thighs: a co-contraction, not a trunk resting on
 * them. So the resting body's push is also cut ({@link SolvePipeline}) to the push at which the hip
 * flexors' need (the hip equation's extending moment less the hips' passive moment, {@link HipFlexors},
 * linear in the push) is zero, and to none where the psoas pulls without any push. Before, a seated fold
 * with the hips at 139 deg (their passive moment extending them by 69 N·m) was pushed 412 N with 398 N of
 * psoas at rest, and a load in front, flexing the hips, replaced that psoas, so more load gave less
 * compression (multi-fascicle L4-L5 884 -> 764 N from 0 to 18 kg); cut, the push is 23 N and the psoas
 * silent. In a random search of resting seated folds the cut changed 475 of 1,042 pushes (median to 74 %
 * of the lumbar rule's, 16 to none).
 *
 * <p><b>The resting body only.</b> The rule is applied to the resting body: {@link SolvePipeline} solves
 * it first, without the hand loads (so the upper contacts' reactions, too, are the resting body's and
 * carry no share of those loads), and the push is the smaller of that and the rule with them (a load that
 * extends the trunk, a pull on the hands, lifts it off the thighs; one that flexes it does not press
 * it harder onto them). A load held in the hands is carried by the muscles and passive tissues:
 * flexion relaxation is a resting state, and loads held in a flexed posture bring the back muscles'
 * activity back (Schultz et al. 1985, J Orthop Res 3:189, abstract: flexion relaxation "consistently
 * occurred in quiet flexed standing, but marked increases in myoelectric activity were found on
 * imposition of external loads in flexed positions"; Ma and Shan 2017, BMC Musculoskelet Disord
 * 18:505, abstract: with 15-25 kg lifted, the erector spinae's activity in the relaxation period rose
 * by more than 78 %; both standing, none found seated). Sized with the load, the push grew with it
 * through its short lever (341 N at rest to 1361 N, 2.7 times the body's weight, with 25 kg in the
 * hands of a 1.5 m, 51 kg man), and its component along the spine lifted the trunk off the lower
 * discs (L5-S1 in 318 N of tension): more load gave less compression.
 *
 * <p><b>Never pulling a disc apart.</b> The rule alone can still put a lumbar disc in tension when the
 * trunk is folded far onto the thighs (their push, normal to a surface sloping down towards the knees,
 * then has a component drawing the body above off the disc): in a random search, 8 of 617 pushed seated
 * folds, up to 132 N of tension at L5-S1, without any hand load (docs/research/flexed-sitting.md). The
 * thighs carry at most the body that rests on them, so the push is capped ({@link #capN}, found by {@link SolvePipeline} from trial solves
 * of the resting body) at the largest that leaves every lumbar level's compression non-negative; the
 * erector spinae then carry the rest. A posture the muscles cannot then hold is refused as any other
 * ({@code InfeasibleRecruitmentException}).
 *
 * <p><b>Only where it touches.</b> A surface that is not touched cannot push. The abdomen touches the
 * thighs when its most protruding point lies over them (between the hips and the knees along their
 * axis) and within {@link Support#CONTACT_TOLERANCE_M} of their upper surface, either way (the soft
 * tissue of both, which this model does not resolve). Clear of the surface by more, or not over the
 * thighs, there is no push and the trunk is held as without the contact. Inside the thighs by more,
 * the posture cannot be posed: the solve is flagged as one whose supports cannot hold the body
 * ({@link #penetrates()}), never clamped to the surface.
 *
 * <p><b>The thighs' front.</b> The trunk folds onto the front of the thighs (the side towards which the hips
 * flex): the surface line is on that side of the axis ({@link ThighSurface}), the upper side whenever the
 * knees lie ahead of the hips, the lower one where the thighs slope down behind the hips or point up past
 * the vertical. A vertical thigh axis (thighs hanging straight down) has no vertical plane of its own; the
 * line is then taken in the plane through the axis and the thighs' front, the limit from either side.
 *
 * <p><b>Inside the body.</b> The push acts between the thighs and the trunk: it enters every lumbar
 * level and the hip equation (it is an external force on the pelvis and trunk),
 * and the trunk pushes the thighs down as much, so the seat and the feet carry what they carried
 * without it; it is not a reaction of the whole body.
 */
final class TrunkThighContact {
    private static final int LEVEL = TrunkThighGeometry.ABDOMEN_LEVEL;
    private static final int LEFT_HIP = 3 * Landmark.HIP_LEFT.ordinal();
    private static final int RIGHT_HIP = 3 * Landmark.HIP_RIGHT.ordinal();
    private static final int LEFT_KNEE = 3 * Landmark.KNEE_LEFT.ordinal();
    private static final int RIGHT_KNEE = 3 * Landmark.KNEE_RIGHT.ordinal();

    /** The contact point: the abdomen's most protruding point (m, world). */
    final double[] pointM = new double[3];
    /** Where the abdominal point lies against the thighs' upper surface (gap, place along them, normal). */
    final ThighSurface surface = new ThighSurface();
    /** The push of the last solve (N), zero when no level needed one or the abdomen does not touch the thighs. */
    double forceN;
    /**
     * The most the thighs may push (N), set by {@link SolvePipeline}: infinite while the resting body is
     * solved; then that solve's push, or, where it would put a lumbar disc of the resting body in tension,
     * the largest push that leaves every level's compression non-negative.
     */
    double capN = Double.POSITIVE_INFINITY;

    /**
     * Places the contact in the pose.
     *
     * @param g the subject's body (not modified)
     * @param pose the pose (not modified)
     */
    void place(SubjectGeometry g, Kinematics pose) {
        double[] j = pose.jointWorld;
        double[] fr = pose.discFrame;
        double d = g.trunkThigh.abdomenAnteriorM;
        for (int i = 0; i < 3; i++) {
            pointM[i] = j[3 * LEVEL + i] + d * fr[9 * LEVEL + 3 + i];
        }
        double[] lm = pose.segWorld;
        double hx = (lm[LEFT_HIP] + lm[RIGHT_HIP]) / 2;
        double hy = (lm[LEFT_HIP + 1] + lm[RIGHT_HIP + 1]) / 2;
        double hz = (lm[LEFT_HIP + 2] + lm[RIGHT_HIP + 2]) / 2;
        surface.measure(pointM[0], pointM[1], pointM[2], hx, hy, hz, (lm[LEFT_KNEE] + lm[RIGHT_KNEE]) / 2,
                (lm[LEFT_KNEE + 1] + lm[RIGHT_KNEE + 1]) / 2, (lm[LEFT_KNEE + 2] + lm[RIGHT_KNEE + 2]) / 2,
                g.trunkThigh.thighProximalRadiusM, g.trunkThigh.thighDistalRadiusM, pose);
    }

    /**
     * @return whether the abdomen touches the thighs in the placed pose ({@link ThighSurface#touches()})
     */
    boolean touches() {
        return surface.touches();
    }

    /**
     * @return whether the abdomen passes into the thighs in the placed pose by more than
     *     {@link Support#CONTACT_TOLERANCE_M} ({@link ThighSurface#penetrates()}): a posture that cannot be posed
     */
    boolean penetrates() {
        return surface.penetrates();
    }

    /**
     * Sizes the push (the rule in the class comment: the least over the lumbar levels of the push that
     * cancels the level's extensor need, and no more than {@link #capN}, which {@link SolvePipeline} sets
     * to the resting body's push, so that the hand loads are left out of the sizing) and adds it to the
     * loads above every disc; none unless the abdomen {@link #touches()} the thighs.
     *
     * @param net the net loads (modified: the push is added above every disc)
     * @param tissue the passive tissues' moments at the prescribed posture (not modified)
     * @param pose the pose (not modified)
     */
    void push(NetLoads net, TissueLoads tissue, Kinematics pose) {
        forceN = 0;
        if (!touches()) {
            return;
        }
        double[] fr = pose.discFrame;
        double[] j = pose.jointWorld;
        double[] normal = surface.normal;
        double nx = normal[0], ny = normal[1], nz = normal[2];
        double force = Double.POSITIVE_INFINITY;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            int o = 9 * k;
            double lx = fr[o + 6], ly = fr[o + 7], lz = fr[o + 8];
            double ax = pointM[0] - j[3 * k], ay = pointM[1] - j[3 * k + 1], az = pointM[2] - j[3 * k + 2];
            // moment of a unit push about the disc centre, (r - c) x n, on the level's lateral axis (+ = extends)
            double perUnit = (ay * nz - az * ny) * lx + (az * nx - ax * nz) * ly + (ax * ny - ay * nx) * lz;
            // + = extends the body above: the external moment plus the passive tissues' (resisting flexion)
            double need = net.extMoment[3 * k] * lx + net.extMoment[3 * k + 1] * ly + net.extMoment[3 * k + 2] * lz
                    + tissue.passiveAxisMomentNm[3 * k];
            if (perUnit > 0) {
                // the most this level allows before it would need a flexor; none if it needs no extensor
                force = Math.min(force, Math.max(0, -need / perUnit));
            }
        }
        if (force == Double.POSITIVE_INFINITY) {
            force = 0;
        }
        force = Math.min(force, capN);
        forceN = force;
        if (force == 0) {
            return;
        }
        net.addPointForce(force * nx, force * ny, force * nz, pointM[0], pointM[1], pointM[2], pose);
    }

    /** Adds the push, if any, about the point (cx, cy, cz) to a force and moment {@code acc[0..5]}. */
    void addAbout(double[] acc, double cx, double cy, double cz) {
        if (forceN == 0) {
            return;
        }
        double[] normal = surface.normal;
        ExternalActions.addForce(acc, forceN * normal[0], forceN * normal[1], forceN * normal[2],
                pointM[0] - cx, pointM[1] - cy, pointM[2] - cz);
    }
}
