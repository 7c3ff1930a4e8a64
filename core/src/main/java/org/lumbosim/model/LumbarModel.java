package org.lumbosim.model;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.posture.LumbarMotion;
import org.lumbosim.posture.Posture;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * The lumbar spine model of one subject: scaled body geometry and masses, a trunk muscle set, the
 * passive tissues, intra-abdominal pressure, the discs and the recruitment settings. Immutable and
 * thread-safe; {@link #solve} needs a {@link Workspace} per thread.
 *
 * <p>The chain (see the package documentation for frames and signs): posture to body pose
 * (forward kinematics of pelvis, L5..L1 and thorax, with lumbar motion shared by
 * {@link LumbarMotion}); net force and moment of gravity, hand loads and supports on the body
 * above each disc; passive tissue moment and abdominal pressure force; muscle forces balancing the
 * rest about all three axes at all five levels (recruitment); the disc's reaction resolved in its
 * own frame into compression, anterior-posterior and lateral shear; intradiscal pressure
 * {@code p0 + 1.5 F / A}. Each step is a package-private stage; the workspace's solve pipeline runs
 * them in this order, for statics and inverse dynamics alike.
 */
public final class LumbarModel {
    static final int LEVELS = SpinalLevel.count();
    static final int JOINTS = LEVELS + 1;
    static final int BODIES = Fascicle.Body.values().length;
    /**
     * Shortest time step between the frames of {@link #solveFrame} (s), a 1 MHz recording. The
     * central differences of the inverse dynamics divide by the step squared: below about 1e-154 s
     * that is infinite, and even three identical frames then give NaN accelerations (0 × ∞).
     */
    public static final double MIN_FRAME_STEP_S = 1e-6;
    /**
     * Largest magnitude of each component of the L5-S1 joint centre's acceleration given to
     * {@link #solveFrame(Posture, Posture, Posture, double, double[], List, Workspace)} (m/s²): the
     * largest a central difference of positions within the model's reach
     * ({@link PositionM#MAX_ABS_M}) can give at the shortest step, {@code 4 × 3 m / (1e-6 s)²}, about
     * 1.2e13 m/s². Far beyond anything a body survives; it only keeps the solve's arithmetic finite
     * (an acceleration of 1e307 m/s² gave NaN loads with {@link Workspace#solved()} true).
     */
    public static final double MAX_L5S1_ACCELERATION_MPS2 = 4 * PositionM.MAX_ABS_M
            / (MIN_FRAME_STEP_S * MIN_FRAME_STEP_S);
    /** A joint centre at rest. */
    private static final double[] NO_BASE_ACCELERATION = new double[3];
    /** The names of the L5-S1 acceleration's components in messages. */
    private static final String[] ACCELERATION_NAMES = {"l5s1AccelerationMps2[0]", "l5s1AccelerationMps2[1]",
        "l5s1AccelerationMps2[2]"};
    /** No level's disc area given (all NaN): shared by every model built by {@link #of}, never modified. */
    private static final double[] NO_DISC_AREA_GIVEN = new double[LEVELS];

    static {
        Arrays.fill(NO_DISC_AREA_GIVEN, Double.NaN);
    }

    private final Subject subject;
    private final MuscleModelKind muscleKind;
    private final RecruitmentSolver solver;
    private final TissueParameters tissue;
    private final OverloadPolicy overload;
    private final LevelCoupling levelCoupling;
    private final AbdominalPressureMode abdominalPressure;
    /** The subject's own disc area per level (mm²), NaN where the default applies; never modified. */
    private final double[] givenDiscAreaMm2;
    private final MuscleSet muscles;
    final SubjectGeometry geometry;

    private LumbarModel(Subject subject, MuscleModelKind muscleKind, RecruitmentSolver solver, TissueParameters tissue,
                        OverloadPolicy overload, LevelCoupling levelCoupling, AbdominalPressureMode abdominalPressure,
                        double[] givenDiscAreaMm2) {
        this.subject = subject;
        this.muscleKind = muscleKind;
        this.solver = solver;
        this.tissue = tissue;
        this.overload = overload;
        this.levelCoupling = levelCoupling;
        this.abdominalPressure = abdominalPressure;
        this.givenDiscAreaMm2 = givenDiscAreaMm2;
        this.muscles = MuscleSet.of(muscleKind);
        this.geometry = new SubjectGeometry(subject, tissue, muscles, givenDiscAreaMm2);
    }

    /**
     * A model of {@code base}'s subject with other recruitment settings or another overload policy:
     * it shares {@code base}'s muscle set and subject geometry, which depend on neither and are never
     * modified (a population builds one model per person and sets its policy: one geometry, not two).
     */
    private LumbarModel(LumbarModel base, RecruitmentSolver solver, OverloadPolicy overload,
                        LevelCoupling levelCoupling, AbdominalPressureMode abdominalPressure) {
        this.subject = base.subject;
        this.muscleKind = base.muscleKind;
        this.solver = solver;
        this.tissue = base.tissue;
        this.overload = overload;
        this.levelCoupling = levelCoupling;
        this.abdominalPressure = abdominalPressure;
        this.givenDiscAreaMm2 = base.givenDiscAreaMm2;
        this.muscles = base.muscles;
        this.geometry = base.geometry;
    }

    /**
     * The default model of a subject: single-equivalent muscles, squared-stress recruitment.
     *
     * @param subject the person (not modified)
     * @return the model
     */
    public static LumbarModel of(Subject subject) {
        return of(subject, MuscleModelKind.SINGLE_EQUIVALENT, TissueParameters.published());
    }

    /**
     * A model in one step (populations build one per person): squared-stress recruitment.
     *
     * @param subject the person (not modified)
     * @param kind the muscle model
     * @param tissue the tissue constants
     * @return the model
     */
    public static LumbarModel of(Subject subject, MuscleModelKind kind, TissueParameters tissue) {
        Checks.given(subject, "subject", "a subject is needed (e.g. Subject.defaultSubject())");
        Checks.given(kind, "kind", "a muscle model is needed (e.g. MuscleModelKind.SINGLE_EQUIVALENT)");
        Checks.given(tissue, "tissue", "tissue parameters are needed (e.g. TissueParameters.published())");
        return new LumbarModel(subject, kind, RecruitmentSolver.defaults(), tissue, OverloadPolicy.FAIL,
                LevelCoupling.DEVIATIONS, AbdominalPressureMode.PRESCRIBED, NO_DISC_AREA_GIVEN);
    }

    /**
     * @param kind muscle model
     * @return a model of the same subject with another muscle model
     * @throws IllegalArgumentException if {@code kind} is null
     */
    public LumbarModel withMuscleModel(MuscleModelKind kind) {
        Checks.given(kind, "kind", "a muscle model is needed (SINGLE_EQUIVALENT or MULTI_FASCICLE)");
        return kind == muscleKind ? this : new LumbarModel(subject, kind, solver, tissue, overload, levelCoupling,
                abdominalPressure, givenDiscAreaMm2);
    }

    /**
     * @param newSolver recruitment settings
     * @return a model of the same subject with other recruitment settings
     * @throws IllegalArgumentException if {@code newSolver} is null
     */
    public LumbarModel withSolver(RecruitmentSolver newSolver) {
        Checks.given(newSolver, "newSolver", "recruitment settings are needed; see RecruitmentSolver.defaults()");
        return new LumbarModel(this, newSolver, overload, levelCoupling, abdominalPressure);
    }

    /**
     * @param newTissue tissue constants
     * @return a model of the same subject with other tissue constants
     */
    public LumbarModel withTissueParameters(TissueParameters newTissue) {
        Checks.given(newTissue, "newTissue", "tissue parameters are needed; see TissueParameters.published()");
        return new LumbarModel(subject, muscleKind, solver, newTissue, overload, levelCoupling, abdominalPressure,
                givenDiscAreaMm2);
    }

    /** @return the tissue constants */
    public TissueParameters tissueParameters() {
        return tissue;
    }

    /**
     * @param policy what a solve does when the muscles cannot balance the task within the subject's
     *     strength
     * @return a model of the same subject with that policy
     */
    public LumbarModel withOverloadPolicy(OverloadPolicy policy) {
        Checks.given(policy, "policy", "an overload policy is needed (FAIL or REPORT)");
        return policy == overload ? this : new LumbarModel(this, solver, policy, levelCoupling, abdominalPressure);
    }

    /**
     * @param coupling how the recruitment ties the levels together (docs/recruitment.md, "Level coupling")
     * @return a model of the same subject with that coupling
     */
    public LumbarModel withLevelCoupling(LevelCoupling coupling) {
        Checks.given(coupling, "coupling", "a level coupling is needed (DEVIATIONS or CHRISTOPHY_2012)");
        return coupling == levelCoupling ? this : new LumbarModel(this, solver, overload, coupling, abdominalPressure);
    }

    /** @return how the recruitment ties the levels together (default {@link LevelCoupling#DEVIATIONS}) */
    public LevelCoupling levelCoupling() {
        return levelCoupling;
    }

    /**
     * @param mode how the abdominal pressure is found (docs/recruitment.md, "Recruited abdominal pressure")
     * @return a model of the same subject with that mode
     */
    public LumbarModel withAbdominalPressure(AbdominalPressureMode mode) {
        Checks.given(mode, "mode", "an abdominal pressure mode is needed (PRESCRIBED or RECRUITED)");
        return mode == abdominalPressure ? this : new LumbarModel(this, solver, overload, levelCoupling, mode);
    }

    /** @return how the abdominal pressure is found (default {@link AbdominalPressureMode#PRESCRIBED}) */
    public AbdominalPressureMode abdominalPressure() {
        return abdominalPressure;
    }

    /** @return what a solve does when the muscles cannot balance the task (default {@link OverloadPolicy#FAIL}) */
    public OverloadPolicy overloadPolicy() {
        return overload;
    }

    /** @return the subject */
    public Subject subject() {
        return subject;
    }

    /** @return the muscle model */
    public MuscleModelKind muscleModel() {
        return muscleKind;
    }

    /** @return the recruitment settings */
    public RecruitmentSolver solver() {
        return solver;
    }

    /**
     * @return the muscle lines scaled to the subject, in the order of {@link Workspace#muscleForceN(int)}
     *     (a new list on each call)
     */
    public List<Fascicle> fascicles() {
        return muscles.scaled(geometry.muscleScale, geometry.pcsaM2);
    }

    /** @return number of muscle lines */
    public int muscleCount() {
        return muscles.count();
    }

    MuscleSet muscleSet() {
        return muscles;
    }

    /**
     * The subject's own disc area at one level, for instance measured on an image, in place of the
     * default derived from stature ({@link DiscAreaConstants}). The tissue parameters' disc area
     * factor ({@link TissueParameters#discAreaScale()}) still multiplies it, as it multiplies every
     * default area.
     *
     * @param level a level
     * @param discAreaMm2 the disc's cross-sectional area (mm²), in
     *     [{@value DiscAreaConstants#MIN_GIVEN_DISC_AREA_MM2}, {@value DiscAreaConstants#MAX_GIVEN_DISC_AREA_MM2}]
     * @return a model of the same subject with that area at that level (other levels unchanged)
     * @throws ParameterOutOfRangeException if the area is outside the range (or not finite)
     * @throws IllegalArgumentException if the level is null
     */
    public LumbarModel withDiscAreaMm2(SpinalLevel level, double discAreaMm2) {
        Checks.given(level, "level", "a level is needed (one of L1-L2, L2-L3, L3-L4, L4-L5, L5-S1)");
        Checks.inRange("discAreaMm2." + level.label(), discAreaMm2, DiscAreaConstants.MIN_GIVEN_DISC_AREA_MM2,
                DiscAreaConstants.MAX_GIVEN_DISC_AREA_MM2, "mm2");
        double[] given = givenDiscAreaMm2.clone();
        given[level.ordinal()] = discAreaMm2;
        return new LumbarModel(subject, muscleKind, solver, tissue, overload, levelCoupling, abdominalPressure, given);
    }

    /**
     * @param level a level
     * @return the disc area given for the subject at that level by {@link #withDiscAreaMm2} (mm²,
     *     before the tissue parameters' factor); empty where the default derived from stature applies
     * @throws IllegalArgumentException if the level is null
     */
    public OptionalDouble givenDiscAreaMm2(SpinalLevel level) {
        Checks.given(level, "level", "a level is needed (one of L1-L2, L2-L3, L3-L4, L4-L5, L5-S1)");
        double a = givenDiscAreaMm2[level.ordinal()];
        return Double.isNaN(a) ? OptionalDouble.empty() : OptionalDouble.of(a);
    }

    /**
     * @param level a level
     * @return the disc's cross-sectional area used for intradiscal pressure (m²): the given area or
     *     the default for the subject's stature ({@link DiscAreaConstants}), times the tissue
     *     parameters' disc area factor
     * @throws IllegalArgumentException if the level is null
     */
    public double discAreaM2(SpinalLevel level) {
        Checks.given(level, "level", "a level is needed (one of L1-L2, L2-L3, L3-L4, L4-L5, L5-S1)");
        return geometry.discAreaM2[level.ordinal()];
    }

    /**
     * The mechanical part of the intradiscal pressure, {@code factor F / A}, with this model's
     * Nachemson factor and disc area: the formula of every solve's pressure less the unloaded
     * disc's (for models that add their own unloaded pressure, such as the diurnal disc).
     *
     * @param level a level
     * @param compressionN disc compression (N), finite
     * @return the pressure (MPa)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code compressionN} is not finite (it returned NaN or
     *     an infinite pressure)
     */
    public double mechanicalDiscPressureMPa(SpinalLevel level, double compressionN) {
        Checks.given(level, "level", "a level is needed");
        Checks.finite("compressionN", compressionN, "N");
        return DiscMechanics.mechanicalPressureMPa(tissue.nachemsonPressureFactor(), compressionN,
                geometry.discAreaM2[level.ordinal()]);
    }

    /** @return the subject's body mass times gravity (N) */
    public double bodyWeightN() {
        return geometry.bodyWeightN;
    }

    /**
     * @param level a level
     * @return the mass of the body above that disc (kg): trunk slices, head, arms
     * @throws IllegalArgumentException if the level is null
     */
    public double massAboveKg(SpinalLevel level) {
        Checks.given(level, "level", "a level is needed (one of L1-L2, L2-L3, L3-L4, L4-L5, L5-S1)");
        return geometry.massAboveKg(level.ordinal());
    }

    /**
     * What the model was made of, in the accessors' names and units (fifteenth session; it printed
     * {@code LumbarModel@66048bfd}): the subject, muscle model, tissue parameters, solver, overload
     * policy, level coupling, abdominal pressure and the disc areas given per level (mm², before the
     * tissue parameters' factor; {@code {}} where every level takes the default).
     *
     * @return e.g. {@code LumbarModel[subject=Subject[sex=MALE, statureM=1.75, ...], muscleModel=single-equivalent,
     *     ..., givenDiscAreaMm2={L4-L5=1800.0}]}
     */
    @Override
    public String toString() {
        StringBuilder areas = new StringBuilder("{");
        for (SpinalLevel l : SpinalLevel.values()) {
            double a = givenDiscAreaMm2[l.ordinal()];
            if (!Double.isNaN(a)) {
                areas.append(areas.length() > 1 ? ", " : "").append(l.label()).append('=').append(a);
            }
        }
        return "LumbarModel[subject=" + subject + ", muscleModel=" + muscleKind.id() + ", tissueParameters=" + tissue
                + ", solver=" + solver + ", overloadPolicy=" + overload + ", levelCoupling=" + levelCoupling.id()
                + ", abdominalPressure=" + abdominalPressure.id() + ", givenDiscAreaMm2=" + areas.append('}') + "]";
    }

    /** @return a new workspace for this model (one per thread) */
    public Workspace newWorkspace() {
        return new Workspace(this);
    }

    /**
     * A workspace for this model, reusing {@code ws} when it was made for a model with the same
     * muscle model (any subject): populations solve many subjects with one workspace per thread.
     *
     * @param ws a workspace or {@code null}
     * @return {@code ws} if it fits this model, else a new workspace
     */
    public Workspace workspaceFrom(Workspace ws) {
        return ws != null && fits(ws) ? ws : newWorkspace();
    }

    private boolean fits(Workspace ws) {
        LumbarModel last = ws.pipeline.model;
        return last == this || last.muscles == muscles;
    }

    /**
     * Refuses a missing posture, list of loads, load or workspace by name (a null load used to be
     * skipped, solving the task without it). Allocates nothing.
     */
    private static void checkTask(Posture posture, List<? extends ExternalLoad> loads, Workspace ws) {
        if (posture == null) {
            throw new IllegalArgumentException("posture is null: a posture is needed (e.g. Posture.uprightStanding())");
        }
        if (loads == null) {
            throw new IllegalArgumentException("loads is null: give List.of() for no load");
        }
        for (int i = 0, n = loads.size(); i < n; i++) {
            if (loads.get(i) == null) {
                throw new IllegalArgumentException("loads[" + i + "] is null: every load is needed (leave it out of "
                        + "the list for no load)");
            }
        }
        if (ws == null) {
            throw new IllegalArgumentException("ws is null: a workspace of this model is needed (newWorkspace())");
        }
    }

    /**
     * Solves one posture and load: the hot path. Allocates nothing. Results are read from
     * {@code ws}; check {@link Workspace#solved()} first: when it is false the loads are those of
     * the best forces found and must not be reported as a solution.
     *
     * @param posture the posture (not modified)
     * @param loads hand loads (not modified; may be empty)
     * @param ws this model's workspace (modified: all results)
     * @throws IllegalArgumentException if the posture, the list of loads, one of its loads or the
     *     workspace is null, or the workspace was made for another muscle model
     */
    public void solve(Posture posture, List<? extends ExternalLoad> loads, Workspace ws) {
        checkTask(posture, loads, ws);
        if (!fits(ws)) {
            throw new IllegalArgumentException("the workspace was made for the " + ws.model().muscleKind.id()
                    + " muscle model, this model uses " + muscleKind.id() + "; see workspaceFrom");
        }
        ws.pipeline.solve(this, posture, loads);
    }

    /**
     * Solves one frame of a motion by inverse dynamics: as {@link #solve}, plus the inertia of every
     * segment and of the held loads. Accelerations are central differences of the positions in the
     * previous, current and next frames; the thorax's and head's angular accelerations are those of
     * the posture's trunk angles, with rotational inertia from de Leva (1996) radii of gyration.
     * Allocates nothing. With three identical frames the result equals {@link #solve}'s.
     *
     * @param previous posture one step before (not modified)
     * @param current posture of this frame (not modified)
     * @param next posture one step after (not modified)
     * @param dtS time step between the frames (s), at least {@value #MIN_FRAME_STEP_S}
     * @param loads hand loads of this frame (not modified)
     * @param ws this model's workspace (modified: all results)
     * @throws ParameterOutOfRangeException if {@code dtS} is shorter than {@link #MIN_FRAME_STEP_S} or not finite
     * @throws IllegalArgumentException if a posture, the list of loads, one of its loads or the workspace
     *     is null, or the workspace was made for another muscle model
     */
    public void solveFrame(Posture previous, Posture current, Posture next, double dtS,
                           List<? extends ExternalLoad> loads, Workspace ws) {
        solveFrame(previous, current, next, dtS, NO_BASE_ACCELERATION, loads, ws);
    }

    /**
     * Solves one frame of a motion by inverse dynamics in which the L5-S1 joint centre itself
     * accelerates (the model's pelvis turns about L5-S1; in a walk or a squat the whole body also
     * translates): as {@link #solveFrame(Posture, Posture, Posture, double, List, Workspace)}, with
     * that acceleration added to every mass's and landmark's. Allocates nothing. With a zero
     * acceleration the result equals the other {@code solveFrame}'s.
     *
     * @param previous posture one step before (not modified)
     * @param current posture of this frame (not modified)
     * @param next posture one step after (not modified)
     * @param dtS time step between the frames (s), at least {@value #MIN_FRAME_STEP_S}
     * @param l5s1AccelerationMps2 acceleration of the L5-S1 joint centre in the model's world frame
     *     (m/s²; x anterior, y up, z to the right), three finite values each of magnitude at most
     *     {@link #MAX_L5S1_ACCELERATION_MPS2} (not modified)
     * @param loads hand loads of this frame (not modified)
     * @param ws this model's workspace (modified: all results)
     * @throws ParameterOutOfRangeException if {@code dtS} is shorter than {@link #MIN_FRAME_STEP_S} or not
     *     finite, or an acceleration component is not finite or beyond {@link #MAX_L5S1_ACCELERATION_MPS2}
     * @throws IllegalArgumentException if the acceleration is not three values, a posture, the list of
     *     loads, one of its loads or the workspace is null, or the workspace was made for another muscle model
     */
    public void solveFrame(Posture previous, Posture current, Posture next, double dtS, double[] l5s1AccelerationMps2,
                           List<? extends ExternalLoad> loads, Workspace ws) {
        Checks.inRange("dtS", dtS, MIN_FRAME_STEP_S, Double.MAX_VALUE, "s");
        Checks.given(l5s1AccelerationMps2, "l5s1AccelerationMps2", "three finite values are needed (m/s²)");
        if (l5s1AccelerationMps2.length != 3) {
            throw new IllegalArgumentException("l5s1AccelerationMps2 needs three finite values (m/s²); got "
                    + java.util.Arrays.toString(l5s1AccelerationMps2));
        }
        for (int axis = 0; axis < 3; axis++) {
            Checks.inRange(ACCELERATION_NAMES[axis], l5s1AccelerationMps2[axis], -MAX_L5S1_ACCELERATION_MPS2,
                    MAX_L5S1_ACCELERATION_MPS2, "m/s2");
        }
        Checks.given(previous, "previous", "the previous frame's posture is needed (the current one for a frame solved statically)");
        Checks.given(current, "current", "the frame's posture is needed");
        Checks.given(next, "next", "the next frame's posture is needed (the current one for a frame solved statically)");
        checkTask(current, loads, ws);
        if (!fits(ws)) {
            throw new IllegalArgumentException("the workspace was made for another muscle model; see workspaceFrom");
        }
        ws.pipeline.solveFrame(this, previous, current, next, dtS, l5s1AccelerationMps2, loads);
    }
}
