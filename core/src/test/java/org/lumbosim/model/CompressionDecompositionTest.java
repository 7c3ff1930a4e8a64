package org.lumbosim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lumbosim.load.HandLoad;
import org.lumbosim.posture.Posture;
import org.lumbosim.reference.InVivoRatios;
import org.lumbosim.reference.InVivoValidation;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.solver.QpStatus;
import org.lumbosim.solver.QpWorkspace;

/**
 * Where the L4-L5 compression comes from, term by term, in both muscle models, for the upright Wilke
 * et al. (1999) rows the multi-fascicle model over-predicts (docs/research/multi-fascicle-overprediction.md,
 * fifth-session section), the same subject's crate held at stretched arms ({@code hold_far_20kg},
 * Wilke et al. 2001 Fig 3e, as {@code lumbosim validate} runs it; docs/research/hold-close-and-facets.md,
 * seventh-session section) and the tying-shoes row whose trunk rests on the thighs: Wilke's subject
 * as {@code lumbosim validate} runs him, each row's posture and hand load. The compression along the disc normal is split into the external actions on the
 * body above the disc (gravity and supports, the hand loads, and the thighs' push on a trunk resting
 * on them, each apart), the ligaments' tension at the prescribed
 * posture, the ligament part of the level deviation, the passive tension of the stretched erector
 * spinae ({@link PassiveMuscles}), abdominal pressure and any passive wall remainder, the hip equation's
 * psoas force (single-equivalent model only; the multi-fascicle model recruits its psoas lines) and
 * each muscle group's force along the normal, split again into the part up to each line's lower
 * bound (the abdominal co-activation floor or the wall's tension that holds the pressure, the hip's psoas
 * share) and the part above it. The
 * sagittal moment balance is split the same way. For both models every level is also
 * printed (moments, compressions, the deviation columns against their bounds, each line recruited
 * above its lower bound with its moment at every level, muscles at their upper bound), to show which
 * level's balance forces the extra terms. For the trunk resting on the thighs, how each model sized the
 * thighs' push level by level ({@link #pushSizing}), and the multi-fascicle excess taken apart by
 * re-solving with the demand changed ({@link #tyingShoesCounterfactuals}; docs/research/tying-shoes-model-gap.md). Printed beside them for L4-L5: the external flexion moment
 * split into the body's gravity and the hand loads, the abdominal pressure and its wall, and the
 * anteroposterior shear. Rows: relaxed standing, unsupported and slouched sitting, the close hold and
 * tying shoes of Wilke et al. (1999), the far hold of Wilke et al. (2001) with its load where
 * {@code lumbosim validate} puts it, and standing bent forward and the round-back lift of Wilke et al.
 * (1999) (docs/research/standing-flexed.md).
 *
 * <p>Printed, not asserted: the terms are the model's numbers, not a truth. Asserted, at every level
 * of both models: the identities that make the split a decomposition: the terms add up to the
 * compression the model reports, and the groups' and the deviation's flexion moments add up to the
 * moment they must supply; the thighs' push is the rule's in both models ({@link #pushSizing}); the
 * re-solved problems still balance.
 */
class CompressionDecompositionTest {
    private static final List<String> ROWS = List.of("standing_relaxed", "sitting_unsupported", "sitting_slouched",
            "hold_close_20kg", "sitting_max_flexion", "hold_far_20kg", "standing_flexed", "lift_round_back_20kg");
    private static final int FLEXION = 0;
    /** The multi-fascicle groups that the single-equivalent erector spinae line collapses ({@link SingleEquivalentMuscles}). */
    private static final java.util.Set<String> ERECTOR_GROUPS = java.util.Set.of("longissimus_lumborum", "longissimus_thoracis",
            "iliocostalis_lumborum", "iliocostalis_thoracis", "multifidus");

    /** One level's compression and sagittal moment, term by term. */
    record Split(Map<String, Double> compressionN, Map<String, Double> momentNm, double totalN) {
    }

    /** A row's posture and hand loads as {@code lumbosim validate} runs it. */
    record Row(Posture posture, List<HandLoad> loads) {
    }

    /** @return the row {@code id} of wilke1999_idp.csv (or the Wilke 2001 far hold) as {@code lumbosim validate} poses and loads it */
    static Row row(String id, LumbarModel m) {
        if (id.equals("hold_far_20kg")) {
            InVivoRatios.Case far = InVivoRatios.comparisons().stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow().caseOf().orElseThrow();
            return new Row(far.posture(), InVivoValidation.loads(m, far));
        }
        Wilke1999.Measurement r = Wilke1999.measurements().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow();
        return new Row(r.posture().orElseThrow(), r.loadKg() > 0 ? List.of(HandLoad.ofMassKg(r.loadKg())) : List.of());
    }

    private static Split split(LumbarModel m, Workspace w, int k) {
        SolvePipeline p = w.pipeline;
        MuscleSet set = m.muscleSet();
        int n = set.count();
        double[] fr = p.pose.discFrame;
        int o = 9 * k;
        Map<String, Double> c = new LinkedHashMap<>();
        Map<String, Double> mo = new LinkedHashMap<>();
        TrunkThighContact t = p.supports.trunkThighs;
        double contact = -t.forceN * (t.surface.normal[0] * fr[o] + t.surface.normal[1] * fr[o + 1] + t.surface.normal[2] * fr[o + 2]);
        double[] hand = handAbout(p, k);
        double handN = -(hand[0] * fr[o] + hand[1] * fr[o + 1] + hand[2] * fr[o + 2]);
        c.put("external: gravity of the body above, supports", -dotNormal(p.netLoads.extForce, k, fr) - contact - handN);
        c.put("external: hand loads", handN);
        c.put("thighs' push on the trunk", contact);
        double ligament = -dotNormal(p.tissueLoads.ligamentForceN, k, fr);
        c.put("ligaments at the posture", ligament);
        c.put("ligaments, level deviation", p.recruitment.deviationCompressionN(k, ligament));
        c.put("passive tension of the stretched erector spinae", -dotNormal(p.tissueLoads.muscleForceN, k, fr));
        c.put("abdominal pressure and passive wall remainder", -p.abdomen.axialForceN(fr, k));
        c.put("psoas of the hip equation (known force)", -dotNormal(p.hipFlexors.psoasForceN, k, fr));
        QpWorkspace qp = p.recruitment.qp;
        for (int i = 0; i < n; i++) {
            if (k < set.levelLo[i] || k >= set.levelHi[i]) {
                continue;
            }
            int u = 3 * (k * n + i);
            double[] unit = p.muscleGeometry.unitForce;
            double perN = -(unit[u] * fr[o] + unit[u + 1] * fr[o + 1] + unit[u + 2] * fr[o + 2]);
            double f = qp.force(i);
            double lower = qp.lowerN(i);
            String g = set.reference.get(i).group();
            c.merge(g + " (floor)", lower * perN, Double::sum);
            c.merge(g + " (above floor)", (f - lower) * perN, Double::sum);
            mo.merge(g, f * qp.getA(3 * k + FLEXION, i), Double::sum);
        }
        double dev = p.recruitment.deviationMomentNm(k);
        mo.put("level deviation", dev);
        mo.put("minus what muscles and deviation supply (-b)", -qp.getB(3 * k + FLEXION));
        return new Split(c, mo, w.compressionN(SpinalLevel.ofIndex(k)));
    }

    /** The hand loads' force and moment about the disc centre of level k (world). */
    private static double[] handAbout(SolvePipeline p, int k) {
        double[] acc = new double[6];
        p.actions.handAbout(acc, p.pose.jointWorld[3 * k], p.pose.jointWorld[3 * k + 1], p.pose.jointWorld[3 * k + 2]);
        return acc;
    }

    private static double dotNormal(double[] v, int k, double[] fr) {
        return v[3 * k] * fr[9 * k] + v[3 * k + 1] * fr[9 * k + 1] + v[3 * k + 2] * fr[9 * k + 2];
    }

    @Test
    void compressionIsTheSumOfItsTermsInBothModels() {
        for (String id : ROWS) {
            List<Map<String, Double>> comp = new ArrayList<>();
            List<Map<String, Double>> mom = new ArrayList<>();
            List<Map<String, Double>> other = new ArrayList<>();
            List<Double> totals = new ArrayList<>();
            for (MuscleModelKind kind : MuscleModelKind.values()) {
                LumbarModel m = Wilke1999.subjectModel().withMuscleModel(kind);
                Row row = row(id, m);
                Workspace w = m.newWorkspace();
                m.solve(row.posture(), row.loads(), w);
                assertThat(w.status()).as("%s %s", id, kind).isEqualTo(QpStatus.OK);
                for (int k = 0; k < LumbarModel.LEVELS; k++) {
                    Split s = split(m, w, k);
                    double sum = s.compressionN().values().stream().mapToDouble(Double::doubleValue).sum();
                    assertThat(sum).as("%s %s level %s compression", id, kind, k)
                            .isCloseTo(s.totalN(), within(1e-9 * Math.abs(s.totalN())));
                    double moments = s.momentNm().values().stream().mapToDouble(Double::doubleValue).sum();
                    assertThat(moments).as("%s %s level %s flexion balance", id, kind, k).isCloseTo(0, within(1e-8));
                    if (k == SpinalLevel.L4_L5.ordinal()) {
                        comp.add(s.compressionN());
                        mom.add(s.momentNm());
                        totals.add(s.totalN());
                        other.add(externalAndAbdomen(w, k));
                    }
                }
            }
            print(id, "L4-L5 compression (N)", comp, totals);
            print(id, "L4-L5 sagittal moment (N·m, + = extension)", mom, null);
            print(id, "L4-L5 external moment, abdomen, shear", other, null);
            for (MuscleModelKind kind : MuscleModelKind.values()) {
                printLevels(id, kind);
            }
            pushSizing(id);
        }
        tyingShoesCounterfactuals();
    }

    /**
     * Level k's external flexion moment about the disc centre (world z, + = flexion as in
     * HoldCloseGeometryTest) split into the hand loads and the rest (gravity of the body above,
     * supports), the abdominal pressure, its force and its wall's, and the AP shear.
     */
    private static Map<String, Double> externalAndAbdomen(Workspace w, int k) {
        SolvePipeline p = w.pipeline;
        Map<String, Double> x = new LinkedHashMap<>();
        double hand = -handAbout(p, k)[5];
        x.put("external flexion moment: body above, supports (N·m)", -p.netLoads.extMoment[3 * k + 2] - hand);
        x.put("external flexion moment: hand loads (N·m)", hand);
        x.put("abdominal pressure (kPa)", w.abdominalPressurePa() / 1000);
        x.put("abdominal pressure force P·A (N)", w.iapForceN());
        x.put("abdominal wall force (N), carried by the abdominal lines", w.abdominalWallForceN());
        x.put("abdominal lines' activation carrying it", w.abdominalWallActivation());
        x.put("AP shear (N)", w.apShearN(SpinalLevel.ofIndex(k)));
        x.put("IDP (MPa)", w.idpMPa(SpinalLevel.ofIndex(k)));
        return x;
    }

    /** Every level's sagittal moment and compression by group, and the deviation with its bounds. */
    private static void printLevels(String id, MuscleModelKind kind) {
        LumbarModel m = Wilke1999.subjectModel().withMuscleModel(kind);
        Row row = row(id, m);
        Workspace w = m.newWorkspace();
        m.solve(row.posture(), row.loads(), w);
        QpWorkspace qp = w.pipeline.recruitment.qp;
        int n = m.muscleSet().count();
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (int k = 0; k < LumbarModel.LEVELS; k++) {
            Split s = split(m, w, k);
            int kk = k;
            s.momentNm().forEach((t, v) -> rows.computeIfAbsent("M " + t, x -> new double[LumbarModel.LEVELS])[kk] = v);
            s.compressionN().forEach((t, v) -> rows.computeIfAbsent("C " + t, x -> new double[LumbarModel.LEVELS])[kk] = v);
            rows.computeIfAbsent("C total", x -> new double[LumbarModel.LEVELS])[k] = s.totalN();
            rows.computeIfAbsent("deviation: flexing column (N·m)", x -> new double[LumbarModel.LEVELS])[k] = qp.force(n + 2 * k);
            rows.computeIfAbsent("  its bound", x -> new double[LumbarModel.LEVELS])[k] = qp.upperN(n + 2 * k);
            rows.computeIfAbsent("deviation: extending column (N·m)", x -> new double[LumbarModel.LEVELS])[k] = qp.force(n + 2 * k + 1);
            rows.computeIfAbsent("  its bound ", x -> new double[LumbarModel.LEVELS])[k] = qp.upperN(n + 2 * k + 1);
            rows.computeIfAbsent("prescribed flexion (deg)", x -> new double[LumbarModel.LEVELS])[k] = Math.toDegrees(w.pipeline.pose.flexionRad[k]);
        }
        System.out.printf(Locale.ROOT, "%n%s, %s, by level (M = sagittal moment N·m, + = extension;"
                + " C = compression N)%n%-50s %8s %8s %8s %8s %8s%n", id, kind.id(), "", "L5-S1", "L4-L5", "L3-L4", "L2-L3", "L1-L2");
        rows.forEach((t, v) -> {
            if (java.util.Arrays.stream(v).allMatch(x -> Math.abs(x) < 5e-3)) {
                return;
            }
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-50s", t));
            for (double x : v) {
                b.append(String.format(Locale.ROOT, " %8.2f", x));
            }
            System.out.println(b);
        });
        System.out.printf(Locale.ROOT, "%s, %s: lines above their lower bound by 0.5 N or more: force N, share of"
                + " the upper bound, sagittal moment N·m (+ = extension) at L5-S1 .. L1-L2 (- = not crossed)%n", id, kind.id());
        for (int i = 0; i < n; i++) {
            if (qp.force(i) - qp.lowerN(i) < 0.5) {
                continue;
            }
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-18s %-22s %7.1f %5.2f", m.muscleSet().reference.get(i).name(),
                    m.muscleSet().reference.get(i).group(), qp.force(i), qp.force(i) / qp.upperN(i)));
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                boolean crosses = k >= m.muscleSet().levelLo[i] && k < m.muscleSet().levelHi[i];
                b.append(crosses ? String.format(Locale.ROOT, " %7.2f", qp.force(i) * qp.getA(3 * k + FLEXION, i)) : "       -");
            }
            System.out.println(b);
        }
        for (int i = 0; i < n; i++) {
            if (qp.force(i) >= qp.upperN(i) * (1 - 1e-9)) {
                System.out.println("at its upper bound: " + m.muscleSet().reference.get(i).name());
            }
        }
    }

    /**
     * For a row whose trunk rests on the thighs, how each model sized the thighs' push
     * ({@link TrunkThighContact#push}): per level, the moment extending the body above without the push
     * (external actions less the push, plus the passive tissues': ligaments and disc, and the stretched
     * erector spinae apart), the push's extending moment per newton, and the push that cancels that
     * level's extensor need; the push is the least of them (the rule's level marked), unless the hips' cut
     * or the no-tension cap bound it. Asserted in both models: the push is never above the least, and
     * equals it (1e-9 relative) where neither the cut nor the cap bound.
     */
    private static void pushSizing(String id) {
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel m = Wilke1999.subjectModel().withMuscleModel(kind);
            Row row = row(id, m);
            Workspace w = m.newWorkspace();
            m.solve(row.posture(), row.loads(), w);
            SolvePipeline p = w.pipeline;
            TrunkThighContact t = p.supports.trunkThighs;
            if (t.forceN == 0) {
                return;
            }
            ThighPushRule r = ThighPushRule.of(w);
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < LumbarModel.LEVELS; k++) {
                b.append(String.format(Locale.ROOT, "%-8s %10.3f %10.3f %10.3f %10.4f %10.2f %10.3f%n", SpinalLevel.ofIndex(k).label(),
                        r.externalNm()[k], r.segmentNm()[k], r.passiveMuscleNm()[k], r.perNewtonM()[k], r.allowedN()[k],
                        r.afterPushNm()[k]));
            }
            boolean cut = p.hipFlexors.flexorNeedNm >= -1e-9 * m.geometry.bodyWeightN;
            boolean capped = p.discs.leastCompressionN() <= 1e-9 * m.geometry.bodyWeightN;
            System.out.printf(Locale.ROOT, "%n%s, %s: the thighs' push %.2f N (the rule's level %s, hips' flexor need %.3f N·m%s%s);"
                    + " per level (N·m, + = extends the body above)%n%-8s %10s %10s %10s %10s %10s %10s%n%s", id, kind.id(), t.forceN,
                    SpinalLevel.ofIndex(r.ruleLevel()).label(), p.hipFlexors.flexorNeedNm, cut ? ", cut by the hips" : "",
                    capped ? ", capped: a disc at zero compression" : "", "level", "external", "lig+disc", "pass. ES", "arm/N", "allows N",
                    "after push", b);
            assertThat(t.forceN).as("%s %s push", id, kind).isLessThanOrEqualTo(r.leastN() * (1 + 1e-9));
            if (!cut && !capped) {
                assertThat(t.forceN).as("%s %s push = the rule's", id, kind).isCloseTo(r.leastN(), within(1e-9 * r.leastN()));
            }
        }
    }

    /**
     * Tying shoes: where the multi-fascicle model's excess over the single-equivalent one comes from. Its
     * recruitment is solved again (same bounds, same problem) with the moments the muscles and deviations
     * must supply changed: every level's set to L4-L5's (no level-to-level difference in the demand); L2-L3's
     * and L1-L2's set to L3-L4's; and, apart, every muscle's lower bound released (the abdominal
     * co-activation, the wall's tension and the lumbar minimum activation). Printed: L4-L5 compression
     * recomputed from the same terms; and the share of the erector spinae's PCSA crossing L1-L2 that also
     * crosses L4-L5 (the single-equivalent lines cross one level each by construction). Asserted: each
     * changed problem still balances (status OK).
     */
    private static void tyingShoesCounterfactuals() {
        String id = "sitting_max_flexion";
        String[] cases = {"as is", "every level's demand = L4-L5's", "L2-L3 and L1-L2 demand = L3-L4's", "all muscle floors released"};
        System.out.printf(Locale.ROOT, "%n%s: L4-L5 compression (N) with the recruitment's demand changed%n%-40s %10s %10s%n", id,
                "case", "single-eq", "multi-fasc");
        double[][] out = new double[cases.length][2];
        for (MuscleModelKind kind : MuscleModelKind.values()) {
            LumbarModel m = Wilke1999.subjectModel().withMuscleModel(kind);
            for (int c = 0; c < cases.length; c++) {
                Row row = row(id, m);
                Workspace w = m.newWorkspace();
                m.solve(row.posture(), row.loads(), w);
                SolvePipeline p = w.pipeline;
                QpWorkspace qp = p.recruitment.qp;
                double[] b = new double[LumbarModel.LEVELS];
                for (int k = 0; k < LumbarModel.LEVELS; k++) {
                    b[k] = qp.getB(3 * k + FLEXION);
                }
                for (int k = 0; k < LumbarModel.LEVELS; k++) {
                    double changed = switch (c) {
                        case 1 -> b[SpinalLevel.L4_L5.ordinal()];
                        case 2 -> k > SpinalLevel.L3_L4.ordinal() ? b[SpinalLevel.L3_L4.ordinal()] : b[k];
                        default -> b[k];
                    };
                    qp.setB(3 * k + FLEXION, changed);
                }
                if (c == 3) {
                    for (int i = 0; i < m.muscleSet().count(); i++) {
                        qp.setMuscle(i, qp.pcsaM2(i), 0, qp.upperN(i));
                    }
                }
                p.recruitment.solve(m.solver(), m.overloadPolicy());
                assertThat(p.recruitment.status).as("%s %s", cases[c], kind).isEqualTo(QpStatus.OK);
                p.discs.compute(m.geometry, m.tissueParameters(), m.muscleSet(), p.pose, p.netLoads, p.tissueLoads, p.abdomen,
                        p.hipFlexors, p.muscleGeometry, p.recruitment);
                out[c][kind.ordinal()] = w.compressionN(SpinalLevel.L4_L5);
            }
        }
        for (int c = 0; c < cases.length; c++) {
            System.out.printf(Locale.ROOT, "%-40s %10.1f %10.1f%n", cases[c], out[c][0], out[c][1]);
        }
        LumbarModel mf = Wilke1999.subjectModel().withMuscleModel(MuscleModelKind.MULTI_FASCICLE);
        MuscleSet set = mf.muscleSet();
        double upper = 0;
        double through = 0;
        int top = SpinalLevel.L1_L2.ordinal();
        int l4 = SpinalLevel.L4_L5.ordinal();
        for (int i = 0; i < set.count(); i++) {
            if (ERECTOR_GROUPS.contains(set.reference.get(i).group()) && set.levelLo[i] <= top && top < set.levelHi[i]) {
                upper += mf.geometry.pcsaM2[i];
                if (set.levelLo[i] <= l4) {
                    through += mf.geometry.pcsaM2[i];
                }
            }
        }
        System.out.printf(Locale.ROOT, "multi-fascicle anatomy: erector spinae PCSA crossing L1-L2 %.1f cm², of it also crossing L4-L5 %.1f cm²%n",
                upper * 1e4, through * 1e4);
    }

    private static void print(String id, String what, List<Map<String, Double>> byModel, List<Double> totals) {
        System.out.printf(Locale.ROOT, "%n%s, %s%n%-55s %10s %10s%n", id, what, "term", "single-eq", "multi-fasc");
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (int j = 0; j < byModel.size(); j++) {
            int col = j;
            byModel.get(j).forEach((t, v) -> rows.computeIfAbsent(t, x -> new double[byModel.size()])[col] = v);
        }
        rows.forEach((t, v) -> {
            if (Math.abs(v[0]) > 1e-9 || Math.abs(v[1]) > 1e-9) {
                System.out.printf(Locale.ROOT, "%-55s %10.3f %10.3f%n", t, v[0], v[1]);
            }
        });
        if (totals != null) {
            System.out.printf(Locale.ROOT, "%-55s %10.3f %10.3f%n", "total", totals.get(0), totals.get(1));
        }
    }
}
