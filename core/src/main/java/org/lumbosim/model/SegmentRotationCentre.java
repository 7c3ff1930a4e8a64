package org.lumbosim.model;

/**
 * Where each lumbar level rotates for its passive tissues: the centre about which the body above
 * turns relative to the body below, as a posterior offset from the disc centre along the disc's
 * anterior axis, per level L5-S1, L4-L5, L3-L4, L2-L3, L1-L2 (index 0 = L5-S1).
 *
 * <p><b>Source and how read</b>: the joint nodes of the AnyBody Managed Model Repository standard
 * trunk, the same model and commit the ligaments' lines of action come from ({@link LumbarLigament}:
 * github AnyBody/ammr, commit ef387217a8c6, Body/AAUHuman/Trunk/TrunkData1.1/LumbarNodes.any), i.e.
 * <b>model file</b>, derived by us: the distance from the midpoint of the lower vertebra's superior
 * endplate nodes (sacrum: {@code SacrumBaseAnteriorNode}, {@code SacrumBasePosteriorNode}; L5..L2:
 * {@code SuperiorEndplateAnteriorNode}, {@code SuperiorEndplatePosteriorNode}) to the level's joint
 * node ({@code L5SacrumJntNode} .. {@code L1L2JntNode}), along the endplate's anterior axis (anterior
 * minus posterior node). AMMR's segments are spherical joints at these nodes, so its ligament lines
 * (the lever arms we use) were laid out around them. Read that way, AMMR's rotation centre lies
 * 20-27 % of its endplate depth (22.6-24.6 mm) behind the endplate's midpoint at L1-L2 .. L4-L5,
 * 1.7-2.6 mm above the lower endplate (in the posterior part of the disc, near the endplate below),
 * and on the sacral endplate's midpoint at L5-S1 (0.4 mm in front of it, 0.1 mm above it). AMMR's
 * documentation lists Pearcy and Bogduk (1988, Spine 13:1033-1041, instantaneous axes of rotation
 * of the lumbar intervertebral joints from flexion-extension radiographs of ten subjects) among its
 * references but does not say that the nodes came from it; that paper's numbers were not read here
 * (abstract only: the axes fall within a small range of the mean location at each level).
 *
 * <p>Used for the offset along the disc's anterior axis only. The height above the lower endplate
 * is not used: our spine has no endplates (its joint is taken as the disc centre), and a centre
 * moved along the disc normal by {@code h} shifts the body above sideways by {@code h θ}, which
 * changes a ligament's length only to second order. The same centre serves flexion and extension
 * (AMMR has one joint; no per-direction centre was read). Lengths scale with the spine like the
 * ligament lever arms.
 */
final class SegmentRotationCentre {
    private SegmentRotationCentre() {
    }

    /**
     * Posterior offset of each level's rotation centre from the disc centre along the disc's
     * anterior axis (mm, + posterior; AMMR standard trunk, unscaled), L5-S1 .. L1-L2.
     */
    private static final double[] POSTERIOR_OFFSET_MM = {-0.40, 6.75, 6.01, 4.72, 4.80};

    /**
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @return posterior offset of the level's rotation centre from the disc centre (mm, AMMR standard trunk)
     */
    static double posteriorOffsetMm(int level) {
        return POSTERIOR_OFFSET_MM[level];
    }
}
