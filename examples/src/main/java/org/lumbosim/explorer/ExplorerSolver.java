package org.lumbosim.explorer;

import java.util.List;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.LumbosimException;
import org.lumbosim.Lumbosim;
import org.lumbosim.UnsupportedPostureException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.PositionM;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodyPose;
import org.lumbosim.result.BodySide;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.TrunkOnThighsPush;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.viz.StickScene;

/**
 * Solves the explorer's inputs with the library ({@link Lumbosim#toResult} on a fresh workspace, as
 * {@link Lumbosim#analyze} does) and packs what the page shows into one array of numbers; the same
 * code runs on the JVM and, compiled by TeaVM, in the browser. Keeps the last subject's models, their
 * workspaces (started cold before every solve, {@link Workspace#resetWarmStart}, so the numbers equal
 * a fresh workspace's to the last bit) and its relaxed-standing loads, so a slider that does not
 * change the subject costs two solves: the arms-hanging pose (where the shoulder is) and the task.
 *
 * <p>Layout of {@link #solve}'s array: {@link #STATUS} (one of {@link #OK}, {@link #INFEASIBLE},
 * {@link #UNSUPPORTED}, {@link #NOT_CONVERGED}); {@link #SHOULDER_DEG}, {@link #GRIP_X_M},
 * {@link #GRIP_Y_M}, {@link #HIP_DEG}; from {@link #LEVELS}, per level (L5-S1 first)
 * {@link #PER_LEVEL} numbers: compression (N), AP shear (N), IDP (MPa), compression / relaxed
 * standing, IDP / relaxed standing (0 when the task is not solved); from {@link #PUSH}, the thighs'
 * push on a trunk resting on them ({@link ExplorerInputs.Stance#SITTING_TRUNK_ON_THIGHS}): 1 when the
 * stance has it (else 0 and the rest 0), the push's anterior and superior components (N, 0 when the task
 * is not solved), the abdomen's contact point (x, y) and its gap from the thighs' upper surface (m,
 * + clear); from {@link #HANDS}, the thighs' push on hands resting on them
 * ({@link ExplorerInputs.Stance#SITTING_HANDS_ON_THIGHS}): 1 when the stance has it (else 0 and the rest
 * 0), the push on both hands together (N, 0 when the task is not solved), each hand's gap from its
 * thigh (left, right; m, + clear) and the push on each hand, anterior and superior (left, then right; N,
 * 0 when the task is not solved); from {@link #SCENE}, the stick
 * figure as {@link StickScene} places it (the same code as the library's figures, so the page draws
 * the floor under the lowest contact, the contacts, the load's box, the centre of mass and the base
 * of support as they do), side view, x and y in m: floor height, base of support's rear and front
 * end, centre of mass (x, y; with the load), the five disc centres (L5-S1 first, x, y); then the
 * number of segments and for each {@link #SEGMENT_SIZE} numbers: kind ({@link #TRUNK}, {@link #HEAD},
 * {@link #GIRDLE}, {@link #ARM}, {@link #LEG}), side (-1 left, 0 middle, 1 right), from (x, y), to
 * (x, y); then the number of contacts and for each {@link #CONTACT_SIZE} numbers: the body's point (x,
 * y), the surface's height, the tissue depth between them and where it is: 1 on the surroundings, 0 the
 * abdomen on the thighs, 2 a hand on its thigh; then the number of props and for each
 * its {@link StickScene.PropKind} ordinal, its number of corners and their (x, y). The array's length
 * varies with the number of contacts and props.
 */
public final class ExplorerSolver {
    /** Index of the status. */
    public static final int STATUS = 0;
    /** Status: solved. */
    public static final int OK = 0;
    /** Status: the muscles cannot balance the task ({@link #message()} says how strong they would need to be). */
    public static final int INFEASIBLE = 1;
    /** Status: the supports cannot hold the body, or the abdomen would pass into the thighs ({@link #message()} says which). */
    public static final int UNSUPPORTED = 2;
    /** Status: the recruitment did not converge. */
    public static final int NOT_CONVERGED = 3;
    /** Index of the shoulder flexion used (deg). */
    public static final int SHOULDER_DEG = 1;
    /** Index of the grip's anterior position (m from L5-S1). */
    public static final int GRIP_X_M = 2;
    /** Index of the grip's height (m above L5-S1). */
    public static final int GRIP_Y_M = 3;
    /** Index of the hip flexion used (deg). */
    public static final int HIP_DEG = 4;
    /** Index of the first level's numbers. */
    public static final int LEVELS = 5;
    /** Numbers per level. */
    public static final int PER_LEVEL = 5;
    /** Index of the thighs' push on the trunk: whether the stance has it (1 or 0), then its numbers. */
    public static final int PUSH = LEVELS + PER_LEVEL * 5;
    /** Numbers of the thighs' push: present, force x, force y (N), point x, point y, gap (m). */
    public static final int PUSH_SIZE = 6;
    /** Index of the thighs' push on the hands resting on them: whether the stance has it (1 or 0), then its numbers. */
    public static final int HANDS = PUSH + PUSH_SIZE;
    /**
     * Numbers of the thighs' push on the hands: present, force (N, both sides), left and right hand's gap
     * (m), the push on the left hand (anterior, superior; N), then on the right.
     */
    public static final int HANDS_SIZE = 8;
    /** Index of the stick figure's scene (the floor's height first). */
    public static final int SCENE = HANDS + HANDS_SIZE;
    /** Numbers per segment of the scene. */
    public static final int SEGMENT_SIZE = 6;
    /** Numbers per contact of the scene. */
    public static final int CONTACT_SIZE = 5;
    /** Segment kind: the spine between the hips and C7. */
    public static final int TRUNK = 0;
    /** Segment kind: C7 to the top of the head. */
    public static final int HEAD = 1;
    /** Segment kind: the pelvis or the shoulder girdle. */
    public static final int GIRDLE = 2;
    /** Segment kind: upper arm, forearm or hand. */
    public static final int ARM = 3;
    /** Segment kind: thigh, shank or foot. */
    public static final int LEG = 4;
    /** Numbers before the scene's segment count: floor, base of support (2), centre of mass (2), discs. */
    private static final int SCENE_HEADER = 5 + 2 * 5;

    /** Pascals in a megapascal. */
    private static final double PA_PER_MPA = 1e6;
    /**
     * Where the library's messages start echoing the task (its posture record and loads), which the
     * page's sliders already show.
     */
    private static final String TASK_ECHO = "; posture ";
    /** Moment axes per level in the recruitment's rows. */
    private static final int AXES = 3;
    /** The axis of each row of a level, as {@link Lumbosim} names them. */
    private static final String[] AXIS_NAMES = {"flexion-extension", "lateral bending", "axial rotation"};

    private Subject subject;
    private LumbarModel kinematicModel;
    private Workspace kinematicWorkspace;
    private final Workspace[] workspaces = new Workspace[MuscleModelKind.values().length];
    private final LumbarModel[] models = new LumbarModel[MuscleModelKind.values().length];
    private final AnalysisResult[] standing = new AnalysisResult[MuscleModelKind.values().length];
    private String message = "";

    /** A solver with no model yet (built at the first solve). */
    public ExplorerSolver() {
    }

    /**
     * Solves one setting of the sliders.
     *
     * @param in the inputs
     * @return the numbers the page shows, laid out as in the class comment (finite)
     */
    public double[] solve(ExplorerInputs in) {
        message = "";
        if (!in.subject().equals(subject)) {
            subject = in.subject();
            kinematicModel = LumbarModel.of(subject);
            kinematicWorkspace = kinematicModel.newWorkspace();
            java.util.Arrays.fill(models, null);
            java.util.Arrays.fill(workspaces, null);
            java.util.Arrays.fill(standing, null);
        }
        LumbarModel model = model(in.muscles());
        Workspace hanging = kinematicWorkspace;
        hanging.resetWarmStart();
        kinematicModel.solve(in.armsHangingPosture(), List.of(), hanging);
        double sx = hanging.landmarkM(Landmark.SHOULDER_RIGHT, 0);
        double armLength = Math.hypot(hanging.landmarkM(Landmark.GRIP_RIGHT, 0) - sx,
                hanging.landmarkM(Landmark.GRIP_RIGHT, 1) - hanging.landmarkM(Landmark.SHOULDER_RIGHT, 1));
        Posture posture = in.posture(sx, armLength);
        List<HandLoad> loads = in.loads();
        Workspace ws = workspaces[in.muscles().ordinal()];
        ws.resetWarmStart();
        model.solve(posture, loads, ws);
        TrunkOnThighsPush push = in.supports().contains(Support.TRUNK_ON_THIGHS) ? new TrunkOnThighsPush(
                new PositionM(ws.trunkOnThighsPointM(0), ws.trunkOnThighsPointM(1), ws.trunkOnThighsPointM(2)),
                ws.trunkOnThighsForceN(0), ws.trunkOnThighsForceN(1), ws.trunkOnThighsForceN(2),
                ws.trunkOnThighsGapM()) : null;
        double[] out = scene(ws, push, in);
        if (push != null) {
            out[PUSH] = 1;
            out[PUSH + 3] = push.pointM().xM();
            out[PUSH + 4] = push.pointM().yM();
            out[PUSH + 5] = push.gapM();
        }
        if (in.supports().contains(Support.HANDS_ON_THIGHS)) {
            out[HANDS] = 1;
            out[HANDS + 2] = ws.handsOnThighsGapM(0);
            out[HANDS + 3] = ws.handsOnThighsGapM(1);
        }
        out[SHOULDER_DEG] = posture.shoulderFlexionDeg();
        out[HIP_DEG] = posture.hipFlexionDeg();
        out[GRIP_X_M] = ws.landmarkM(Landmark.GRIP_RIGHT, 0);
        out[GRIP_Y_M] = ws.landmarkM(Landmark.GRIP_RIGHT, 1);
        if (ws.supportsBalanced() && !ws.solved() && ws.status() == QpStatus.INFEASIBLE) {
            // Lumbosim.toResult would also search how strong the muscles would have to be: a min-max
            // solve that takes longer than a slider move may (tens of ms); the page says what fails.
            int row = ws.qpWorstRow();
            out[STATUS] = INFEASIBLE;
            message = "the muscles cannot balance this task: at " + SpinalLevel.ofIndex(row / AXES).label()
                    + " a " + AXIS_NAMES[row % AXES] + " moment of " + Math.round(ws.qpResidualNm())
                    + " N\u00b7m is left with every muscle between zero and its largest force ("
                    + ws.model().tissueParameters().maxMuscleStressPa() / PA_PER_MPA + " MPa \u00d7 its area)";
            return out;
        }
        try {
            AnalysisResult r = Lumbosim.toResult(ws, posture, loads);
            AnalysisResult base = standing(in.muscles());
            if (r.trunkOnThighs() != null) {
                out[PUSH + 1] = r.trunkOnThighs().forceXN();
                out[PUSH + 2] = r.trunkOnThighs().forceYN();
            }
            if (out[HANDS] == 1) {
                out[HANDS + 1] = ws.handsOnThighsForceN();
                for (HandOnThighPush h : r.handsOnThighs()) {
                    int i = HANDS + (h.side() == BodySide.LEFT ? 4 : 6);
                    out[i] = h.forceXN();
                    out[i + 1] = h.forceYN();
                }
            }
            for (SpinalLevel l : SpinalLevel.values()) {
                LevelLoad load = r.level(l);
                int i = LEVELS + PER_LEVEL * l.ordinal();
                out[i] = load.compressionN();
                out[i + 1] = load.apShearN();
                out[i + 2] = load.idpMPa();
                out[i + 3] = load.compressionN() / base.level(l).compressionN();
                out[i + 4] = load.idpMPa() / base.level(l).idpMPa();
            }
            out[STATUS] = OK;
        } catch (UnsupportedPostureException e) {
            out[STATUS] = UNSUPPORTED;
            String m = e.getMessage();
            int echo = m.indexOf(TASK_ECHO);
            message = echo < 0 ? m : m.substring(0, echo);
        } catch (LumbosimException e) {
            out[STATUS] = e instanceof InfeasibleRecruitmentException ? INFEASIBLE : NOT_CONVERGED;
            message = e.getMessage();
        }
        return out;
    }

    /**
     * The array with the stick figure's scene of the workspace's pose filled in (drawn whether or not
     * the muscles balance it; the loads are filled in later).
     */
    private static double[] scene(Workspace ws, TrunkOnThighsPush push, ExplorerInputs in) {
        BodyPose pose = Lumbosim.pose(ws);
        StickScene scene = StickScene.of(pose, Lumbosim.balance(ws), push, in.supports(), in.loadKg());
        int length = SCENE + SCENE_HEADER + 1 + SEGMENT_SIZE * scene.segments().size() + 1
                + CONTACT_SIZE * scene.contacts().size() + 1;
        for (StickScene.Prop prop : scene.props()) {
            length += 2 + 2 * prop.outline().size();
        }
        double[] out = new double[length];
        int p = SCENE;
        out[p++] = scene.floorYM();
        out[p++] = scene.baseMinXM();
        out[p++] = scene.baseMaxXM();
        out[p++] = scene.centreOfMassM().xM();
        out[p++] = scene.centreOfMassM().yM();
        for (PositionM c : pose.discCentres()) {
            out[p++] = c.xM();
            out[p++] = c.yM();
        }
        out[p++] = scene.segments().size();
        for (StickScene.Segment s : scene.segments()) {
            out[p++] = kind(s);
            out[p++] = s.side() == StickScene.Side.LEFT ? -1 : s.side() == StickScene.Side.RIGHT ? 1 : 0;
            out[p++] = s.from().xM();
            out[p++] = s.from().yM();
            out[p++] = s.to().xM();
            out[p++] = s.to().yM();
        }
        out[p++] = scene.contacts().size();
        for (StickScene.Contact c : scene.contacts()) {
            out[p++] = c.pointM().xM();
            out[p++] = c.pointM().yM();
            out[p++] = c.surfaceYM();
            out[p++] = c.tissueM();
            out[p++] = c.onSurroundings() ? 1 : c.support() == Support.HANDS_ON_THIGHS ? 2 : 0;
        }
        out[p++] = scene.props().size();
        for (StickScene.Prop prop : scene.props()) {
            out[p++] = prop.kind().ordinal();
            out[p++] = prop.outline().size();
            for (double[] corner : prop.outline()) {
                out[p++] = corner[0];
                out[p++] = corner[1];
            }
        }
        return out;
    }

    private static int kind(StickScene.Segment s) {
        if (s.arm()) {
            return ARM;
        }
        if (s.leg()) {
            return LEG;
        }
        if (s.name().equals("head")) {
            return HEAD;
        }
        return s.side() == StickScene.Side.MIDDLE && (s.name().equals("pelvis") || s.name().equals("shoulder girdle"))
                ? GIRDLE : TRUNK;
    }

    /** @return why the last solve has no loads (empty when it has) */
    public String message() {
        return message;
    }

    private LumbarModel model(MuscleModelKind kind) {
        if (models[kind.ordinal()] == null) {
            models[kind.ordinal()] = kinematicModel.withMuscleModel(kind);
            workspaces[kind.ordinal()] = models[kind.ordinal()].newWorkspace();
        }
        return models[kind.ordinal()];
    }

    /** Relaxed standing, no load, for the current subject and a muscle model. */
    private AnalysisResult standing(MuscleModelKind kind) {
        if (standing[kind.ordinal()] == null) {
            standing[kind.ordinal()] = Lumbosim.analyze(model(kind), PosturePreset.STANDING_RELAXED.posture(), List.of());
        }
        return standing[kind.ordinal()];
    }
}
