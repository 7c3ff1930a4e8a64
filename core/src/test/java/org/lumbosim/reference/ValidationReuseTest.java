package org.lumbosim.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;

/**
 * Fifteenth session ({@code h15/perf3}, for speed, results bitwise unchanged): the Wilke comparison solves its
 * rows in one workspace and the sensitivity runs reuse a workspace per thread across their comparisons, each
 * solve started cold; the example runs the plain comparison once and hands it to both analyses.
 * <ul>
 *   <li>One workspace per muscle model carried through comparisons of Wilke's subject, the default subject and
 *       seeded random subjects, each with its own constants (among them a muscle stress at which a row cannot be
 *       balanced): every static row's pressure equals a new workspace's solve of that row
 *       ({@link Lumbosim#analyze(LumbarModel, Posture, List)}) bit for bit, its ratio that pressure over a new
 *       workspace's relaxed standing, every failed row fails there with the same message; the whole report equals
 *       {@link WilkeValidation#run(LumbarModel)}'s.</li>
 *   <li>The joint Monte Carlo gives the same bands in one chunk (one workspace for every draw) as in one chunk
 *       per draw (a workspace each, as before the chunks) and as the public run; the runs given the plain
 *       comparison equal the runs that compute it (joint and one at a time).</li>
 * </ul>
 */
class ValidationReuseTest {
    private static final long SEED = 20261208L + 153;

    private static List<LumbarModel> models(MuscleModelKind kind) {
        SplittableRandom rnd = new SplittableRandom(SEED + kind.ordinal());
        LumbarModel wilke = Wilke1999.subjectModel().withMuscleModel(kind);
        List<LumbarModel> out = new ArrayList<>();
        out.add(wilke);
        out.add(LumbarModel.of(Subject.defaultSubject()).withMuscleModel(kind));
        // multi-fascicle at 0.40 MPa cannot balance the round-back lift (WilkeSensitivityTest): a failed row
        out.add(wilke.withTissueParameters(wilke.tissueParameters().with(TissueParameter.MAX_MUSCLE_STRESS, 0.40)));
        for (int i = 0; i < 3; i++) {
            Subject s = new Subject(rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE, 1.55 + 0.35 * rnd.nextDouble(),
                    50 + 50 * rnd.nextDouble(), 20 + 50 * rnd.nextDouble());
            TissueParameters t = TissueParameters.published()
                    .with(TissueParameter.MAX_MUSCLE_STRESS, 0.4 + 0.9 * rnd.nextDouble())
                    .with(TissueParameter.DISC_AREA_SCALE, 0.7 + 0.7 * rnd.nextDouble())
                    .with(TissueParameter.NACHEMSON_FACTOR, 1.5 + 0.2 * rnd.nextDouble());
            out.add(LumbarModel.of(s, kind, t));
        }
        // the first model again, after the others have used the workspace
        out.add(wilke);
        return out;
    }

    private static double freshL4L5IdpMPa(LumbarModel model, Posture p, double loadKg) {
        List<HandLoad> loads = loadKg > 0 ? List.of(HandLoad.ofMassKg(loadKg)) : List.of();
        return Lumbosim.analyze(model, p, loads).level(SpinalLevel.L4_L5).idpMPa();
    }

    @Test
    void oneWorkspaceThroughManyComparisonsGivesEveryRowOfANewWorkspaceBitForBit() {
        int rows = 0;
        int failed = 0;
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            Workspace ws = null;
            for (LumbarModel model : models(kind)) {
                ws = model.workspaceFrom(ws);
                WilkeValidation.Report report = WilkeValidation.run(model, ws);
                assertThat(report).isEqualTo(WilkeValidation.run(model));
                double standing = Double.NaN;
                for (Wilke1999.Measurement m : Wilke1999.measurements()) {
                    if (m.id().equals(Wilke1999.STANDING_ID)) {
                        standing = freshL4L5IdpMPa(model, m.posture().orElseThrow(), 0);
                    }
                }
                for (WilkeValidation.Row row : report.rows()) {
                    Wilke1999.Measurement m = row.measurement();
                    if (m.posture().isEmpty()) {
                        continue;
                    }
                    String what = kind.id() + ", " + model.subject() + ", " + m.id();
                    rows++;
                    try {
                        double idp = freshL4L5IdpMPa(model, m.posture().get(), m.loadKg());
                        assertThat(row.status()).as(what).isEqualTo(WilkeValidation.Status.OK);
                        assertThat(Double.doubleToRawLongBits(row.predictedIdpMPa())).as(what)
                                .isEqualTo(Double.doubleToRawLongBits(idp));
                        assertThat(Double.doubleToRawLongBits(row.predictedRatio())).as(what)
                                .isEqualTo(Double.doubleToRawLongBits(idp / standing));
                    } catch (LumbosimException e) {
                        failed++;
                        assertThat(row.status()).as(what).isEqualTo(WilkeValidation.Status.FAILED);
                        assertThat(row.failure()).as(what).isEqualTo(e.getMessage());
                    }
                }
            }
        }
        System.out.printf("ValidationReuseTest: %d static rows compared with a new workspace's solve, %d failed in both%n",
                rows, failed);
        assertThat(failed).as("rows that fail").isPositive();
    }

    @Test
    void theJointBandsDoNotDependOnHowTheDrawsAreChunked() {
        LumbarModel model = Wilke1999.subjectModel();
        List<WilkeSensitivity.Range> ranges = WilkeSensitivity.publishedRanges();
        int draws = 6;
        WilkeValidation.Report plain = WilkeValidation.run(model);
        WilkeJointSensitivity.Result one = WilkeJointSensitivity.run(model, plain, ranges, draws, 11, 1);
        WilkeJointSensitivity.Result each = WilkeJointSensitivity.run(model, plain, ranges, draws, 11, draws);
        assertThat(one).isEqualTo(each);
        assertThat(WilkeJointSensitivity.run(model, ranges, draws, 11)).isEqualTo(one);
        assertThat(WilkeJointSensitivity.run(model, plain, ranges, draws, 11)).isEqualTo(one);
    }

    @Test
    void theOneAtATimeRunGivenItsBaselineEqualsTheRunThatComputesIt() {
        LumbarModel model = Wilke1999.subjectModel().withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        List<WilkeSensitivity.Range> ranges = WilkeSensitivity.publishedRanges().subList(0, 2);
        WilkeSensitivity.Result computed = WilkeSensitivity.run(model, ranges);
        WilkeSensitivity.Result given = WilkeSensitivity.run(model, WilkeValidation.run(model), ranges);
        assertThat(given).isEqualTo(computed);
        // each end equals the comparison run alone with that constant
        WilkeSensitivity.Range r = ranges.get(0);
        assertThat(given.swings().get(0).atLow()).isEqualTo(WilkeValidation.run(
                model.withTissueParameters(model.tissueParameters().with(r.parameter(), r.low()))));
    }
}
