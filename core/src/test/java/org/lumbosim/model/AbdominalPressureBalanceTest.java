package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ejml.data.DMatrix3x3;
import org.junit.jupiter.api.Test;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.QpStatus;

/**
 * Each level's balance rebuilt with the abdominal pressure and wall recomputed here, independently of
 * {@link AbdominalPressure}: their lines' ends placed on pelvis and thorax from the subject's
 * {@link SubjectGeometry#abdomenLinesM}, the crossings of each disc's mid-plane found by solving for the
 * line parameter, {@code P·A} along the disc normal at the pressure line's crossing; the wall's tension
 * (Laplace over the wall's width) carried by the abdominal lines at the least common activation at which
 * their pull along the wall line reaches it across every disc, and only what they cannot carry within
 * their strength pulling towards the pelvis along the wall line at its crossing. Over seeded random
 * subjects, postures (bent and twisted, rolled, seated with holds, trunk and hands on the thighs, pelvis
 * tilted) and loads, in both muscle models (every sixth case with the weakest muscles allowed and the
 * pressure raised to its ceiling: a passive remainder where the task stays within the strength, the whole wall in
 * the lines at the strength an overloaded task requires), with a pressure in
 * every case counted:
 * <ul>
 *   <li>the wall's activation is the recomputed one, every abdominal line's recruited force is at least
 *   its share (capped at its strength), and the lines' recruited pull along the wall, with the passive
 *   remainder, reaches the wall's tension at every level: the tension is carried, and counted once;</li>
 *   <li>the stage's force and moment vectors equal the recomputed ones (round-off);</li>
 *   <li>the moment about every disc centre of everything acting on the body above (external actions,
 *   the segments' passive tissues with the level's deviation, the hip equation's psoas, the recomputed
 *   pressure and wall, every muscle's recruited force plus the stretched erectors' passive tension along
 *   its line ({@link PassiveMuscles}) times its unit pull's moment) is zero on all three axes to within the
 *   recruitment's own residual, so the pressure's lateral-bending and twisting moments, not only its
 *   extensor moment, enter the balance with the right sign;</li>
 *   <li>the reported compression and shears are the disc's reaction to the sum of the forces with the
 *   recomputed pressure and wall and each line's passive tension along its unit pull (round-off).</li>
 * </ul>
 */
class AbdominalPressureBalanceTest {
    private static final int CASES = 120;

    /** World position of a neutral point (x, y, 0) fixed to body b (pelvis 0: about the world origin at L5-S1). */
    private static double[] world(Kinematics pose, SubjectGeometry g, int b, double x, double y) {
        DMatrix3x3 m = pose.orient[b];
        double[] o = {0, 0, 0};
        double rx = x, ry = y;
        if (b > 0) {
            rx -= g.jointX[b - 1];
            ry -= g.jointY[b - 1];
            o = new double[] {pose.jointWorld[3 * (b - 1)], pose.jointWorld[3 * (b - 1) + 1], pose.jointWorld[3 * (b - 1) + 2]};
        }
        return new double[] {m.a11 * rx + m.a12 * ry + o[0], m.a21 * rx + m.a22 * ry + o[1], m.a31 * rx + m.a32 * ry + o[2]};
    }

    /** Whether the multi-fascicle path of that name crosses level {@code k}. */
    private static boolean crosses(String fascicle, int k) {
        MuscleSet paths = MuscleSet.of(MuscleModelKind.MULTI_FASCICLE);
        for (int i = 0; i < paths.count(); i++) {
            if (paths.reference.get(i).name().equals(fascicle)) {
                return paths.levelLo[i] <= k && k < paths.levelHi[i];
            }
        }
        throw new AssertionError(fascicle);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] axis(double[] fr, int k, int which) {
        int o = 9 * k + 3 * which;
        return new double[] {fr[o], fr[o + 1], fr[o + 2]};
    }

    /** Where the line p -> q crosses the plane through c with normal n, relative to c. */
    private static double[] crossing(double[] p, double[] q, double[] c, double[] n) {
        double[] d = {q[0] - p[0], q[1] - p[1], q[2] - p[2]};
        double t = (n[0] * (c[0] - p[0]) + n[1] * (c[1] - p[1]) + n[2] * (c[2] - p[2])) / dot(n, d);
        return new double[] {p[0] + t * d[0] - c[0], p[1] + t * d[1] - c[1], p[2] + t * d[2] - c[2]};
    }

    /** The wall line's unit vector from its pelvic to its thoracic end, world. */
    private static double[] wallDirection(Workspace ws, SubjectGeometry g) {
        Kinematics pose = ws.pipeline.pose;
        double[] e = g.abdomenLinesM;
        double[] w0 = world(pose, g, 0, e[4], e[5]);
        double[] w1 = world(pose, g, Fascicle.Body.THORAX.ordinal(), e[6], e[7]);
        double len = Math.sqrt(Math.pow(w1[0] - w0[0], 2) + Math.pow(w1[1] - w0[1], 2) + Math.pow(w1[2] - w0[2], 2));
        return new double[] {(w1[0] - w0[0]) / len, (w1[1] - w0[1]) / len, (w1[2] - w0[2]) / len};
    }

    /** The wall's tension (N): 1.5 N/mm at 20 kPa (Förstemann 2011) over half the perimeter of a circle of the cavity's area. */
    private static double wallTensionN(double pressurePa) {
        return pressurePa * AbdominalPressureConstants.LONGITUDINAL_TENSION_PER_PRESSURE_M
                * Math.sqrt(Math.PI * AbdominalPressureConstants.AREA_M2);
    }

    /** Abdominal line j's unit pull on the body above disc k along the wall towards the pelvis (never negative). */
    private static double alongWall(Workspace ws, int n, int k, int j, double[] u) {
        double[] unit = ws.pipeline.muscleGeometry.unitForce;
        int v = 3 * (k * n + j);
        return Math.max(0, -(unit[v] * u[0] + unit[v + 1] * u[1] + unit[v + 2] * u[2]));
    }

    /** The least activation common to the abdominal lines at which their pull along the wall reaches its tension at every disc. */
    private static double wallActivation(Workspace ws, LumbarModel model, double[] u) {
        MuscleSet muscles = model.muscleSet();
        int n = muscles.count();
        double need = wallTensionN(ws.pipeline.abdomen.pressurePa);
        double activation = 0;
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            double capacity = 0;
            for (int j = 0; j < n; j++) {
                if (muscles.abdominal[j] && k >= muscles.levelLo[j] && k < muscles.levelHi[j]) {
                    capacity += TissueConstants.MAX_MUSCLE_STRESS_PA * model.geometry.pcsaM2[j] * alongWall(ws, n, k, j, u);
                }
            }
            activation = capacity > 0 ? Math.max(activation, need / capacity) : activation;
        }
        return activation;
    }

    /** The part of the wall's tension at disc k the abdominal lines cannot carry at that activation within their strength (N). */
    private static double passiveRemainderN(Workspace ws, LumbarModel model, double[] u, double activation, int k) {
        double strength = lineStrengthPa(ws, model);
        MuscleSet muscles = model.muscleSet();
        int n = muscles.count();
        double carried = 0;
        for (int j = 0; j < n; j++) {
            if (muscles.abdominal[j] && k >= muscles.levelLo[j] && k < muscles.levelHi[j]) {
                double force = Math.min(strength, activation * TissueConstants.MAX_MUSCLE_STRESS_PA) * model.geometry.pcsaM2[j];
                carried += force * alongWall(ws, n, k, j, u);
            }
        }
        return Math.max(0, wallTensionN(ws.pipeline.abdomen.pressurePa) - carried);
    }

    /**
     * The strength within which the abdominal lines carry the wall (Pa): the model's, except for a task beyond it
     * reported at the strength it requires ({@link OverloadPolicy#REPORT}), whose lines carry the whole wall.
     */
    private static double lineStrengthPa(Workspace ws, LumbarModel model) {
        return ws.overloaded() ? RecruitmentAssembly.LIFTED_STRESS_PA : model.tissueParameters().maxMuscleStressPa();
    }

    /**
     * The recomputed force (0..2) and moment about the disc centre (3..5) of the pressure and the wall's
     * passive remainder {@code rest} on the body above disc k.
     */
    private static double[] pressureAndWall(Workspace ws, SubjectGeometry g, int k, double rest) {
        Kinematics pose = ws.pipeline.pose;
        AbdominalPressure a = ws.pipeline.abdomen;
        double[] e = g.abdomenLinesM;
        int thorax = Fascicle.Body.THORAX.ordinal();
        double[] p0 = world(pose, g, 0, e[0], e[1]);
        double[] p1 = world(pose, g, thorax, e[2], e[3]);
        double[] w0 = world(pose, g, 0, e[4], e[5]);
        double[] w1 = world(pose, g, thorax, e[6], e[7]);
        double[] c = {pose.jointWorld[3 * k], pose.jointWorld[3 * k + 1], pose.jointWorld[3 * k + 2]};
        double[] n = axis(pose.discFrame, k, 0);
        double[] rp = crossing(p0, p1, c, n);
        double[] rw = crossing(w0, w1, c, n);
        double len = Math.sqrt(Math.pow(w1[0] - w0[0], 2) + Math.pow(w1[1] - w0[1], 2) + Math.pow(w1[2] - w0[2], 2));
        double pa = a.pressurePa * AbdominalPressureConstants.AREA_M2;
        double[] fp = {pa * n[0], pa * n[1], pa * n[2]};
        double[] fw = {rest * (w0[0] - w1[0]) / len, rest * (w0[1] - w1[1]) / len, rest * (w0[2] - w1[2]) / len};
        double[] mp = cross(rp, fp);
        double[] mw = cross(rw, fw);
        return new double[] {fp[0] + fw[0], fp[1] + fw[1], fp[2] + fw[2], mp[0] + mw[0], mp[1] + mw[1], mp[2] + mw[2]};
    }

    private static Subject subject(Random rnd) {
        return new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.5 + 0.5 * rnd.nextDouble(),
                45 + 75 * rnd.nextDouble(), 18 + 62 * rnd.nextDouble());
    }

    private static double between(Random rnd, double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    /** A posture of one of five kinds, by case number. */
    private static Posture posture(Random rnd, int i) {
        switch (i % 5) {
            case 0: // upright, bent, twisted and rolled
                return new Posture(between(rnd, -20, 100), between(rnd, -10, 45), between(rnd, -20, 20),
                        between(rnd, -20, 20), between(rnd, -10, 100), between(rnd, 0, 120), between(rnd, -30, 150),
                        between(rnd, 0, 130), between(rnd, -10, 10), Set.of(Support.FEET));
            case 1: { // a lift with the pelvis tilted forward 20 deg and more (trunk less lumbar flexion)
                double lumbar = between(rnd, 0, 45);
                return new Posture(lumbar + between(rnd, 20, 55), lumbar, between(rnd, -15, 15), between(rnd, -15, 15),
                        between(rnd, 20, 100), between(rnd, 0, 100), between(rnd, 30, 110), between(rnd, 0, 60), 0,
                        Set.of(Support.FEET));
            }
            case 2: // seated, hands free to hold: unsupported sitting, arms forward
                return PosturePreset.SITTING_UPRIGHT.posture().withTrunkFlexionDeg(between(rnd, -5, 40))
                        .withLateralBendDeg(between(rnd, -15, 15)).withAxialRotationDeg(between(rnd, -15, 15))
                        .withShoulderFlexionDeg(between(rnd, 30, 100)).withElbowFlexionDeg(between(rnd, 0, 60))
                        .withSupports(Set.of(Support.SEAT, Support.FEET));
            case 3: { // seated with the trunk on the thighs
                double trunk = between(rnd, 40, 85);
                double lumbar = between(rnd, 30, 52);
                return new Posture(trunk, lumbar, between(rnd, -10, 10), between(rnd, -10, 10),
                        Math.min(org.lumbosim.posture.PostureRange.HIP_FLEXION_MAX_DEG, 90 + trunk - lumbar + between(rnd, -10, 10)),
                        between(rnd, 80, 130), between(rnd, 0, 90), between(rnd, 0, 60), 0,
                        Set.of(Support.SEAT, Support.FEET, Support.TRUNK_ON_THIGHS));
            }
            default: { // seated with the hands on the thighs
                double trunk = between(rnd, -5, 15);
                double lumbar = between(rnd, 10, 25);
                return new Posture(trunk, lumbar, between(rnd, -10, 10), between(rnd, -10, 10),
                        90 + trunk - lumbar + between(rnd, -5, 5), between(rnd, 80, 100), between(rnd, 5, 20),
                        between(rnd, 40, 60), 0, Set.of(Support.SEAT, Support.FEET, Support.HANDS_ON_THIGHS));
            }
        }
    }

    @Test
    void everyLevelBalancesWithThePressureAndWallRecomputedFromTheirLines() {
        Random rnd = new Random(20261207L);
        List<String> kinds = new ArrayList<>();
        int checked = 0;
        int asymmetric = 0;
        int remainders = 0;
        int beyond = 0;
        for (int i = 0; i < CASES; i++) {
            Subject s = subject(rnd);
            Posture p = posture(rnd, i);
            List<HandLoad> loads = List.of(HandLoad.ofMassKg(between(rnd, 2, 25)));
            MuscleModelKind kind = i % 2 == 0 ? MuscleModelKind.SINGLE_EQUIVALENT : MuscleModelKind.MULTI_FASCICLE;
            LumbarModel model = LumbarModel.of(s).withMuscleModel(kind);
            boolean weak = i % 6 == 5;
            if (weak) {
                model = model.withTissueParameters(model.tissueParameters()
                        .with(TissueParameters.TissueParameter.MAX_MUSCLE_STRESS, 0.1)
                        .with(TissueParameters.TissueParameter.IAP_SCALE, 10))
                        .withOverloadPolicy(OverloadPolicy.REPORT);
            }
            Workspace ws = model.newWorkspace();
            try {
                model.solve(p, loads, ws);
            } catch (RuntimeException refused) {
                continue; // a posture the supports cannot hold (a hand inside its thigh): typed, not ours to check
            }
            AbdominalPressure a = ws.pipeline.abdomen;
            if (!(ws.status() == QpStatus.OK || ws.overloaded()) || a.pressurePa == 0) {
                continue;
            }
            SolvePipeline pl = ws.pipeline;
            SubjectGeometry g = model.geometry;
            double[] fr = pl.pose.discFrame;
            int n = model.muscleSet().count();
            double residual = pl.recruitment.residualNm;
            double[] wall = wallDirection(ws, g);
            double activation = wallActivation(ws, model, wall);
            assertThat(a.wallActivation).as("case %d wall activation", i).isCloseTo(activation, within(1e-12 * (1 + activation)));
            MuscleSet abdominals = model.muscleSet();
            for (int j = 0; j < n; j++) {
                if (abdominals.abdominal[j]) {
                    double share = Math.min(lineStrengthPa(ws, model), activation * TissueConstants.MAX_MUSCLE_STRESS_PA)
                            * g.pcsaM2[j];
                    assertThat(pl.recruitment.qp.force(j)).as("case %d line %d", i, j).isGreaterThanOrEqualTo(share * (1 - 1e-9));
                }
            }
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                String as = String.format("case %d (%s, %s, %s) level %d", i, kind.id(), p, loads, k);
                double rest = passiveRemainderN(ws, model, wall, activation, k);
                if (weak) {
                    remainders += rest > 0 ? 1 : 0;
                    beyond += ws.overloaded() && activation * TissueConstants.MAX_MUSCLE_STRESS_PA
                            > model.tissueParameters().maxMuscleStressPa() ? 1 : 0;
                } else {
                    assertThat(rest).as(as).isLessThan(1e-9 * a.wallForceN);
                }
                // the wall's tension is carried: the abdominal lines' recruited pull along the wall and the remainder reach it
                double pull = rest;
                for (int j = 0; j < n; j++) {
                    if (abdominals.abdominal[j] && k >= abdominals.levelLo[j] && k < abdominals.levelHi[j]) {
                        pull += pl.recruitment.qp.force(j) * alongWall(ws, n, k, j, wall);
                    }
                }
                assertThat(pull).as(as).isGreaterThanOrEqualTo(wallTensionN(a.pressurePa) * (1 - 1e-9));
                double[] iap = pressureAndWall(ws, g, k, rest);
                double scaleF = 1 + a.pressurePa * AbdominalPressureConstants.AREA_M2;
                for (int c = 0; c < 3; c++) {
                    assertThat(a.forceN[3 * k + c]).as(as).isCloseTo(iap[c], within(1e-9 * scaleF));
                    assertThat(a.momentNm[3 * k + c]).as(as).isCloseTo(iap[3 + c], within(1e-9 * scaleF));
                }
                double[] lat = axis(fr, k, 2);
                double[] ant = axis(fr, k, 1);
                double[] nor = axis(fr, k, 0);
                // moments about the disc centre, world
                double[] m = new double[3];
                double[] f = new double[3];
                double[] pas = pl.tissueLoads.passiveAxisMomentNm;
                double lateralPassive = pas[3 * k] + pl.recruitment.deviationMomentNm(k);
                double[] mus = pl.muscleGeometry.momentArm;
                double[] unit = pl.muscleGeometry.unitForce;
                double deviationAlongNormal = -pl.recruitment.deviationCompressionN(k,
                        -(pl.tissueLoads.ligamentForceN[3 * k] * nor[0] + pl.tissueLoads.ligamentForceN[3 * k + 1] * nor[1]
                                + pl.tissueLoads.ligamentForceN[3 * k + 2] * nor[2]));
                // the passive moments include the passive muscles' (TissueLoads): taken out here, and the
                // passive tension rebuilt below fascicle by fascicle along its own path
                double[] passiveMuscle = pl.passiveMuscles.momentNm;
                for (int c = 0; c < 3; c++) {
                    m[c] = pl.netLoads.extMoment[3 * k + c] + lateralPassive * lat[c] + pas[3 * k + 1] * ant[c]
                            + pas[3 * k + 2] * nor[c] - passiveMuscle[3 * k + c] + pl.hipFlexors.psoasMomentNm[3 * k + c]
                            + iap[3 + c];
                    f[c] = pl.netLoads.extForce[3 * k + c] + pl.tissueLoads.ligamentForceN[3 * k + c]
                            + pl.hipFlexors.psoasForceN[3 * k + c] + iap[c] + deviationAlongNormal * nor[c];
                }
                MuscleSet muscles = model.muscleSet();
                for (int j = 0; j < n; j++) {
                    if (k < muscles.levelLo[j] || k >= muscles.levelHi[j]) {
                        continue;
                    }
                    double t = pl.recruitment.qp.force(j);
                    int u = 3 * (k * n + j);
                    for (int c = 0; c < 3; c++) {
                        m[c] += t * mus[u + c];
                        f[c] += t * unit[u + c];
                    }
                }
                PassiveMuscles pm = pl.passiveMuscles;
                int passive = pm.fascicleCount();
                for (int j = 0; j < passive; j++) {
                    if (!crosses(pm.fascicleName(j), k)) {
                        continue;
                    }
                    int u = 3 * (k * passive + j);
                    for (int c = 0; c < 3; c++) {
                        m[c] += pm.fascicleForceN[j] * pm.momentArm[u + c];
                        f[c] += pm.fascicleForceN[j] * pm.unitForce[u + c];
                    }
                }
                // the lying-surface couple is in extMoment already; the recruitment balanced the rest
                double tol = residual + 1e-6;
                assertThat(dot(m, lat)).as("lateral-axis moment, " + as).isCloseTo(0, within(tol));
                assertThat(dot(m, ant)).as("anterior-axis moment, " + as).isCloseTo(0, within(tol));
                assertThat(dot(m, nor)).as("normal-axis moment, " + as).isCloseTo(0, within(tol));
                // the disc's reaction J = C n - S_ap a - S_lat l balances the applied forces
                SpinalLevel level = SpinalLevel.values()[k];
                double scale = 1e-9 * (1 + Math.abs(ws.compressionN(level)));
                assertThat(-dot(f, nor)).as("compression, " + as).isCloseTo(ws.compressionN(level), within(scale));
                assertThat(dot(f, ant)).as("AP shear, " + as).isCloseTo(ws.apShearN(level), within(scale));
                assertThat(dot(f, lat)).as("lateral shear, " + as).isCloseTo(ws.lateralShearN(level), within(scale));
            }
            checked++;
            if (p.lateralBendDeg() != 0 || p.axialRotationDeg() != 0) {
                asymmetric++;
            }
            kinds.add(i % 5 + "/" + kind.id());
        }
        assertThat(checked).as("cases with a pressure and a solution").isGreaterThan(CASES / 3);
        assertThat(remainders + beyond).as("levels of weak cases with a passive remainder or carried beyond the strength").isPositive();
        assertThat(asymmetric).isGreaterThan(CASES / 4);
        assertThat(kinds).anyMatch(s -> s.startsWith("1/")).anyMatch(s -> s.startsWith("2/"))
                .anyMatch(s -> s.startsWith("3/")).anyMatch(s -> s.startsWith("0/"));
    }
}
