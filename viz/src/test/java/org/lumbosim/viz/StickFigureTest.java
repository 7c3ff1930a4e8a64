package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

class StickFigureTest {
    @Test
    void drawsSomethingAndUsesTheSolvedLevel() {
        AnalysisResult r = Fixtures.liftRoundBack15kg();
        StickFigure f = StickFigure.of(r, SpinalLevel.L5_S1, "stoop", Fixtures.THEME);
        assertEquals(r.l5s1(), f.load());
        assertEquals(r.pose(), f.pose());
        BufferedImage img = FigureExporter.slides().withPngDpi(72).toImage(f);
        int nonWhite = 0;
        int blue = 0;
        Color comp = Fixtures.THEME.seriesColor(LumbosimTheme.COMPRESSION_SERIES);
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                nonWhite += rgb != 0xffffff ? 1 : 0;
                blue += rgb == (comp.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        assertThat(nonWhite).isGreaterThan(500);
        assertThat(blue).as("compression arrow pixels").isGreaterThan(20);
    }

    /**
     * The legend's lines never overlap: for every preset whose card has a note (or draws the thighs'
     * push), on the stick-figure card of {@code plot} (two fifths of the figure's width) at 960x540 and
     * 640x360, and on a card of half that width, and for a squat lift with 15 kg, whose card has two notes
     * (the box is held between the knees), each on a row of its own, inside the card (from 256 px). "arm passes beside
     * the leg" overlapped the compression at 640x360 before.
     */
    @Test
    void legendLinesNeverOverlap() {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            int checked = 0;
            List<StickFigure> figures = new ArrayList<>();
            for (PosturePreset p : PosturePreset.values()) {
                AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of());
                figures.add(StickFigure.of(StickScene.of(r, p.posture().supports(), 0), r, SpinalLevel.L5_S1,
                        p.id(), Fixtures.THEME));
            }
            // a squat lift with 15 kg: two notes, the box's too
            Posture squat = PosturePreset.LIFT_BENT_KNEES.posture();
            AnalysisResult loaded = Lumbosim.analyze(Fixtures.SUBJECT, squat, List.of(org.lumbosim.load.HandLoad.ofMassKg(15)));
            figures.add(StickFigure.of(StickScene.of(loaded, squat.supports(), 15), loaded, SpinalLevel.L5_S1,
                    "lift_bent_knees with 15 kg", Fixtures.THEME));
            for (StickFigure f : figures) {
                if (f.notes().isEmpty() && f.scene().trunkOnThighs() == null) {
                    continue;
                }
                for (double[] wh : new double[][] {{384, 540}, {256, 360}, {192, 270}}) {
                    List<StickFigure.Label> labels = f.labels(g, new java.awt.geom.Rectangle2D.Double(0, 0, wh[0], wh[1]));
                    assertThat(labels).extracting(StickFigure.Label::text).as(f.title()).containsAll(f.notes());
                    // (at 192 px "arm passes beside the leg" alone is 7 px wider than the card's text width)
                    for (StickFigure.Label l : wh[0] < 256 ? List.<StickFigure.Label>of() : labels) {
                        assertThat(l.boxPx().getMinX()).as("%s at %.0f px: \"%s\" inside the card", f.title(), wh[0],
                                l.text()).isGreaterThanOrEqualTo(0);
                    }
                    for (int i = 0; i < labels.size(); i++) {
                        for (int j = i + 1; j < labels.size(); j++) {
                            assertThat(labels.get(i).boxPx().intersects(labels.get(j).boxPx()))
                                    .as("%s at %.0f px: \"%s\" and \"%s\"", f.title(), wh[0], labels.get(i).text(),
                                            labels.get(j).text()).isFalse();
                        }
                    }
                    checked++;
                }
            }
            assertThat(checked).isGreaterThanOrEqualTo(9);
        } finally {
            g.dispose();
        }
    }

    /**
     * Tying shoes: the thighs' push on the trunk is drawn, to the figure's scale (the largest of the
     * L5-S1 compression, shear and push is the longest arrow; since the stretched erector spinae's
     * passive tension carries part of the trunk the push is smaller than the compression there), in its
     * colour, and the legend names it.
     */
    @Test
    void theThighsPushOnTheTrunkIsDrawnToScale() {
        PosturePreset p = PosturePreset.SITTING_MAX_FLEXION;
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of());
        StickFigure f = StickFigure.of(StickScene.of(r, p.posture().supports(), 0), r, SpinalLevel.L5_S1, "",
                Fixtures.THEME);
        double push = r.trunkOnThighs().forceN();
        assertThat(push).isPositive();
        double largest = Math.max(push, Math.max(Math.abs(r.l5s1().compressionN()), Math.abs(r.l5s1().apShearN())));
        assertEquals(StickFigure.LONGEST_ARROW_M * push / largest, push * f.arrowMPerN(), 1e-12);
        BufferedImage img = FigureExporter.slides().withPngDpi(72).toImage(f);
        int pushPixels = 0;
        int colour = Fixtures.THEME.pushColor().getRGB() & 0xffffff;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                pushPixels += (img.getRGB(x, y) & 0xffffff) == colour ? 1 : 0;
            }
        }
        assertThat(pushPixels).as("push arrow, dot and legend pixels").isGreaterThan(200);
        BufferedImage none = FigureExporter.slides().withPngDpi(72).toImage(StickFigure.of(Fixtures.liftRoundBack15kg(),
                SpinalLevel.L5_S1, "", Fixtures.THEME));
        int elsewhere = 0;
        for (int y = 0; y < none.getHeight(); y++) {
            for (int x = 0; x < none.getWidth(); x++) {
                elsewhere += (none.getRGB(x, y) & 0xffffff) == colour ? 1 : 0;
            }
        }
        assertThat(elsewhere).isZero();
    }

    /**
     * The push's dot at the abdomen's contact point never touches the centre-of-mass symbol, for every
     * preset whose figure draws the thighs' push: apart by half the symbol's radius or, where it would
     * come closer, left out (the push's arrow tip marks the point). In sitting_max_flexion the dot
     * touched the symbol before.
     */
    @Test
    void thePushDotAndTheCentreOfMassSymbolStayApart() {
        int withPush = 0;
        for (PosturePreset p : PosturePreset.values()) {
            if (!p.posture().supports().contains(org.lumbosim.posture.Support.TRUNK_ON_THIGHS)) {
                continue;
            }
            AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of());
            StickFigure.Markers m = StickFigure.of(StickScene.of(r, p.posture().supports(), 0), r, SpinalLevel.L5_S1,
                    "", Fixtures.THEME).markersM();
            withPush++;
            double comR = m.centreOfMass().getWidth() / 2;
            if (p == PosturePreset.SITTING_MAX_FLEXION) {
                // the case that touched: its contact point lies within a dot's size of the symbol
                double d = java.awt.geom.Point2D.distance(r.trunkOnThighs().pointM().xM(),
                        r.trunkOnThighs().pointM().yM(), m.centreOfMass().getCenterX(), m.centreOfMass().getCenterY());
                assertThat(d).isLessThan(comR * 2);
            }
            if (m.pushDot() != null) {
                double apart = java.awt.geom.Point2D.distance(m.centreOfMass().getCenterX(),
                        m.centreOfMass().getCenterY(), m.pushDot().getCenterX(), m.pushDot().getCenterY())
                        - comR - m.pushDot().getWidth() / 2;
                assertThat(apart).as(p.id()).isGreaterThanOrEqualTo(comR / 2 - 1e-12);
            }
        }
        assertThat(withPush).isPositive();
    }

    @Test
    void arrowsAreToScale() {
        AnalysisResult r = Fixtures.liftRoundBack15kg();
        StickFigure f = StickFigure.of(r, SpinalLevel.L5_S1, "", Fixtures.THEME);
        double longest = Math.max(Math.abs(r.l5s1().compressionN()), Math.abs(r.l5s1().apShearN()));
        assertEquals(StickFigure.LONGEST_ARROW_M, longest * f.arrowMPerN(), 1e-12);
        double bar = f.scaleBarN();
        double mantissa = bar / Math.pow(10, Math.floor(Math.log10(bar)));
        assertThat(mantissa).isIn(1.0, 2.0, 5.0);
        assertThat(bar).isBetween(longest / 6, longest / 1.5);
    }

    @Test
    void aSetSharesOneScaleAndItsCaptionStatesWhatIsDrawn() {
        List<StickFigure> set = new ArrayList<>();
        for (PosturePreset p : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.LIFT_ROUND_BACK,
                PosturePreset.LYING_SUPINE, PosturePreset.PLANK)) {
            AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of());
            set.add(StickFigure.of(StickScene.of(r, p.posture().supports(), 0), r, SpinalLevel.L5_S1, p.id(),
                    Fixtures.THEME));
        }
        List<StickFigure> one = StickFigure.atOneScale(set);
        StickFigure.SharedScale s = one.get(0).shared();
        double largest = 0;
        for (StickFigure f : one) {
            assertEquals(s, f.shared());
            largest = Math.max(largest, Math.max(Math.abs(f.load().compressionN()), Math.abs(f.load().apShearN())));
            // the caption's force at the caption's length is what every card draws
            assertEquals(s.captionLengthM(), s.captionForceN() * f.arrowMPerN(), 1e-12);
        }
        // the set's largest force drawn SET_LONGEST_ARROW_M long (twice a lone figure's longest arrow)
        assertEquals(largest * StickFigure.LONGEST_ARROW_M / StickFigure.SET_LONGEST_ARROW_M, s.forceN(), 1e-9);
        assertEquals(StickFigure.SET_LONGEST_ARROW_M, largest * one.get(0).arrowMPerN(), 1e-12);
        assertThat(s.caption()).contains(LimitLines.newtons(s.captionForceN()))
                .contains(LimitLines.number(s.captionLengthM(), 2) + " m");
    }

    /**
     * Every card of a set, drawn as the atlas draws it (480×400 pt), draws the set's scale bar: a line in the
     * text's colour as long as the caption's force at the card's scale, with "= 500 N" beside it. The cards had
     * none (only the set's caption, under a table of thumbnails, said what length means what), and a 205 N shear
     * drawn as a small hollow mark beside a 536 N arrow could not be read.
     */
    @Test
    void everyCardOfASetDrawsTheSetsScaleBar() {
        List<StickFigure> set = new ArrayList<>();
        for (PosturePreset p : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.CAT, PosturePreset.PLANK,
                PosturePreset.LYING_SIDE, PosturePreset.SITTING_UNSUPPORTED)) {
            AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of());
            set.add(StickFigure.of(StickScene.of(r, p.posture().supports(), 0), r, SpinalLevel.L5_S1, p.id(),
                    Fixtures.THEME));
        }
        java.awt.geom.Rectangle2D area = new java.awt.geom.Rectangle2D.Double(0, 0, 480, 400);
        for (StickFigure f : StickFigure.atOneScale(set)) {
            StickFigure.SharedScale s = f.shared();
            String text = "= " + LimitLines.newtons(s.captionForceN());
            BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            double barPx = s.captionLengthM() * f.layout(g, area).pxPerM();
            g.dispose();
            DrawnShapes.Drawing d = DrawnShapes.of(f, area);
            DrawnShapes.Text label = d.texts().stream().filter(t -> t.text().equals(text)).findFirst().orElse(null);
            assertThat(label).as("%s: the scale bar's label %s", f.title(), text).isNotNull();
            boolean bar = false;
            for (DrawnShapes.Line l : d.lines()) {
                java.awt.geom.Rectangle2D b = l.box();
                bar |= l.paint().equals(Fixtures.THEME.textColor()) && b.getHeight() < 1e-9
                        && Math.abs(b.getWidth() - barPx) < 0.5 && b.getMaxX() < label.box().getMinX()
                        && b.getMaxX() > label.box().getMinX() - 20
                        && b.getCenterY() > label.box().getMinY() && b.getCenterY() < label.box().getMaxY();
            }
            assertThat(bar).as("%s: a bar %.1f px long left of %s", f.title(), barPx, text).isTrue();
            assertThat(barPx).as("%s: long enough to read", f.title()).isGreaterThan(10);
        }
    }

    @Test
    void aCardSaysWhenItsArmPassesBesideALegAndTheCaptionExplainsIt() {
        List<StickFigure> set = new ArrayList<>();
        for (PosturePreset p : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.DEADLIFT_SQUAT)) {
            AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of());
            set.add(StickFigure.of(StickScene.of(r, p.posture().supports(), 0), r, SpinalLevel.L5_S1, p.id(),
                    Fixtures.THEME));
        }
        assertThat(set.get(0).note()).isEmpty();
        assertThat(set.get(1).note()).isEqualTo(StickFigure.ARM_BESIDE_LEG);
        assertThat(StickFigure.besideLegCaption(set)).contains(StickFigure.ARM_BESIDE_LEG).contains("ANSUR II");
        assertThat(StickFigure.besideLegCaption(set.subList(0, 1))).isEmpty();
        assertThat(StickFigure.besideLegCaption(set)).doesNotContain(StickFigure.BOX_BETWEEN_KNEES);
        // a squat lift's box held between the knees: the card's second note, the caption's second sentence
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.LIFT_BENT_KNEES.posture(),
                List.of(org.lumbosim.load.HandLoad.ofMassKg(15)));
        StickFigure squat = StickFigure.of(StickScene.of(r, PosturePreset.LIFT_BENT_KNEES.posture().supports(), 15), r,
                SpinalLevel.L5_S1, "squat", Fixtures.THEME);
        assertThat(squat.notes()).containsExactly(StickFigure.ARM_BESIDE_LEG, StickFigure.BOX_BETWEEN_KNEES);
        assertThat(squat.note()).isEqualTo(StickFigure.ARM_BESIDE_LEG + ", " + StickFigure.BOX_BETWEEN_KNEES);
        assertThat(StickFigure.besideLegCaption(List.of(squat))).contains(StickFigure.ARM_BESIDE_LEG)
                .contains(StickFigure.BOX_BETWEEN_KNEES);
    }

    @Test
    void noMinusZeroAndNoDirectionForAShearThatRoundsToZero() {
        assertEquals("0 N", StickFigure.shearText(-0.3));
        assertEquals("-12 N (posterior)", StickFigure.shearText(-12));
        assertEquals("12 N (anterior)", StickFigure.shearText(12));
    }

    @Test
    void rejectsMissingParts() {
        assertThrows(IllegalArgumentException.class, () -> new StickFigure(null, null, null, "", Fixtures.THEME, null));
    }
}
