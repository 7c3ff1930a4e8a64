package org.lumbosim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.RecruitmentCriterion;
import org.lumbosim.solver.RecruitmentSolver;

/**
 * The non-regression cases behind {@code GoldenResultsTest}: every preset x {0, 20 kg} x both muscle
 * models x the three recruitment criteria, a few hundred seeded random tasks and inverse-dynamics
 * frames, each written as one line of every output a workspace exposes (all five levels, muscle
 * forces, landmarks, disc frames, support reactions, whole-body balance). Numbers are written with
 * {@link Double#toString}, which reads back to the same bits, so two runs agree line for line
 * exactly when their results are bitwise equal.
 *
 * <p>Non-regression only (the model's own earlier output), never validation. The file is rewritten
 * only by a deliberate, documented model change, with {@link #main} run from the test class path
 * (the command is in docs/tests.md).
 */
public final class GoldenResults {
    /** Seed of the random tasks. */
    static final long SEED = 20261206L;
    /** Random static tasks per muscle model. */
    static final int RANDOM_TASKS = 200;
    /** Random inverse-dynamics frames per muscle model. */
    static final int RANDOM_FRAMES = 60;
    /** Resource holding the recorded lines (gzip). */
    static final String RESOURCE = "/golden/results.txt.gz";

    private GoldenResults() {
    }

    /**
     * Computes every case, in a fixed order.
     *
     * @return one line per case
     */
    static List<String> compute() {
        List<String> out = new ArrayList<>();
        Subject subject = Subject.defaultSubject();
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            for (RecruitmentCriterion criterion : RecruitmentCriterion.values()) {
                LumbarModel model = LumbarModel.of(subject).withMuscleModel(kind)
                        .withSolver(RecruitmentSolver.defaults().withCriterion(criterion));
                // one workspace for the whole sequence: warm starts are part of what is recorded
                Workspace ws = model.newWorkspace();
                for (PosturePreset preset : PosturePreset.values()) {
                    for (double kg : new double[] {0, 20}) {
                        List<HandLoad> loads = kg == 0 ? List.of() : List.of(HandLoad.ofMassKg(kg));
                        String id = kind.id() + "/" + criterion.id() + "/" + preset.id() + "/" + kg;
                        out.add(solveLine(id, model, preset.posture(), loads, ws));
                    }
                }
            }
        }
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            SplittableRandom rnd = new SplittableRandom(SEED + kind.ordinal());
            Workspace ws = null;
            for (int i = 0; i < RANDOM_TASKS; i++) {
                Subject s = TestArbitraries.subject(rnd);
                Posture p = TestArbitraries.posture(rnd);
                List<HandLoad> loads = TestArbitraries.loadList(rnd);
                LumbarModel model = LumbarModel.of(s).withMuscleModel(kind);
                ws = model.workspaceFrom(ws);
                out.add(solveLine(kind.id() + "/random/" + i, model, p, loads, ws));
            }
            LumbarModel model = LumbarModel.of(subject).withMuscleModel(kind);
            Workspace fw = model.newWorkspace();
            for (int i = 0; i < RANDOM_FRAMES; i++) {
                Posture p = TestArbitraries.symmetricPosture(rnd);
                double d = TestArbitraries.between(rnd, -3, 3);
                Posture prev = p.withTrunkFlexionDeg(clampTrunk(p.trunkFlexionDeg() - d));
                Posture next = p.withTrunkFlexionDeg(clampTrunk(p.trunkFlexionDeg() + 0.5 * d));
                List<HandLoad> loads = TestArbitraries.loadList(rnd);
                String id = kind.id() + "/frame/" + i;
                String line;
                try {
                    model.solveFrame(prev, p, next, 0.02, loads, fw);
                    line = id + " " + state(fw, model);
                } catch (RuntimeException e) {
                    line = id + " threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
                }
                out.add(line);
            }
        }
        return out;
    }

    private static double clampTrunk(double deg) {
        return Math.max(-20, Math.min(100, deg));
    }

    private static String solveLine(String id, LumbarModel model, Posture p, List<HandLoad> loads, Workspace ws) {
        try {
            model.solve(p, loads, ws);
            return id + " " + state(ws, model);
        } catch (RuntimeException e) {
            return id + " threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    /** Every output of a solved workspace, space separated. */
    static String state(Workspace ws, LumbarModel model) {
        StringBuilder b = new StringBuilder();
        b.append(ws.status()).append(' ').append(ws.iterations()).append(' ').append(ws.supportsBalanced())
                .append(' ').append(ws.baseResultant());
        for (SpinalLevel l : SpinalLevel.values()) {
            add(b, ws.compressionN(l), ws.apShearN(l), ws.lateralShearN(l), ws.idpMPa(l), ws.passiveMomentNm(l));
            for (int a = 0; a < 3; a++) {
                add(b, ws.netMomentNm(l, a), ws.discCentreM(l, a), ws.discNormal(l, a), ws.discAnterior(l, a));
            }
        }
        add(b, ws.iapForceN(), ws.backrestForceN(), ws.equilibriumResidualNm(), ws.qpResidualNm());
        b.append(' ').append(ws.qpWorstRow());
        for (int i = 0; i < model.muscleCount(); i++) {
            add(b, ws.muscleForceN(i));
        }
        for (Landmark l : Landmark.values()) {
            add(b, ws.landmarkM(l, 0), ws.landmarkM(l, 1), ws.landmarkM(l, 2));
        }
        b.append(" supports ").append(ws.supportReactionCount());
        for (int i = 0; i < ws.supportReactionCount(); i++) {
            b.append(' ').append(ws.supportReactionSupport(i)).append(' ').append(ws.supportReactionSide(i));
            for (int a = 0; a < 3; a++) {
                add(b, ws.supportReactionPointM(i, a), ws.supportReactionForceN(i, a));
            }
        }
        for (Support s : Support.values()) {
            add(b, ws.restingWeightN(s));
            if (ws.restingWeightN(s) > 0) {
                add(b, ws.restingCentreM(s, 0), ws.restingCentreM(s, 1), ws.restingCentreM(s, 2));
            }
        }
        add(b, ws.handsOnThighsForceN(), ws.trunkOnThighsForceN());
        for (int a = 0; a < 3; a++) {
            add(b, ws.centreOfMassM(a));
        }
        for (int c = 0; c < 6; c++) {
            add(b, c < 3 ? ws.wholeBodyResidualForceN(c) : ws.wholeBodyResidualMomentNm(c - 3), c < 3 ? ws.backrestPointM(c) : ws.backrestForceN(c - 3));
        }
        return b.toString();
    }

    private static void add(StringBuilder b, double... v) {
        for (double x : v) {
            b.append(' ').append(x);
        }
    }

    /**
     * Rewrites the golden file (a deliberate model change only).
     *
     * @param args one argument: the file to write (core/src/test/resources/golden/results.txt.gz)
     * @throws java.io.IOException if it cannot be written
     */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Path path = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.createDirectories(path.getParent());
        try (var w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
                java.nio.file.Files.newOutputStream(path)), java.nio.charset.StandardCharsets.UTF_8)) {
            for (String line : compute()) {
                w.write(line);
                w.write('\n');
            }
        }
    }
}
