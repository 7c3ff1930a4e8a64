package org.lumbosim.viz;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.Wilke1999;
import org.lumbosim.result.AnalysisResult;

/** Solved inputs shared by the tests (computed once). */
final class Fixtures {
    private Fixtures() {
    }

    static final Subject SUBJECT = Subject.defaultSubject();
    static final LumbarModel MODEL = LumbarModel.of(SUBJECT);
    static final LumbosimTheme THEME = LumbosimTheme.slides();

    /** @return least x, least y, greatest x, greatest y of an outline of points (m) */
    static double[] outlineBounds(List<double[]> outline) {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (double[] xy : outline) {
            b[0] = Math.min(b[0], xy[0]);
            b[1] = Math.min(b[1], xy[1]);
            b[2] = Math.max(b[2], xy[0]);
            b[3] = Math.max(b[3], xy[1]);
        }
        return b;
    }

    /** @return least x, least y, greatest x, greatest y of the pixels of one colour ({@code -1} greatest if none) */
    static int[] pixelBounds(BufferedImage img, Color c) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) {
                    b[0] = Math.min(b[0], x);
                    b[1] = Math.min(b[1], y);
                    b[2] = Math.max(b[2], x);
                    b[3] = Math.max(b[3], y);
                }
            }
        }
        return b;
    }

    /** Loads of a Wilke row: its mass in both hands, or none. */
    static List<ExternalLoad> loadsOf(Wilke1999.Measurement m) {
        return m.loadKg() > 0 ? List.of(HandLoad.ofMassKg(m.loadKg())) : List.of();
    }

    /** Every Wilke row that has a preset, solved. */
    static List<PostureCase> wilkeCases() {
        List<PostureCase> out = new ArrayList<>();
        for (Wilke1999.Measurement m : Wilke1999.measurements()) {
            if (m.posture().isPresent()) {
                String name = m.id().replace('_', ' ') ;
                out.add(new PostureCase(name, Lumbosim.analyze(SUBJECT, m.posture().get(), loadsOf(m)),
                        java.util.Optional.of(m)));
            }
        }
        return out;
    }

    static final double[] FLEXION_DEG = ParameterSweep.linspace(0, 90, 10);

    static ParameterSweep flexionSweep10kg() {
        return ParameterSweep.trunkFlexion(MODEL, FLEXION_DEG, List.of(HandLoad.ofMassKg(10)));
    }

    static AnalysisResult liftRoundBack15kg() {
        return Lumbosim.analyze(SUBJECT, PosturePreset.LIFT_ROUND_BACK.posture(), List.of(HandLoad.ofMassKg(15)));
    }

    /** Shoulder height above L5-S1 in upright standing (m). */
    static double shoulderHeightM() {
        AnalysisResult r = Lumbosim.analyze(SUBJECT, Posture.uprightStanding(), List.of());
        return r.pose().landmarks().get(Landmark.SHOULDER_RIGHT).yM();
    }

    static CompressionGrid grid(int masses, int distances) {
        return CompressionGrid.solve(MODEL, Posture.uprightStanding(), SpinalLevel.L5_S1,
                ParameterSweep.linspace(0, 30, masses), ParameterSweep.linspace(0.2, 0.7, distances),
                shoulderHeightM());
    }
}
