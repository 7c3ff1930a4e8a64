package org.lumbosim.model;

/**
 * Where a floor beneath a face-up pelvis touches it: the dorsal outline of the sacrum, in the pelvis
 * frame of the generic OpenSim model whose hip joint centres {@link OpenSimFullBodyGeometry} and
 * ischial tuberosities {@link IschialTuberosityGeometry} use (Delp et al. 1990, "gait2392"; Hamner et
 * al. 2010): x anterior, y superior, z right, origin at L5-S1, pelvis tilt 0, generic stature 1.80 m.
 *
 * <p><b>Source, how read (derived from a model file).</b> The sacrum mesh of the OpenSim models
 * repository ({@code Geometry/sacrum.vtp}, commit 20a888b9655e73fb84963d6e03eee3752cf6074b, 192
 * vertices, pelvis frame; back joint at (-0.1007, 0.0815, 0) m, hip joint centre at (-0.0707,
 * -0.0661, 0.0835) m). Turning the mesh about the z axis through L5-S1 from 60 to 125 deg of
 * posterior pelvic rotation (lying on the back is 90; a posterior tilt of the pelvis, as in
 * the knee-to-chest exercises, adds to it), its lowest vertex is, in turn, one of four vertices on
 * the median sacral crest (z within 0.3 mm of 0): (-0.178071, -0.023529) from 60 to 86 deg,
 * (-0.179688, 0.003407) from 87 to 117 deg, (-0.16779, 0.026284) and (-0.160282, 0.03748) m. A
 * least-squares circle through them (sagittal projection) has its centre 2.00 cm behind and 8.95 cm
 * below L5-S1, radius 5.95 cm (residuals within 1.3 mm). Lying on the back (90 deg) the crest's
 * lowest point is 10.9 cm below the hip joint centres and 7.0 cm towards the head; at 110 deg,
 * 12.6 cm below and 2.8 cm towards the head. Below 60 deg of posterior rotation the ischial
 * tuberosities ({@link IschialTuberosityGeometry}) lie lower; at 60 deg both lie 7.2 cm below the
 * hips (the docs' research note on the seat contact found the same crossing).
 *
 * <p>Not modelled: the soft tissue over the sacrum and the buttocks, which share the load of the
 * bony crest in a real body (the contact points are placed at the hips' lateral offset, see
 * {@link Landmark#PELVIS_REST_LEFT}).
 */
final class SacralOutlineGeometry {
    private SacralOutlineGeometry() {
    }

    /** Centre of the sacral crest's dorsal outline, anterior of L5-S1 (m): -0.1207035 - (-0.1007). */
    static final double ROCKER_CENTRE_X_M = -0.02000;
    /** Centre of the sacral crest's dorsal outline, above L5-S1 (m, negative = below): -0.0079992 - 0.0815. */
    static final double ROCKER_CENTRE_Y_M = -0.08950;
    /** Radius of the sacral crest's dorsal outline (m). */
    static final double ROCKER_RADIUS_M = 0.05952;
}
