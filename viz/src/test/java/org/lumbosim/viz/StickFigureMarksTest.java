package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodySide;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.TrunkOnThighsPush;

/**
 * What a stick figure puts on a slide besides the body: the thighs' pushes on the trunk and on the
 * hands (arrows to scale, clear of the centre-of-mass symbol; a dot at each contact point, the hands'
 * as the trunk's) and a held load's box in a colour of its own, apart from the furniture's.
 */
class StickFigureMarksTest {

    static StickFigure figure(Posture posture, List<ExternalLoad> loads, double heldKg) {
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, posture, loads);
        return StickFigure.of(StickScene.of(r, posture.supports(), heldKg), r, SpinalLevel.L5_S1, "", Fixtures.THEME);
    }

    /**
     * Seated postures with the trunk on the thighs: the presets and 60 seeded random ones around
     * tying shoes (trunk 60-80°, lumbar spine 40-52°, thighs within 5° of horizontal, knees 90-125°,
     * 0-10 kg in the hands); those the model refuses (the abdomen more than 3 cm into the thighs) are
     * left out.
     */
    static List<StickFigure> trunkOnThighsFigures() {
        List<StickFigure> out = new ArrayList<>();
        for (PosturePreset p : PosturePreset.values()) {
            if (p.posture().supports().contains(Support.TRUNK_ON_THIGHS)) {
                out.add(figure(p.posture(), List.of(), 0));
            }
        }
        Random random = new Random(20261207L);
        Posture tying = PosturePreset.SITTING_MAX_FLEXION.posture();
        for (int i = 0; i < 60; i++) {
            double trunk = 60 + 20 * random.nextDouble();
            double lumbar = 40 + 12 * random.nextDouble();
            double hip = 90 + trunk - lumbar + 10 * random.nextDouble() - 5;
            double knee = 90 + 35 * random.nextDouble();
            double kg = random.nextBoolean() ? 0 : 10 * random.nextDouble();
            Posture p = tying.withTrunkFlexionDeg(trunk).withLumbarFlexionDeg(lumbar).withHipFlexionDeg(hip)
                    .withKneeFlexionDeg(knee);
            try {
                out.add(figure(p, kg > 0 ? List.of(HandLoad.ofMassKg(kg)) : List.of(), kg));
            } catch (LumbosimException e) {
                // refused or not balanced: no figure to check
            }
        }
        return out;
    }

    /**
     * The thighs' push on the trunk: its arrow is to scale and along the force, on the force's line of
     * action through the abdomen's contact point, and no part of it comes within half the symbol's
     * radius of the centre-of-mass symbol. In sitting_max_flexion the contact point itself lies that
     * close, so the arrow ended touching the symbol before it was slid back along its line.
     */
    @Test
    void thePushArrowEndsShortOfTheCentreOfMassSymbol() {
        int pushed = 0;
        for (StickFigure f : trunkOnThighsFigures()) {
            TrunkOnThighsPush push = f.scene().trunkOnThighs();
            List<StickFigure.Arrow> arrows = f.pushArrowsM(f.arrowMPerN());
            if (push.forceN() == 0) {
                assertThat(arrows).isEmpty();
                continue;
            }
            pushed++;
            assertThat(arrows).hasSize(1);
            StickFigure.Arrow a = arrows.get(0);
            checkArrow(f, a, push.pointM().xM(), push.pointM().yM(), push.forceXN(), push.forceYN());
        }
        assertThat(pushed).as("figures with a push").isGreaterThanOrEqualTo(10);
        // the case that touched: its contact point lies within the symbol's keep-out circle
        StickFigure tying = figure(PosturePreset.SITTING_MAX_FLEXION.posture(), List.of(), 0);
        Ellipse2D com = tying.markersM().centreOfMass();
        PositionM at = tying.scene().trunkOnThighs().pointM();
        assertThat(Point2D.distance(at.xM(), at.yM(), com.getCenterX(), com.getCenterY())).isLessThan(keepM(tying));
    }

    /** @return the radius about the centre of mass that no push arrow enters (m) */
    private static double keepM(StickFigure f) {
        return f.markersM().centreOfMass().getWidth() / 2 * (1 + StickFigure.MARKER_GAP_SHARE);
    }

    /**
     * The arrow of a force (N) whose contact point is (x, y): along it, to scale (or, hollow, {@link
     * StickFigure#LEAST_ARROW_M} outside the push's dot where that is longer), on its line, clear of the symbol.
     */
    private static void checkArrow(StickFigure f, StickFigure.Arrow a, double x, double y, double fx, double fy) {
        double k = f.arrowMPerN();
        double dx = a.tipM().x - a.tailM().x;
        double dy = a.tipM().y - a.tailM().y;
        double least = StickFigure.LEAST_ARROW_M + f.markersM().centreOfMass().getWidth() / 2 * StickFigure.PUSH_DOT_SHARE;
        double scale = Math.hypot(fx, fy) * k < least ? least / (Math.hypot(fx, fy) * k) : 1;
        assertThat(a.hollow()).as("hollow where too short to scale").isEqualTo(scale > 1);
        assertThat(dx).as("along the force (x)").isCloseTo(fx * k * scale, within(1e-12));
        assertThat(dy).as("along the force (y)").isCloseTo(fy * k * scale, within(1e-12));
        // on the line of action through the contact point: the cross product of (point - tail) and the arrow
        double cross = (x - a.tailM().x) * dy - (y - a.tailM().y) * dx;
        assertThat(cross / Math.hypot(dx, dy)).as("distance of the contact point from the arrow's line")
                .isCloseTo(0, within(1e-9));
        Ellipse2D com = f.markersM().centreOfMass();
        double apart = Line2D.ptSegDist(a.tailM().x, a.tailM().y, a.tipM().x, a.tipM().y, com.getCenterX(),
                com.getCenterY());
        assertThat(apart).as("arrow from the centre of mass").isGreaterThanOrEqualTo(keepM(f) - 1e-12);
    }

    /**
     * Hands resting on the thighs are drawn as the trunk is: for each hand the thighs carry (a push
     * above zero) a dot of the trunk's size at the point where the push acts and its arrow, and a
     * legend line with the push; none for a hand raised clear of its thigh (elbows at 80°), none without
     * the support. On a stool, before, the figure drew nothing for the hands.
     */
    @Test
    void handContactsAreMarkedWhereTheThighsCarryAHand() {
        for (PosturePreset p : List.of(PosturePreset.SITTING_UNSUPPORTED, PosturePreset.SITTING_UPRIGHT)) {
            for (double kg : new double[] {0, 10}) {
                StickFigure f = figure(p.posture(), kg > 0 ? List.of(HandLoad.ofMassKg(kg)) : List.of(), kg);
                List<HandOnThighPush> hands = f.scene().handsOnThighs();
                assertThat(hands).as(p.id()).hasSize(2).allSatisfy(h -> assertThat(h.forceN()).isPositive());
                StickFigure.Markers m = f.markersM();
                double comR = m.centreOfMass().getWidth() / 2;
                assertThat(m.handDots()).as(p.id() + " hand dots").hasSize(2);
                for (int i = 0; i < 2; i++) {
                    Ellipse2D dot = m.handDots().get(i);
                    assertThat(dot.getCenterX()).isCloseTo(hands.get(i).pointM().xM(), within(1e-12));
                    assertThat(dot.getCenterY()).isCloseTo(hands.get(i).pointM().yM(), within(1e-12));
                    assertThat(dot.getWidth() / 2).as("the trunk's dot's size")
                            .isCloseTo(comR * StickFigure.PUSH_DOT_SHARE, within(1e-12));
                }
                List<StickFigure.Arrow> arrows = f.pushArrowsM(f.arrowMPerN());
                assertThat(arrows).hasSize(2);
                for (int i = 0; i < 2; i++) {
                    HandOnThighPush h = hands.get(i);
                    checkArrow(f, arrows.get(i), h.pointM().xM(), h.pointM().yM(), h.forceXN(), h.forceYN());
                }
                assertThat(labels(f)).anySatisfy(t -> assertThat(t).startsWith("thighs' push on each hand ")
                        .endsWith(LimitLines.newtons(hands.get(1).forceN())));
            }
            Posture raised = p.posture().withElbowFlexionDeg(80);
            StickFigure lifted = figure(raised, List.of(), 0);
            assertThat(lifted.scene().handsOnThighs()).allSatisfy(h -> assertThat(h.forceN()).isZero());
            assertThat(lifted.markersM().handDots()).isEmpty();
            assertThat(lifted.pushArrowsM(lifted.arrowMPerN())).isEmpty();
            assertThat(labels(lifted)).noneSatisfy(t -> assertThat(t).contains("hand"));
            StickFigure without = figure(p.posture().withSupports(Set.of(Support.SEAT, Support.FEET)), List.of(), 0);
            assertThat(without.scene().handsOnThighs()).isEmpty();
            assertThat(without.markersM().handDots()).isEmpty();
        }
        // the scene read from a solve's reactions alone has them too
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.SITTING_UNSUPPORTED.posture(), List.of());
        assertThat(StickScene.of(r).handsOnThighs()).isEqualTo(r.handsOnThighs());
    }

    @Test
    void theHandsLegendLineNamesEachCarriedHand() {
        PositionM at = new PositionM(0, 0, 0);
        HandOnThighPush left = new HandOnThighPush(BodySide.LEFT, at, 0, 9.2, 0, 0);
        HandOnThighPush right = new HandOnThighPush(BodySide.RIGHT, at, 0, 8.4, 0, 0);
        assertThat(StickFigure.handsText(List.of())).isEmpty();
        assertThat(StickFigure.handsText(List.of(left, left))).isEqualTo("thighs' push on each hand 9 N");
        assertThat(StickFigure.handsText(List.of(left, right)))
                .isEqualTo("thighs' push on the hands 9 N (left), 8 N (right)");
        assertThat(StickFigure.handsText(List.of(right))).isEqualTo("thighs' push on the right hand 8 N");
    }

    private static List<String> labels(StickFigure f) {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            return f.labels(g, new java.awt.geom.Rectangle2D.Double(0, 0, 768, 1080)).stream()
                    .map(StickFigure.Label::text).toList();
        } finally {
            g.dispose();
        }
    }

    /**
     * The least difference between two colours that this test calls distinct, as the distance between
     * them in RGB (0-255 a channel): a tenth of black to white's 441. Test threshold, not a perceptual
     * model.
     */
    private static final double DISTINCT_RGB = 44;

    private static double rgbDistance(Color a, Color b) {
        return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
                + Math.pow(a.getBlue() - b.getBlue(), 2));
    }

    /**
     * A load held on a seat: the box's fill and outline differ from the seat's (and every other piece of
     * furniture's) and from the background, and the drawing uses them: the box's fill covers its inside
     * in the rendered image, and no pixel has it without a box. Both were the same beige before.
     */
    @Test
    void aHeldLoadsBoxIsNotTheSeatsColour() {
        Posture seated = PosturePreset.SITTING_UPRIGHT.posture();
        StickFigure f = figure(seated, List.of(HandLoad.ofMassKg(10)), 10);
        assertThat(f.scene().props()).extracting(StickScene.Prop::kind).contains(StickScene.PropKind.SEAT,
                StickScene.PropKind.BOX);
        Color box = f.fillOf(StickScene.PropKind.BOX);
        for (StickScene.PropKind furniture : List.of(StickScene.PropKind.SEAT, StickScene.PropKind.BACKREST,
                StickScene.PropKind.ARMREST, StickScene.PropKind.SLED)) {
            assertThat(rgbDistance(box, f.fillOf(furniture))).as("box and %s fill", furniture)
                    .isGreaterThan(DISTINCT_RGB);
            assertThat(rgbDistance(f.edgeOf(StickScene.PropKind.BOX), f.edgeOf(furniture)))
                    .as("box and %s outline", furniture).isGreaterThan(DISTINCT_RGB);
        }
        assertThat(rgbDistance(box, Fixtures.THEME.background())).isGreaterThan(DISTINCT_RGB);
        assertThat(box).isEqualTo(Fixtures.THEME.heldLoadFill());
        assertThat(f.edgeOf(StickScene.PropKind.LEADER)).isEqualTo(Fixtures.THEME.heldLoadEdge());
        assertThat(f.fillOf(StickScene.PropKind.SEAT)).isEqualTo(Fixtures.THEME.furnitureFill());
        assertThat(countPixels(f, box)).as("box fill pixels").isGreaterThan(1000);
        StickFigure empty = figure(seated, List.of(), 0);
        assertThat(countPixels(empty, box)).as("box fill pixels without a box").isZero();
    }

    /**
     * No mark of a stick figure is of the pressure's orange hue: the disc whose forces are drawn was an orange bar,
     * beside the orange box of a lift, and the box a tint of orange until the thirteenth session. Over every preset
     * with 0 and 20 kg, no line, outline or filled shape is of that hue, and no line or outline is in the box's fill.
     */
    @Test
    void noMarkIsOrange() {
        LumbosimTheme t = Fixtures.THEME;
        Color orange = t.idpColor();
        Rectangle2D card = new Rectangle2D.Double(0, 0, 480, 400);
        int boxes = 0;
        for (PosturePreset p : PosturePreset.values()) {
            for (double kg : new double[] {0, 20}) {
                StickFigure f;
                try {
                    f = figure(p.posture(), kg > 0 ? List.of(HandLoad.ofMassKg(kg)) : List.of(), kg);
                } catch (LumbosimException | IllegalArgumentException e) {
                    continue;
                }
                DrawnShapes.Drawing d = DrawnShapes.of(f, card);
                List<DrawnShapes.Line> drawn = new ArrayList<>(d.lines());
                drawn.addAll(d.outlines());
                assertThat(drawn).as("%s, %s kg", p.id(), kg).noneMatch(l -> PaletteCollisionTest.sameHue(l.paint(),
                        orange) || t.heldLoadFill().equals(l.paint()));
                assertThat(d.shapes()).as("%s, %s kg", p.id(), kg)
                        .noneMatch(x -> PaletteCollisionTest.sameHue(x.paint(), orange));
                boxes += d.shapes().stream().anyMatch(x -> t.heldLoadFill().equals(x.paint())) ? 1 : 0;
            }
        }
        assertThat(boxes).as("figures with a box").isPositive();
    }

    /**
     * The floor reads as ground, not as furniture: in every preset's figure one line of {@link
     * LumbosimTheme#groundColor()} runs across the drawing at the floor's height, hatched beneath by short
     * strokes of {@link LumbosimTheme#groundHatchColor()}, and nothing is filled in either colour (a seat, a
     * backrest, a sled are boxes of {@link LumbosimTheme#furnitureFill()}, which differs from both). The explorer
     * drew the floor as a grey area like its grey seat ({@code ExplorerPageTest}); this keeps the library's
     * figures, the atlas's cards among them, the model it now follows.
     */
    @Test
    void theFloorIsAHatchedGroundLineNotAFilledBox() {
        LumbosimTheme t = Fixtures.THEME;
        assertThat(rgbDistance(t.furnitureFill(), t.groundColor())).isGreaterThan(DISTINCT_RGB);
        assertThat(rgbDistance(t.furnitureFill(), t.groundHatchColor())).isGreaterThan(DISTINCT_RGB);
        Rectangle2D card = new Rectangle2D.Double(0, 0, 480, 400);
        for (PosturePreset p : PosturePreset.values()) {
            StickFigure f;
            try {
                f = figure(p.posture(), List.of(), 0);
            } catch (LumbosimException | IllegalArgumentException e) {
                continue;
            }
            java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
            StickFigure.Layout l = f.layout(g, card);
            g.dispose();
            double floorPx = l.world().transform(new Point2D.Double(0, f.scene().floorYM()), null).getY();
            DrawnShapes.Drawing d = DrawnShapes.of(f, card);
            List<DrawnShapes.Line> ground = d.outlines().stream().filter(o -> t.groundColor().equals(o.paint())
                    && o.box().getHeight() < 1e-6 && Math.abs(o.box().getY() - floorPx) < 1e-6
                    && o.box().getWidth() > 0.9 * l.box().getWidth()
                    && ((java.awt.BasicStroke) o.stroke()).getLineWidth() < 2 * t.lineWidthPt()).toList();
            // (the base of support's bar on it, in the same colour, is a thick stroke: lying, nearly as wide)
            assertThat(ground).as("%s: the ground line, thin, across the drawing", p.id()).hasSize(1);
            List<DrawnShapes.Line> hatch = d.outlines().stream().filter(o -> t.groundHatchColor().equals(o.paint()))
                    .toList();
            assertThat(hatch).as("%s: the hatching", p.id()).hasSizeGreaterThanOrEqualTo(20).allSatisfy(h -> {
                assertThat(h.box().getMinY()).isCloseTo(floorPx, within(1e-6));
                assertThat(h.box().getHeight()).isPositive();
            });
            assertThat(d.fills()).as(p.id()).noneMatch(x -> t.groundColor().equals(x.paint())
                    || t.groundHatchColor().equals(x.paint()));
            assertThat(d.shapes()).as(p.id()).noneMatch(x -> t.groundHatchColor().equals(x.paint())
                    && x.box().getWidth() > 0.5 * l.box().getWidth());
        }
    }

    /**
     * A box held between the knees (a squat lift with 15 kg) is drawn over the far leg and under the near
     * one, which has a halo of the background inside the box's outline, as an arm passing beside a leg
     * has: taking the near leg out of the scene uncovers box pixels and removes background pixels inside
     * the box (the far leg, at the same place in the side view, stays hidden under the box). Both legs were
     * drawn over the box, without a halo, before (the box was then drawn behind the heels).
     */
    @Test
    void aBoxHeldBetweenTheKneesIsDrawnUnderTheNearLegWithAHalo() {
        StickFigure f = figure(PosturePreset.LIFT_BENT_KNEES.posture(), List.of(HandLoad.ofMassKg(15)), 15);
        StickScene s = f.scene();
        assertThat(s.boxBetweenLegs()).isTrue();
        assertThat(f.notes()).contains(StickFigure.BOX_BETWEEN_KNEES);
        List<StickScene.Segment> noNearLeg = s.segments().stream()
                .filter(sg -> !(sg.leg() && sg.side() == StickScene.Side.RIGHT)).toList();
        StickScene without = new StickScene(noNearLeg, s.floorYM(), s.contacts(), s.props(), s.centreOfMassM(),
                s.baseMinXM(), s.baseMaxXM(), s.view(), s.trunkOnThighs(), s.handsOnThighs());
        StickFigure g = new StickFigure(without, f.pose(), f.load(), f.title(), f.theme(), null);
        BufferedImage with = FigureExporter.slides().withPngDpi(72).toImage(f);
        BufferedImage bare = FigureExporter.slides().withPngDpi(72).toImage(g);
        int[] box = Fixtures.pixelBounds(with, f.fillOf(StickScene.PropKind.BOX));
        assertThat(Fixtures.pixelBounds(bare, f.fillOf(StickScene.PropKind.BOX))).as("the same box, the same place").containsExactly(box);
        int fillWith = 0;
        int fillBare = 0;
        int haloWith = 0;
        int haloBare = 0;
        int fill = f.fillOf(StickScene.PropKind.BOX).getRGB() & 0xffffff;
        int background = Fixtures.THEME.background().getRGB() & 0xffffff;
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                fillWith += (with.getRGB(x, y) & 0xffffff) == fill ? 1 : 0;
                fillBare += (bare.getRGB(x, y) & 0xffffff) == fill ? 1 : 0;
                haloWith += (with.getRGB(x, y) & 0xffffff) == background ? 1 : 0;
                haloBare += (bare.getRGB(x, y) & 0xffffff) == background ? 1 : 0;
            }
        }
        assertThat(fillBare - fillWith).as("box pixels the near leg covers").isGreaterThan(200);
        assertThat(haloWith - haloBare).as("its halo's pixels inside the box").isGreaterThan(100);
    }


    private static int countPixels(StickFigure f, Color c) {
        BufferedImage img = FigureExporter.slides().withPngDpi(72).toImage(f);
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += (img.getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff) ? 1 : 0;
            }
        }
        return n;
    }

    /**
     * The stick figure and the level profile that {@code plot} draws beside it give compression and AP
     * shear the same colours: the figure's legend lines (and arrows) are the bars' colours. The figure
     * drew compression vermilion and shear blue beside blue compression and green shear bars before.
     */
    @Test
    void compressionAndShearHaveTheLevelProfilesColours() {
        AnalysisResult r = Fixtures.liftRoundBack15kg();
        StickFigure f = StickFigure.of(r, SpinalLevel.L5_S1, "", Fixtures.THEME);
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        List<StickFigure.Label> labels;
        try {
            labels = f.labels(g, new java.awt.geom.Rectangle2D.Double(0, 0, 768, 1080));
        } finally {
            g.dispose();
        }
        org.jfree.chart.plot.CombinedDomainCategoryPlot profile = (org.jfree.chart.plot.CombinedDomainCategoryPlot)
                Charts.levelProfile(r, "", Fixtures.THEME).getPlot();
        List<org.jfree.chart.plot.CategoryPlot> panels = profile.getSubplots();
        assertThat(labels.get(0).text()).contains("compression");
        assertThat(labels.get(0).color()).isEqualTo(panels.get(0).getRenderer().getSeriesPaint(0));
        assertThat(labels.get(1).text()).contains("AP shear");
        assertThat(labels.get(1).color()).isEqualTo(panels.get(1).getRenderer().getSeriesPaint(0));
    }
}
