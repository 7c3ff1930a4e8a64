package org.lumbosim.model;

import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.internal.Units;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * The recruitment problem and its solve: one moment-balance row per level and disc axis (flexion,
 * lateral bending, axial rotation; {@code 3 * level + axis}) and one kinematic row; one column per
 * muscle, then two columns per level for the level's flexion deviation. Each muscle's
 * force lies between its minimum (the minimum activation times its largest force and, for an
 * abdominal flexor, at least its co-activation times its largest force at the published strength
 * ({@link TissueParameters#abdominalCoactivation()}), where the muscles hold the trunk up, zero where
 * a backrest, lying surface or resting trunk carries it, and in every posture at least the activation at
 * which the abdominal lines carry the wall's longitudinal tension that holds the abdominal pressure
 * ({@link AbdominalPressure#wallActivation}; the larger of the two); for a psoas
 * line, at least its share of the psoas force the hip equation needs, {@link HipFlexors}) and its
 * largest force; the other muscles balance whatever moment the minimum forces add. The column
 * structure (which rows a muscle can act in, from the levels it crosses) is set once, when the
 * workspace is made for a muscle set; each solve writes the moment arms, the force bounds and the
 * moments the muscles must supply (net moment less passive tissue, the net moment of abdominal
 * pressure and any passive wall remainder and, for a muscle set without psoas lines, the hip equation's known psoas force), then
 * runs the solver. Allocation-free.
 *
 * <p>Level deviations (docs/recruitment.md, "Level deviations"): each level may flex by {@code δ}
 * more or less than the posture's share, within the range its tissues allow ({@link DeviationRange}),
 * while the levels' deviations sum to zero (the kinematic row: the lumbar flexion the posture prescribes is kept). The
 * deviation's passive moment {@code K δ} ({@code K} the level's tangent flexion stiffness at the
 * prescribed rotation: the ligaments' from {@link TissueLoads} plus the disc's on the side of
 * neutral the posture puts the level) is a recruitment variable: a flexing and an extending column,
 * with the weights {@code K · flexion range / σmax} and {@code K · extension range / σmax}, so that
 * a deviation of a whole segmental range costs what a muscle at the largest stress costs. The
 * ligament part of that moment changes the compression ({@link #deviationCompressionN}); the pose
 * is not updated (first order).
 *
 * <p>With {@link LevelCoupling#CHRISTOPHY_2012} the problem has three rows and the muscle columns
 * only: per axis, the sum over the levels of {@link Christophy2012LevelCoupling}'s coefficient times
 * that level's row above (the generalised force of the source model's coordinate); no deviations.
 * The problem's size follows the model's coupling at each solve (a change resets the warm start).
 *
 * <p>With {@link AbdominalPressureMode#RECRUITED} the problem has one more column, last: the abdominal
 * pressure (Pa; docs/recruitment.md, "Recruited abdominal pressure"). Per pascal it acts at every level with
 * the pressure's moment ({@link AbdominalPressure#momentPerPaM3}) and the moment of the wall's longitudinal
 * tension carried by the abdominal lines crossing that level, each at {@link AbdominalPressure#wallStressPerPressure}
 * times its PCSA along its own line (the wall that holds the pressure comes with it); it is bounded by
 * {@link AbdominalPressureConstants#MAX_PRESSURE_PA} and costs its activation (pressure over that ceiling) at
 * the model's largest stress, as a muscle of that strength does, the AnyBody AMMR trunk's recruited pressure
 * actuator's rule ({@code Body/AAUHuman/Trunk/Buckle.any}, {@code AbdominalPressureMuscle1}), plus what the
 * abdominal lines' wall stress costs them under the criterion ({@link #pressureWeight}). {@link SolvePipeline}
 * solves with it free, then again with it held at zero and the pressure found prescribed, so that the forces
 * are the prescribed model's at the recruited pressure (the lines' wall floor paid in their own costs).
 */
final class RecruitmentAssembly {
    /** The bound of every muscle in the search for the stress an infeasible task requires (Pa). */
    static final double LIFTED_STRESS_PA = InfeasibleRecruitmentException.STRESS_SEARCH_LIMIT_MPA * Units.PA_PER_MPA;
    /** The kinematic row: the level deviations sum to zero. */
    private static final int KINEMATIC_ROW = 3 * LumbarModel.LEVELS;
    private static final int ROWS = KINEMATIC_ROW + 1;
    /** Deviation columns: a flexing and an extending one per level. */
    private static final int DEVIATIONS = 2 * LumbarModel.LEVELS;
    /**
     * Scale of the kinematic row (N·m/rad): the disc's own flexion stiffness, so that the row's
     * residual (a sum of rotations) reads in N·m like the moment rows' and the solver's one tolerance
     * means about the same in every row. A unit, not a preconditioner: the solution does not depend
     * on it. Until 2026-12-07 it was 10 disc stiffnesses, chosen when some min-max bisection trials
     * near the optimum neither converged nor proved infeasibility (since decided by proof,
     * {@code FeasibilityLp}, and by the line search's round-off fix). Measured at 1 against 10 (presets
     * and 60 random postures, 0 and 20 kg, both muscle models, all criteria, warm and cold): no status
     * changes; L5-S1 compression equal within 1.3e-9 (squared and cubed stress) and 4e-5 (min-max,
     * whose forces under a bound known to 1e-8 are that sensitive) of itself; min-max Newton iterations
     * 87,728 -> 74,647 (multi-fascicle, warm), and the preset min-max stresses still within 1e-6 of
     * the simplex (RecruitmentCrossCheckTest: largest 1.4e-7).
     */
    private static final double KINEMATIC_ROW_STIFFNESS_NM_PER_RAD = TissueConstants.DISC_SHARE_OF_SEGMENT_STIFFNESS
            * TissueConstants.SEGMENT_FLEXION_STIFFNESS_NM_PER_DEG / Units.toRad(1);

    /** The problem, its solution and the warm start of the next solve. */
    final QpWorkspace qp;
    /** Outcome of the last solve. */
    QpStatus status = QpStatus.OK;
    /** Newton iterations of the last solve. */
    int iterations;
    /** Largest moment-balance residual of the last solve (N·m). */
    double residualNm;
    /** Whether the last solve was infeasible and got forces at the strength it requires. */
    boolean overloaded;

    /** Number of muscle columns (the first columns; the deviation columns follow). */
    private final int muscleCount;
    /** The muscle set whose column structure {@link #couple} declares. */
    private final MuscleSet muscles;
    /** The coupling the problem is currently laid out for. */
    private LevelCoupling coupling;
    /** Whether the problem is laid out with the recruited pressure's column. */
    private boolean pressureColumn;
    /** Each level's moment to be supplied by the muscles, {@code 3 * level + axis}, in the last solve (N·m). */
    private final double[] levelMomentNm = new double[KINEMATIC_ROW];
    /** Each level's ligament compression per unit of deviation moment in the last solve (N per N·m). */
    private final double[] compressionPerNm = new double[LumbarModel.LEVELS];
    /**
     * The subject and posture whose muscle columns ({@link #writeMuscles}: moment arms in the levels' frames, per
     * level or coupled) the problem holds, in the current layout (null before the first write and after a new
     * layout, {@link #couple}): the columns depend on the muscle geometry and the disc frames, which the subject
     * and the posture determine (postures are immutable), and on the layout.
     */
    private SubjectGeometry columnsOf;
    private Posture columnsPosture;
    /** A column's coupled moment sums (flexion, lateral, axial) while {@link #levelMoment} writes it. */
    private final double[] coupledSums = new double[3];

    RecruitmentAssembly(MuscleSet muscles) {
        int n = muscles.count();
        muscleCount = n;
        this.muscles = muscles;
        qp = new QpWorkspace(ROWS, n + DEVIATIONS + 1);
        couple(LevelCoupling.DEVIATIONS, false);
    }

    /**
     * Lays the problem out for a coupling: its size and each column's rows (the coefficients are
     * written by {@link #assemble}).
     */
    private void couple(LevelCoupling target, boolean withPressure) {
        columnsOf = null;
        columnsPosture = null;
        coupling = target;
        pressureColumn = withPressure;
        int n = muscleCount;
        int extra = withPressure ? 1 : 0;
        if (target == LevelCoupling.CHRISTOPHY_2012) {
            qp.setSize(3, n + extra);
            return;
        }
        qp.setSize(ROWS, n + DEVIATIONS + extra);
        if (withPressure) {
            qp.setColumnRows(n + DEVIATIONS, 0, KINEMATIC_ROW);
        }
        for (int i = 0; i < n; i++) {
            qp.setColumnRows(i, 3 * muscles.levelLo[i], 3 * muscles.levelHi[i]);
        }
        for (int c = n; c < n + DEVIATIONS; c++) {
            int k = (c - n) / 2;
            qp.setColumnRows(c, 3 * k, ROWS);
            for (int r = 3 * k; r < ROWS; r++) {
                qp.setA(r, c, 0);
            }
        }
    }

    /**
     * Writes the problem of this solve.
     *
     * @param g the subject's body (not modified)
     * @param tissue the tissue constants (not modified)
     * @param muscles the muscle set (not modified)
     * @param pose the pose (not modified)
     * @param net the net loads, resolved (not modified)
     * @param tissueLoads passive moments (not modified)
     * @param abdomen abdominal pressure, its passive wall remainder and the abdominal lines' wall activation (not modified)
     * @param hip the hip equation's psoas force (not modified)
     * @param geometry the muscle geometry (not modified)
     * @param posture the posture, for its supports (not modified)
     * @param levelCoupling how the levels are tied together
     * @param pressureMode how the abdominal pressure is found: with {@link AbdominalPressureMode#RECRUITED} the
     *     problem has the pressure's column
     * @param choosePressure whether that column is free (within the ceiling) or held at zero (the pressure then
     *     prescribed in {@code abdomen}); ignored without the column
     * @param criterion the recruitment criterion, which prices the column ({@link #pressureWeight})
     */
    void assemble(SubjectGeometry g, TissueParameters tissue, MuscleSet muscles, Kinematics pose, NetLoads net,
                  TissueLoads tissueLoads, AbdominalPressure abdomen, HipFlexors hip, MuscleGeometry geometry,
                  Posture posture, LevelCoupling levelCoupling, AbdominalPressureMode pressureMode,
                  boolean choosePressure, RecruitmentCriterion criterion) {
        boolean withPressure = pressureMode == AbdominalPressureMode.RECRUITED;
        if (levelCoupling != coupling || withPressure != pressureColumn) {
            couple(levelCoupling, withPressure);
        }
        boolean coupled = coupling == LevelCoupling.CHRISTOPHY_2012;
        double[] fr = pose.discFrame;
        double[] iap = abdomen.momentNm;
        double[] psoas = hip.psoasMomentNm;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            // the lateral-axis moment is minus the flexion moment
            double ml = -net.netMomentNm[3 * k];
            int o = 9 * k;
            double pl = psoas[3 * k] * fr[o + 6] + psoas[3 * k + 1] * fr[o + 7] + psoas[3 * k + 2] * fr[o + 8];
            double pa = psoas[3 * k] * fr[o + 3] + psoas[3 * k + 1] * fr[o + 4] + psoas[3 * k + 2] * fr[o + 5];
            double pn = psoas[3 * k] * fr[o] + psoas[3 * k + 1] * fr[o + 1] + psoas[3 * k + 2] * fr[o + 2];
            double[] passive = tissueLoads.passiveAxisMomentNm;
            double il = iap[3 * k] * fr[o + 6] + iap[3 * k + 1] * fr[o + 7] + iap[3 * k + 2] * fr[o + 8];
            double ia = iap[3 * k] * fr[o + 3] + iap[3 * k + 1] * fr[o + 4] + iap[3 * k + 2] * fr[o + 5];
            double in = iap[3 * k] * fr[o] + iap[3 * k + 1] * fr[o + 1] + iap[3 * k + 2] * fr[o + 2];
            levelMomentNm[3 * k] = -(ml + passive[3 * k] + il + pl);
            levelMomentNm[3 * k + 1] = -(net.netMomentNm[3 * k + 1] + passive[3 * k + 1] + pa + ia);
            levelMomentNm[3 * k + 2] = -(net.netMomentNm[3 * k + 2] + passive[3 * k + 2] + pn + in);
        }
        int n = muscles.count();
        double maxStress = tissue.maxMuscleStressPa();
        if (coupled) {
            for (int axis = 0; axis < 3; axis++) {
                double sum = 0;
                for (int k = 0; k < LumbarModel.LEVELS; k++) {
                    sum += Christophy2012LevelCoupling.coefficient(axis, k) * levelMomentNm[3 * k + axis];
                }
                qp.setB(axis, sum);
            }
        } else {
            for (int r = 0; r < KINEMATIC_ROW; r++) {
                qp.setB(r, levelMomentNm[r]);
            }
            qp.setB(KINEMATIC_ROW, 0);
            writeDeviations(g.passive, pose, tissueLoads, maxStress, n);
        }
        writeMuscles(g, tissue, muscles, geometry, pose, hip, posture, abdomen.wallStressPa, maxStress, coupled);
        if (withPressure) {
            writePressure(g, muscles, geometry, pose, abdomen, maxStress, coupled, choosePressure, criterion);
        }
    }

    /**
     * Writes the recruited pressure's column (class comment): per pascal, the pressure's moment at each level
     * and the moment of the abdominal lines crossing it at the wall's stress per pascal; per axis, per level
     * or coupled.
     */
    private void writePressure(SubjectGeometry g, MuscleSet muscles, MuscleGeometry geometry, Kinematics pose,
                               AbdominalPressure abdomen, double maxStress, boolean coupled, boolean free,
                               RecruitmentCriterion criterion) {
        int n = muscles.count();
        int col = pressureColumnIndex();
        double[] fr = pose.discFrame;
        double[] arm = geometry.momentArm;
        double[] unit = abdomen.momentPerPaM3;
        double wallPerPa = abdomen.wallStressPerPressure;
        int[] lines = muscles.abdominalLines;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double mx = unit[3 * k], my = unit[3 * k + 1], mz = unit[3 * k + 2];
            for (int i : lines) {
                if (k >= muscles.levelLo[i] && k < muscles.levelHi[i]) {
                    int u = 3 * (k * n + i);
                    double s = wallPerPa * g.pcsaM2[i];
                    mx += s * arm[u];
                    my += s * arm[u + 1];
                    mz += s * arm[u + 2];
                }
            }
            levelMoment(col, k, mx, my, mz, fr, coupled);
        }
        endColumn(col, coupled);
        qp.setMuscle(col, pressureWeight(criterion, maxStress, wallPerPa, lines.length), 0,
                free ? AbdominalPressureConstants.MAX_PRESSURE_PA : 0);
    }

    /**
     * The recruited pressure column's weight (the "PCSA" of its cost {@code (p / w)^e}, Pa per Pa of stress): a
     * muscle of the ceiling's strength, whose stress is its activation {@code p / MAX_PRESSURE_PA} times the
     * model's largest stress (AMMR's pressure actuator, strength 26.6 kPa), and the {@code lines} abdominal lines,
     * each at the wall's stress {@code wallPerPa · p}: {@code w^-e = (σmax / MAX_PRESSURE_PA)^e + lines ·
     * wallPerPa^e} for the squared ({@code e = 2}) and cubed ({@code e = 3}) criteria, the larger of the two
     * stresses per pascal for min-max. The lines' cost is counted as if the wall's stress came on top of their
     * own forces; in the second solve it is a floor that their co-activation may already meet, so this prices
     * the pressure at most at its cost (docs/recruitment.md, "Recruited abdominal pressure").
     *
     * @param criterion the recruitment criterion
     * @param maxStressPa the model's largest muscle stress (Pa)
     * @param wallPerPa the abdominal lines' wall stress per pascal ({@link AbdominalPressure#wallStressPerPressure})
     * @param lines the number of abdominal lines
     * @return the weight (m², read as Pa per Pa of stress)
     */
    static double pressureWeight(RecruitmentCriterion criterion, double maxStressPa, double wallPerPa, int lines) {
        double own = maxStressPa / AbdominalPressureConstants.MAX_PRESSURE_PA;
        return switch (criterion) {
            case SQUARED_STRESS -> 1 / Math.sqrt(own * own + lines * wallPerPa * wallPerPa);
            case CUBED_STRESS -> 1 / Math.cbrt(own * own * own + lines * wallPerPa * wallPerPa * wallPerPa);
            case MIN_MAX -> 1 / Math.max(own, wallPerPa);
        };
    }

    /** @return the recruited pressure's column (the last), with {@link AbdominalPressureMode#RECRUITED} */
    private int pressureColumnIndex() {
        return coupling == LevelCoupling.CHRISTOPHY_2012 ? muscleCount : muscleCount + DEVIATIONS;
    }

    /**
     * @return the pressure the last solve recruited (Pa): the pressure column's value, zero without the column
     */
    double recruitedPressurePa() {
        return pressureColumn ? qp.force(pressureColumnIndex()) : 0;
    }

    /** Writes the deviation columns (docs/recruitment.md, "Level deviations"). */
    private void writeDeviations(PassiveTissueGeometry pt, Kinematics pose, TissueLoads tissueLoads, double maxStress,
                                 int n) {
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double flex = pose.flexionRad[k];
            // one stiffness per level, at the prescribed rotation, for both directions: a flexing and an
            // extending column used together then cancel in every row; the disc's is continuous through
            // neutral (blended across the level's neutral zone)
            double disc = pt.discDeviationStiffnessNmPerRad(k, flex);
            double stiffness = Math.max(0, tissueLoads.ligamentFlexionStiffnessNmPerRad[k]) + disc;
            compressionPerNm[k] = stiffness > 0 ? tissueLoads.ligamentCompressionPerRad[k] / stiffness : 0;
            int cf = n + 2 * k;
            int ce = cf + 1;
            // flexing: moment +F resisting flexion, rotation +F / K; extending: moment -F, rotation -F / K
            qp.setA(3 * k, cf, 1);
            qp.setA(3 * k, ce, -1);
            double rotationPerNm = stiffness > 0 ? KINEMATIC_ROW_STIFFNESS_NM_PER_RAD / stiffness : 0;
            qp.setA(KINEMATIC_ROW, cf, rotationPerNm);
            qp.setA(KINEMATIC_ROW, ce, -rotationPerNm);
            // a stiffness of zero (passiveMomentScale 0) allows no deviation moment; the weight is then immaterial
            qp.setMuscle(cf, stiffness > 0 ? stiffness * pt.flexionRangeRad[k] / maxStress : 1,
                    stiffness * Math.max(0, pt.flexionRangeRad[k] - flex));
            qp.setMuscle(ce, stiffness > 0 ? stiffness * pt.extensionRangeRad[k] / maxStress : 1,
                    stiffness * Math.max(0, pt.extensionRangeRad[k] + flex));
        }
    }

    /**
     * Writes column {@code col}'s moment about level {@code k} (N·m per unit of the column, world axes) in the
     * level's frame: into the level's three rows, or, coupled, added into {@link #coupledSums} with the level's
     * coupling coefficients (levels in order; {@link #endColumn} writes the sums).
     */
    private void levelMoment(int col, int k, double mx, double my, double mz, double[] fr, boolean coupled) {
        int o = 9 * k;
        double f = mx * fr[o + 6] + my * fr[o + 7] + mz * fr[o + 8];
        double l = mx * fr[o + 3] + my * fr[o + 4] + mz * fr[o + 5];
        double a = mx * fr[o] + my * fr[o + 1] + mz * fr[o + 2];
        if (coupled) {
            coupledSums[0] += Christophy2012LevelCoupling.coefficient(0, k) * f;
            coupledSums[1] += Christophy2012LevelCoupling.coefficient(1, k) * l;
            coupledSums[2] += Christophy2012LevelCoupling.coefficient(2, k) * a;
        } else {
            qp.setA(3 * k, col, f);
            qp.setA(3 * k + 1, col, l);
            qp.setA(3 * k + 2, col, a);
        }
    }

    /** Ends column {@code col}: coupled, writes its sums into the three coupled rows and clears them. */
    private void endColumn(int col, boolean coupled) {
        if (coupled) {
            for (int axis = 0; axis < 3; axis++) {
                qp.setA(axis, col, coupledSums[axis]);
                coupledSums[axis] = 0;
            }
        }
    }

    /**
     * Writes the muscle columns: bounds and moment arms, per level or coupled.
     *
     * @param wallStressPa the stress at which each abdominal line carries the wall's tension ({@link AbdominalPressure#wallStressPa}):
     *     within the strength, except for a task beyond it, whose lines carry the whole wall (their upper bound then raised to it)
     */
    private void writeMuscles(SubjectGeometry g, TissueParameters tissue, MuscleSet muscles, MuscleGeometry geometry,
                              Kinematics pose, HipFlexors hip, Posture posture, double wallStressPa, double maxStress,
                              boolean coupled) {
        int n = muscles.count();
        double[] fr = pose.discFrame;
        boolean held = musclesHoldTrunk(posture);
        double minimum = held ? tissue.minimumActivation() : 0;
        double coactivation = held ? tissue.abdominalCoactivation() : 0;
        double[] arm = geometry.momentArm;
        for (int i = 0; i < n; i++) {
            double pcsa = g.pcsaM2[i];
            double upper = maxStress * pcsa;
            // the abdominals' co-activation and the wall's tension are forces at the published strength: they do
            // not scale with maxStress, so the strength an infeasible task requires (bounds lifted) stays its threshold
            double abdominal = muscles.abdominal[i] ? coactivation * TissueConstants.MAX_MUSCLE_STRESS_PA * pcsa : 0;
            double wall = muscles.abdominal[i] ? wallStressPa * pcsa : 0;
            double floor = Math.max(Math.max(minimum * maxStress * pcsa, Math.min(upper, abdominal)), wall);
            // the hip's psoas share is capped at the line's strength (the hip flexors' strength is not modelled)
            double lower = Math.max(floor, Math.min(upper, hip.psoasLowerBoundN(muscles, i)));
            // the wall's floor is above the strength only for a task beyond it (solveBeyondStrength lifts every bound)
            qp.setMuscle(i, pcsa, lower, Math.max(upper, lower));
        }
        if (g == columnsOf && pose.posture() == columnsPosture) {
            // the same subject in the same posture, in the same layout: the muscle columns written last are these
            return;
        }
        for (int i = 0; i < n; i++) {
            for (int k = muscles.levelLo[i]; k < muscles.levelHi[i]; k++) {
                int u = 3 * (k * n + i);
                double mx = arm[u], my = arm[u + 1], mz = arm[u + 2];
                levelMoment(i, k, mx, my, mz, fr, coupled);
            }
            endColumn(i, coupled);
        }
        columnsOf = g;
        columnsPosture = pose.posture();
    }

    /**
     * Solves the problem, warm-started from the last solve's dual variables. The one retry rule:
     * only a solve that did not converge is retried, once, from a cold start; an infeasible outcome
     * is a certificate (no forces within the bounds balance the moments) and stands.
     *
     * <p>With {@link OverloadPolicy#REPORT}, an infeasible problem is solved again with every muscle's
     * bound lifted to {@link InfeasibleRecruitmentException#STRESS_SEARCH_LIMIT_MPA}: min-max
     * recruitment finds the least largest stress that balances it, and its final squared-stress
     * solution at that stress gives the forces ({@link #overloaded};
     * {@link RecruitmentSolver#solveMinMaxWithBoundsLiftedTo}), under the same retry rule (a search
     * that did not converge is retried once from a cold start). The status stays INFEASIBLE (the task
     * is beyond the subject's strength).
     *
     * @param solver the recruitment settings (not modified)
     * @param policy what to do when the problem is infeasible
     */
    void solve(RecruitmentSolver solver, OverloadPolicy policy) {
        overloaded = false;
        QpStatus st = solver.solve(qp);
        if (st == QpStatus.NOT_CONVERGED) {
            // a warm start from a very different task can stall the dual Newton method; a cold start
            // from zero dual variables is what a fresh workspace does, so retry from there
            qp.resetWarmStart();
            st = solver.solve(qp);
        }
        status = st;
        iterations = qp.iterations();
        if (st == QpStatus.INFEASIBLE && policy == OverloadPolicy.REPORT) {
            searchRequiredStress(solver);
        }
        residualNm = qp.balanceResidualNm();
    }

    /**
     * For a task found infeasible by {@link #solve} and written again by {@link #assemble} with the abdominal
     * lines carrying the whole wall's tension at the strength a task beyond the subject gets
     * ({@link #LIFTED_STRESS_PA}; their lower bounds may then exceed the subject's strength): the
     * status stays INFEASIBLE; with {@link OverloadPolicy#REPORT} the forces are those at the strength the task
     * requires, as in {@link #solve}; with {@link OverloadPolicy#THROW} nothing is solved again and the problem is
     * left for the required stress's search ({@code Lumbosim}) on a copy. The residual stays that of {@link #solve}.
     *
     * @param solver the recruitment settings (not modified)
     * @param policy what to do when the problem is infeasible
     */
    void solveBeyondStrength(RecruitmentSolver solver, OverloadPolicy policy) {
        overloaded = false;
        if (policy == OverloadPolicy.REPORT) {
            searchRequiredStress(solver);
            residualNm = qp.balanceResidualNm();
        }
    }

    /**
     * The lifted search of an infeasible problem (every muscle's bound at {@link #LIFTED_STRESS_PA}), under
     * the retry rule; sets {@link #overloaded}.
     */
    private void searchRequiredStress(RecruitmentSolver solver) {
        QpStatus lifted = solver.solveMinMaxWithBoundsLiftedTo(qp, muscleCount, LIFTED_STRESS_PA);
        iterations += qp.iterations();
        if (lifted == QpStatus.NOT_CONVERGED) {
            // the same rule for the lifted search: the same task solved again in a workspace (a
            // motion holding a posture) stalled it from the last solve's dual variables
            qp.resetWarmStart();
            lifted = solver.solveMinMaxWithBoundsLiftedTo(qp, muscleCount, LIFTED_STRESS_PA);
            iterations += qp.iterations();
        }
        overloaded = lifted == QpStatus.OK;
    }

    /**
     * @param posture the posture
     * @return whether the muscles hold the trunk up, so that the minimum activation and the abdominal
     *     co-activation apply: false where a backrest, a lying surface or a resting trunk carries it
     */
    static boolean musclesHoldTrunk(Posture posture) {
        return !(posture.has(Support.BACKREST) || posture.has(Support.LYING_SURFACE)
                || posture.has(Support.TRUNK_RESTING));
    }

    /** @return the largest muscle stress of the last solve's forces (Pa) */
    double largestStressPa() {
        double s = 0;
        for (int i = 0; i < muscleCount; i++) {
            s = Math.max(s, qp.force(i) / qp.pcsaM2(i));
        }
        return s;
    }

    /**
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @return the passive moment of that level's deviation in the last solve (N·m, positive = resisting flexion)
     */
    double deviationMomentNm(int level) {
        if (coupling == LevelCoupling.CHRISTOPHY_2012) {
            return 0;
        }
        return qp.force(muscleCount + 2 * level) - qp.force(muscleCount + 2 * level + 1);
    }

    /**
     * The change of ligament compression that a level's deviation brings in the last solve: linear
     * in the deviation's moment (the tangent at the prescribed rotation), and never more relief than
     * the tension the ligaments have (a ligament cannot push).
     *
     * @param level 0 for L5-S1 up to 4 for L1-L2
     * @param ligamentCompressionN compression of that level's ligaments at the prescribed rotation (N)
     * @return the compression the deviation adds (N; negative when it relaxes the ligaments)
     */
    double deviationCompressionN(int level, double ligamentCompressionN) {
        return Math.max(compressionPerNm[level] * deviationMomentNm(level), -ligamentCompressionN);
    }

    /**
     * @return the moment-balance row ({@code 3 * level + axis}) with the largest residual in the last
     *     solve: the solver's worst row, or, when that is the kinematic row, the worst moment row; with
     *     {@link LevelCoupling#CHRISTOPHY_2012} the coupled row of that axis, read as L5-S1's (the source's
     *     independent coordinates are L5-S1's)
     */
    int worstMomentRow() {
        int worst = qp.worstRow();
        if (coupling == LevelCoupling.CHRISTOPHY_2012 || worst < KINEMATIC_ROW) {
            return worst;
        }
        double largest = -1;
        for (int r = 0; r < KINEMATIC_ROW; r++) {
            double sum = -qp.getB(r);
            for (int i = 0, n = qp.cols(); i < n; i++) {
                sum += qp.getA(r, i) * qp.force(i);
            }
            if (Math.abs(sum) > largest) {
                largest = Math.abs(sum);
                worst = r;
            }
        }
        return worst;
    }
}
