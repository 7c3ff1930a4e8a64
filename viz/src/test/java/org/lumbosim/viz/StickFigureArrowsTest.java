package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.TrunkOnThighsPush;

/**
 * The force arrows of a stick figure as drawn, on their shapes in pixels: none comes near the
 * centre-of-mass symbol (lying, the compression's head nearly touched it), and each is to scale or, too
 * small to see (the hands' push of about 9 N hid under the hands' dots), drawn hollow at the least
 * length, with the figure's note saying so.
 */
class StickFigureArrowsTest {

    /** The sizes a figure is drawn at: {@code plot}'s card at 960×540 and 640×360 pt, an atlas card. */
    private static final List<Rectangle2D> AREAS = List.of(new Rectangle2D.Double(0, 0, 384, 540),
            new Rectangle2D.Double(0, 0, 256, 360), new Rectangle2D.Double(0, 0, 480, 400));

    /**
     * Every preset with no load and, where its hands are free, 5 and 20 kg; and 40 seeded random lying
     * and sitting postures (trunk, lumbar and knee angles about the presets', 0-10 kg): alone (arrows at
     * their own scale) and the presets also as one set at a shared scale, as the atlas draws them.
     */
    static List<StickFigure> figures() {
        List<StickFigure> out = new ArrayList<>();
        List<StickFigure> atlas = new ArrayList<>();
        for (PosturePreset p : PosturePreset.values()) {
            for (double kg : new double[] {0, 5, 20}) {
                StickFigure f = figure(p.posture(), kg);
                if (f != null) {
                    out.add(f);
                    if (kg == 0) {
                        atlas.add(f);
                    }
                }
            }
        }
        out.addAll(StickFigure.atOneScale(atlas));
        Random random = new Random(20261207L);
        List<PosturePreset> bases = List.of(PosturePreset.LYING_SUPINE, PosturePreset.LYING_PRONE,
                PosturePreset.LYING_SIDE, PosturePreset.SITTING_UPRIGHT, PosturePreset.SITTING_UNSUPPORTED);
        for (int i = 0; i < 40; i++) {
            Posture base = bases.get(random.nextInt(bases.size())).posture();
            Posture p = base.withLumbarFlexionDeg(base.lumbarFlexionDeg() + 10 * random.nextDouble() - 5)
                    .withKneeFlexionDeg(Math.max(0, base.kneeFlexionDeg() + 20 * random.nextDouble() - 10));
            StickFigure f = figure(p, random.nextBoolean() ? 0 : 10 * random.nextDouble());
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** @return the figure of a posture holding a load, or null where the model refuses it */
    private static StickFigure figure(Posture posture, double kg) {
        try {
            AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, posture, kg > 0 ? List.of(HandLoad.ofMassKg(kg))
                    : List.of());
            return StickFigure.of(StickScene.of(r, posture.supports(), kg), r, SpinalLevel.L5_S1, title(posture, kg),
                    Fixtures.THEME);
        } catch (LumbosimException | IllegalArgumentException e) {
            return null;
        }
    }

    /** @return the figure's title: the preset the posture is, or its angles, and the load */
    private static String title(Posture posture, double kg) {
        String name = java.util.Arrays.stream(PosturePreset.values()).filter(p -> p.posture().equals(posture))
                .map(PosturePreset::id).findFirst().orElse(String.format(java.util.Locale.ROOT,
                        "trunk %.0f°, lumbar %.0f°, knee %.0f°", posture.trunkFlexionDeg(), posture.lumbarFlexionDeg(),
                        posture.kneeFlexionDeg()));
        return String.format(java.util.Locale.ROOT, "%s, %.1f kg", name, kg);
    }

    private static StickFigure.Layout layout(StickFigure f, Rectangle2D area) {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            return f.layout(g, area);
        } finally {
            g.dispose();
        }
    }

    /**
     * No arrow's drawn shape (shaft and head, in pixels) reaches into the centre-of-mass symbol or the gap
     * of {@link StickFigure#MARKER_GAP_SHARE} of its radius around it, at every size: an arrow that would
     * is slid back along its line of action. Lying on the side, the compression's head stopped a third of
     * the symbol's radius from it before (only the thighs' push was kept clear, and by its line alone).
     */
    @Test
    void noArrowComesNearTheCentreOfMassSymbol() {
        int slid = 0;
        for (StickFigure f : figures()) {
            for (Rectangle2D area : AREAS) {
                StickFigure.Layout l = layout(f, area);
                Ellipse2D com = f.markersM().centreOfMass();
                Point2D c = l.world().transform(new Point2D.Double(com.getCenterX(), com.getCenterY()), null);
                // less a quarter pixel: an arrow slid to touch the circle exactly meets Area's flattened arcs
                double keepPx = com.getWidth() / 2 * (1 + StickFigure.MARKER_GAP_SHARE) * l.pxPerM() - 0.25;
                Area keep = new Area(new Ellipse2D.Double(c.getX() - keepPx, c.getY() - keepPx, 2 * keepPx,
                        2 * keepPx));
                for (StickFigure.Arrow a : l.arrows()) {
                    Area shape = new Area(StickFigure.arrowShape(l.world().transform(a.tailM(), null),
                            l.world().transform(a.tipM(), null), Fixtures.THEME.lineWidthPt() * 1.4f));
                    shape.intersect(keep);
                    assertThat(shape.isEmpty()).as("%s arrow of %s at %s clear of the centre of mass", a.kind(),
                            f.title(), area).isTrue();
                    slid += onItsPoint(f, a) ? 0 : 1;
                }
            }
        }
        assertThat(slid).as("arrows slid back along their lines").isPositive();
        // the case that touched: lying on the side, the disc lies within the symbol's keep-out circle
        StickFigure side = figure(PosturePreset.LYING_SIDE.posture(), 0);
        StickFigure.Layout l = layout(side, AREAS.get(0));
        Ellipse2D com = side.markersM().centreOfMass();
        Point2D.Double disc = new Point2D.Double(-side.pose().discCentres().get(0).zM(),
                side.pose().discCentres().get(0).yM());
        double headHalfM = Fixtures.THEME.lineWidthPt() * 1.4 * 5 * 0.45 / l.pxPerM();
        assertThat(disc.distance(com.getCenterX(), com.getCenterY()))
                .isLessThan(com.getWidth() / 2 * (1 + StickFigure.MARKER_GAP_SHARE) + headHalfM);
    }

    /**
     * No arrow's drawn shape (shaft and head, in pixels) meets another's, at every size: an arrow that would
     * is slid along its line of action, away from the point it acts at. Lying on the side, seen from the
     * front, the AP shear's 2 N hollow arrow lay on the compression's head (both act at the disc's centre);
     * in every side view the compression's head overlapped the shear's tail by a sliver at the disc's centre.
     */
    @Test
    void noArrowOverlapsAnother() {
        int pairs = 0;
        for (StickFigure f : figures()) {
            for (Rectangle2D area : AREAS) {
                StickFigure.Layout l = layout(f, area);
                List<Area> shapes = new ArrayList<>();
                for (StickFigure.Arrow a : l.arrows()) {
                    shapes.add(new Area(StickFigure.arrowShape(l.world().transform(a.tailM(), null),
                            l.world().transform(a.tipM(), null), Fixtures.THEME.lineWidthPt() * 1.4f)));
                }
                for (int i = 0; i < shapes.size(); i++) {
                    for (int j = 0; j < i; j++) {
                        Area both = new Area(shapes.get(i));
                        both.intersect(shapes.get(j));
                        assertThat(both.isEmpty()).as("%s and %s arrows of %s at %s apart", l.arrows().get(i).kind(),
                                l.arrows().get(j).kind(), f.title(), area).isTrue();
                        pairs++;
                    }
                }
            }
        }
        assertThat(pairs).as("pairs of arrows checked").isPositive();
        // the case that overlapped: lying on the side, the symbol leaves the shear no room forward, so the
        // compression is slid back, short of the shear's shape (checked above)
        StickFigure side = figure(PosturePreset.LYING_SIDE.posture(), 0);
        StickFigure.Layout l = layout(side, AREAS.get(0));
        assertThat(side.scene().view()).isEqualTo(StickScene.View.FRONTAL);
        StickFigure.Arrow compression = l.arrows().get(0);
        StickFigure.Arrow shear = l.arrows().get(1);
        assertThat(shear.kind()).isEqualTo(StickFigure.ArrowKind.SHEAR);
        assertThat(shear.hollow()).isTrue();
        assertThat(onItsPoint(side, compression)).as("the compression slid back").isFalse();
    }

    /**
     * No arrow's drawn shape (shaft and head, in pixels) reaches below the floor line or into the upper half
     * of the base of support's bar on it, at every size, for every preset at 0, 5 and 20 kg alone and at the
     * atlas set's shared scale: an arrow that would is slid the other way along its line. The atlas's plank
     * drew its 722 N AP shear, slid forward past the centre-of-mass symbol, through the floor; it now ends on
     * the disc from above (fails on the old code).
     */
    @Test
    void noArrowReachesBelowTheFloor() {
        int checked = 0;
        for (StickFigure f : figures()) {
            for (Rectangle2D area : AREAS) {
                StickFigure.Layout l = layout(f, area);
                double floorPx = l.world().transform(new Point2D.Double(0, f.scene().floorYM()), null).getY();
                // the bar's upper half: its thickness is 2.2 limbs of 1.6 line widths
                double keepPx = floorPx - Fixtures.THEME.lineWidthPt() * 1.6 * 2.2 / 2;
                for (StickFigure.Arrow a : l.arrows()) {
                    Rectangle2D drawn = StickFigure.arrowShape(l.world().transform(a.tailM(), null),
                            l.world().transform(a.tipM(), null), Fixtures.THEME.lineWidthPt() * 1.4f).getBounds2D();
                    // a hundredth of a pixel: the bisection's tolerance
                    assertThat(drawn.getMaxY()).as("%s arrow of %s at %s above the floor", a.kind(), f.title(), area)
                            .isLessThanOrEqualTo(keepPx + 0.01);
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
        // the plank at the atlas's shared scale, on an atlas card: its shear is slid back past the disc (it
        // points at the floor), its tip within a shaft's width and the gap of the disc's centre
        List<StickFigure> set = new ArrayList<>();
        int plank = -1;
        for (PosturePreset p : PosturePreset.values()) {
            StickFigure f = figure(p.posture(), 0);
            if (f != null) {
                plank = p == PosturePreset.PLANK ? set.size() : plank;
                set.add(f);
            }
        }
        StickFigure f = StickFigure.atOneScale(set).get(plank);
        StickFigure.Layout l = layout(f, AREAS.get(2));
        StickFigure.Arrow shear = l.arrows().stream().filter(a -> a.kind() == StickFigure.ArrowKind.SHEAR)
                .findFirst().orElseThrow();
        assertThat(shear.tipM().y).as("pointing at the floor").isLessThan(shear.tailM().y);
        Point2D.Double disc = point(f, shear);
        assertThat(shear.tailM().y).as("drawn above the disc").isGreaterThan(disc.y);
        assertThat(shear.tipM().distance(disc) * l.pxPerM()).as("its tip at the disc, px")
                .isLessThan(Fixtures.THEME.lineWidthPt() * 1.4 * 2);
    }

    /**
     * No compression arrow that ends on the disc reaches the head along its line (in the demo report's set,
     * at its shared scale, the 20 kg stoop lift's 2,464 N arrow ran from beyond the head to the disc and read
     * as a force on the head): such an arrow starts at the disc and points on along its line, away from the
     * trunk, to scale, unless that would reach below the floor or into the centre-of-mass symbol (a crunch's), for every preset at 0, 5 and 20 kg
     * alone and at the atlas set's scale, at the atlas's card size. The demo's stoop card is one such (fails on
     * the old code).
     */
    @Test
    void noCompressionArrowReachesTheHead() {
        int checked = 0;
        int floored = 0;
        for (StickFigure f : figures()) {
            StickFigure.Layout l = layout(f, AREAS.get(2));
            for (StickFigure.Arrow a : l.arrows()) {
                if (a.kind() != StickFigure.ArrowKind.COMPRESSION) {
                    continue;
                }
                Point2D.Double disc = point(f, a);
                double len = a.tailM().distance(a.tipM());
                // how far along the arrow's line, from the disc toward its tail, the head's near side lies
                Point2D.Double h = f.headCentreM();
                double along = ((h.x - disc.x) * (a.tailM().x - a.tipM().x) + (h.y - disc.y) * (a.tailM().y
                        - a.tipM().y)) / len - f.headRadiusM();
                if (onItsPoint(f, a)) {
                    // where it reaches the head, the arrow from the disc onward would reach below the floor or into
                    // the centre-of-mass symbol
                    Point2D.Double onward = new Point2D.Double(2 * disc.x - a.tailM().x, 2 * disc.y - a.tailM().y);
                    double floorPx = l.world().transform(new Point2D.Double(0, f.scene().floorYM()), null).getY()
                            - Fixtures.THEME.lineWidthPt() * 1.6 * 2.2 / 2;
                    Path2D.Double drawn = StickFigure.arrowShape(l.world().transform(disc, null),
                            l.world().transform(onward, null), Fixtures.THEME.lineWidthPt() * 1.4f);
                    Ellipse2D com = f.markersM().centreOfMass();
                    Point2D c = l.world().transform(new Point2D.Double(com.getCenterX(), com.getCenterY()), null);
                    double keepPx = com.getWidth() / 2 * (1 + StickFigure.MARKER_GAP_SHARE) * l.pxPerM();
                    Area meets = new Area(drawn);
                    meets.intersect(new Area(new Ellipse2D.Double(c.getX() - keepPx, c.getY() - keepPx, 2 * keepPx,
                            2 * keepPx)));
                    boolean blocked = drawn.getBounds2D().getMaxY() > floorPx || !meets.isEmpty();
                    assertThat(along < 0 || len <= along || blocked).as("compression of %s ending on the disc, %s m "
                            + "long, the head %s m along its line", f.title(), len, along).isTrue();
                    floored += along < 0 || len <= along ? 0 : 1;
                    checked++;
                }
            }
        }
        // the demo report's five cards at their shared scale
        List<StickFigure> set = new ArrayList<>();
        for (PosturePreset p : List.of(PosturePreset.STANDING_RELAXED, PosturePreset.STANDING_FLEXED,
                PosturePreset.LIFT_ROUND_BACK, PosturePreset.LIFT_BENT_KNEES, PosturePreset.SITTING_UPRIGHT)) {
            set.add(figure(p.posture(), p == PosturePreset.LIFT_ROUND_BACK || p == PosturePreset.LIFT_BENT_KNEES ? 20 : 0));
        }
        StickFigure stoop = StickFigure.atOneScale(set).get(2);
        StickFigure.Arrow c = layout(stoop, new Rectangle2D.Double(0, 0, 960, 540)).arrows().get(0);
        assertThat(c.kind()).isEqualTo(StickFigure.ArrowKind.COMPRESSION);
        Point2D.Double disc = point(stoop, c);
        Point2D.Double head = stoop.headCentreM();
        assertThat(c.tailM().distance(disc)).as("the stoop's compression starts at the disc").isLessThan(1e-9);
        assertThat(c.tipM().distance(head)).as("pointing away from the trunk").isGreaterThan(disc.distance(head));
        assertThat(checked).isPositive();
        assertThat(floored).as("crunches: from the disc on, the arrow would reach the floor or the symbol").isPositive();
    }

    /**
     * No arrow's drawn shape (shaft and head, in pixels) crosses the head's drawn circle (its outline's stroke
     * included) or leaves the figure's area, at every size a figure is drawn at, alone and at the atlas's shared
     * scale: over every preset with 0, 5 and 20 kg (the crunch, curl-up, sit-up and every lying preset among
     * them) and the random lying and sitting postures.
     */
    @Test
    void noArrowCrossesTheHeadOrLeavesTheFigure() {
        float limbPx = Fixtures.THEME.lineWidthPt() * 1.6f;
        int checked = 0;
        for (StickFigure f : figures()) {
            for (Rectangle2D area : AREAS) {
                StickFigure.Layout l = layout(f, area);
                Point2D h = l.world().transform(f.headCentreM(), null);
                double r = f.headRadiusM() * l.pxPerM() + limbPx / 2;
                Area head = new Area(new Ellipse2D.Double(h.getX() - r, h.getY() - r, 2 * r, 2 * r));
                for (StickFigure.Arrow a : l.arrows()) {
                    Path2D.Double drawn = StickFigure.arrowShape(l.world().transform(a.tailM(), null),
                            l.world().transform(a.tipM(), null), Fixtures.THEME.lineWidthPt() * 1.4f);
                    Area meets = new Area(drawn);
                    meets.intersect(head);
                    assertThat(meets.isEmpty()).as("%s arrow of %s at %s clear of the head", a.kind(), f.title(), area)
                            .isTrue();
                    assertThat(area.contains(drawn.getBounds2D())).as("%s arrow of %s (%s) inside %s", a.kind(),
                            f.title(), drawn.getBounds2D(), area).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).as("arrows checked").isPositive();
    }

    /** @return whether the arrow ends on (compression, push) or starts from (shear) the point it acts at */
    private static boolean onItsPoint(StickFigure f, StickFigure.Arrow a) {
        Point2D.Double at = point(f, a);
        Point2D.Double end = a.kind() == StickFigure.ArrowKind.SHEAR ? a.tailM() : a.tipM();
        return end.distance(at) < 1e-12;
    }

    /** @return the point an arrow acts at, projected as the figure projects (m) */
    private static Point2D.Double point(StickFigure f, StickFigure.Arrow a) {
        boolean frontal = f.scene().view() == StickScene.View.FRONTAL;
        PositionM p = switch (a.kind()) {
            case COMPRESSION, SHEAR -> f.pose().discCentres().get(f.load().level().ordinal());
            case PUSH -> nearestContact(f, a);
        };
        return new Point2D.Double(frontal ? -p.zM() : p.xM(), p.yM());
    }

    /** @return the push's contact point (the trunk's or a hand's) whose line the arrow lies on */
    private static PositionM nearestContact(StickFigure f, StickFigure.Arrow a) {
        List<PositionM> points = new ArrayList<>();
        if (f.scene().trunkOnThighs() != null) {
            points.add(f.scene().trunkOnThighs().pointM());
        }
        for (HandOnThighPush h : f.scene().handsOnThighs()) {
            points.add(h.pointM());
        }
        PositionM best = null;
        double least = Double.POSITIVE_INFINITY;
        for (PositionM p : points) {
            double d = distanceFromLine(a, p.xM(), p.yM());
            if (d < least) {
                least = d;
                best = p;
            }
        }
        return best;
    }

    private static double distanceFromLine(StickFigure.Arrow a, double x, double y) {
        double dx = a.tipM().x - a.tailM().x;
        double dy = a.tipM().y - a.tailM().y;
        return Math.abs((x - a.tailM().x) * dy - (y - a.tailM().y) * dx) / Math.hypot(dx, dy);
    }

    /**
     * Each force that does not round to 0 N has one arrow, on its line of action through the point it acts
     * at and pointing along it: to scale where that is at least {@link StickFigure#LEAST_ARROW_M} long
     * (outside a push's dot), else exactly that long and hollow; a figure with a hollow arrow (not one drawn
     * as seen end-on: {@link #aForceSeenEndOnIsACircleWithADotOrACross}) says so in a note ({@link
     * StickFigure#HOLLOW_NOTE}), one without does not. The hands' push on the thighs (9 N in
     * sitting_upright) was drawn 3 mm long under a dot 2 cm across.
     */
    @Test
    void everyArrowIsToScaleOrHollowAndLongEnoughToSee() {
        int hollow = 0;
        int solid = 0;
        for (StickFigure f : figures()) {
            List<double[]> forces = forces(f);
            List<StickFigure.Arrow> arrows = f.arrowsM(f.arrowMPerN(), 0);
            assertThat(arrows).as(f.title()).hasSize(forces.size());
            double k = f.arrowMPerN();
            double dotR = f.markersM().centreOfMass().getWidth() / 2 * StickFigure.PUSH_DOT_SHARE;
            boolean any = false;
            for (int i = 0; i < arrows.size(); i++) {
                StickFigure.Arrow a = arrows.get(i);
                double[] force = forces.get(i);
                double dx = a.tipM().x - a.tailM().x;
                double dy = a.tipM().y - a.tailM().y;
                double least = StickFigure.LEAST_ARROW_M + (a.kind() == StickFigure.ArrowKind.PUSH ? dotR : 0);
                // the length that counts is the length seen: a force nearly along the line of sight is
                // foreshortened (lying on the side, seen from the front, the 2 N AP shear)
                double toScale = Math.hypot(force[1], force[2]) * k;
                double scale = toScale < least ? least / toScale : 1;
                assertThat(a.hollow()).as("%s of %s hollow", a.kind(), f.title()).isEqualTo(scale > 1);
                assertThat(dx).as("along the force, x").isCloseTo(force[1] * k * scale, within(1e-12));
                assertThat(dy).as("along the force, y").isCloseTo(force[2] * k * scale, within(1e-12));
                Point2D.Double at = point(f, a);
                assertThat(distanceFromLine(a, at.x, at.y)).as("on its line of action").isCloseTo(0, within(1e-9));
                assertThat(Math.hypot(dx, dy)).as("%s of %s long enough to see (%s view)", a.kind(), f.title(),
                        f.scene().view()).isGreaterThanOrEqualTo(least * (1 - 1e-12));
                any |= a.hollow() && a.endOn() == 0;
                hollow += a.hollow() ? 1 : 0;
                solid += a.hollow() ? 0 : 1;
            }
            assertThat(f.notes().contains(StickFigure.HOLLOW_NOTE)).as(f.title()).isEqualTo(any);
        }
        assertThat(hollow).isPositive();
        assertThat(solid).isPositive();
        // the hands on the thighs: about 9 N each, hollow, their arrows reaching out of their dots
        StickFigure seated = figure(PosturePreset.SITTING_UPRIGHT.posture(), 0);
        List<StickFigure.Arrow> pushes = seated.pushArrowsM(seated.arrowMPerN());
        assertThat(pushes).hasSize(2).allSatisfy(a -> assertThat(a.hollow()).isTrue());
        // at plot's size, each reaches out of its dot by three widths of its shaft or more
        double pxPerM = layout(seated, AREAS.get(0)).pxPerM();
        for (int i = 0; i < 2; i++) {
            Ellipse2D dot = seated.markersM().handDots().get(i);
            StickFigure.Arrow a = pushes.get(i);
            assertThat((a.tailM().distance(dot.getCenterX(), dot.getCenterY()) - dot.getWidth() / 2) * pxPerM)
                    .as("the arrow outside its dot (px)").isGreaterThanOrEqualTo(3 * Fixtures.THEME.lineWidthPt() * 1.4);
        }
        assertThat(seated.note()).contains(StickFigure.HOLLOW_NOTE);
        // lying on the side, seen from the front: the 2 N AP shear points nearly at the viewer; it was drawn
        // a hollow mark about a millimetre long; its place is laid out at the least length along what is seen
        // of it, and it is drawn seen end-on
        StickFigure side = figure(PosturePreset.LYING_SIDE.posture(), 0);
        assertThat(side.scene().view()).isEqualTo(StickScene.View.FRONTAL);
        StickFigure.Arrow shear = side.arrowsM(side.arrowMPerN(), 0).stream()
                .filter(a -> a.kind() == StickFigure.ArrowKind.SHEAR).findFirst().orElseThrow();
        assertThat(shear.hollow()).isTrue();
        assertThat(shear.endOn()).isEqualTo(1);
        assertThat(shear.tailM().distance(shear.tipM())).isCloseTo(StickFigure.LEAST_ARROW_M, within(1e-12));
        assertThat(StickFigure.besideLegCaption(List.of(seated))).contains("hollow arrow");
    }

    /**
     * A force seen more nearly end-on than across and shorter as seen than {@link StickFigure#LEAST_ARROW_M}
     * is drawn as a circle with a dot (toward the viewer) or a cross (away), and its legend line says which:
     * lying on the side, seen from the front, the 2 N anterior AP shear points at the viewer, and its arrow
     * along its tiny projection pointed toward the feet while the legend said "(anterior)"; the side plank's
     * 595 N shear likewise. Over every preset with 0 to 20 kg: the mark's sign is the sign of the force's part
     * toward the viewer exactly where that part is larger than the part seen and the arrow is hollow; no
     * side view has one; the legend says "toward the viewer" or "away from the viewer" exactly then; lying on
     * the side the mark is drawn with the shear's colour at its centre (the dot).
     */
    @Test
    void aForceSeenEndOnIsACircleWithADotOrACross() {
        int marks = 0;
        for (StickFigure f : figures()) {
            List<double[]> forces = forces(f);
            List<StickFigure.Arrow> arrows = f.arrowsM(f.arrowMPerN(), 0);
            double k = f.arrowMPerN();
            for (int i = 0; i < arrows.size(); i++) {
                StickFigure.Arrow a = arrows.get(i);
                double[] force = forces.get(i);
                double seen = Math.hypot(force[1], force[2]);
                int expected = a.hollow() && Math.abs(force[3]) > seen ? (int) Math.signum(force[3]) : 0;
                assertThat(a.endOn()).as("%s of %s seen end-on", a.kind(), f.title()).isEqualTo(expected);
                if (f.scene().view() == StickScene.View.SAGITTAL) {
                    assertThat(a.endOn()).as("%s of %s in a side view", a.kind(), f.title()).isZero();
                }
                marks += a.endOn() != 0 ? 1 : 0;
                if (a.kind() != StickFigure.ArrowKind.PUSH) {
                    String legend = String.join("|", layout(f, AREAS.get(0)).labels().stream()
                            .map(StickFigure.Label::text).toList());
                    String word = a.endOn() > 0 ? "toward the viewer" : "away from the viewer";
                    assertThat(legend.contains(word)).as("%s of %s: %s", a.kind(), f.title(), legend)
                            .isEqualTo(a.endOn() != 0);
                }
            }
        }
        assertThat(marks).as("forces seen end-on").isGreaterThanOrEqualTo(2);
        StickFigure side = figure(PosturePreset.LYING_SIDE.posture(), 0);
        assertThat(String.join("|", layout(side, AREAS.get(0)).labels().stream()
                .map(StickFigure.Label::text).toList())).contains("AP shear 2 N (anterior, toward the viewer)");
        assertThat(StickFigure.besideLegCaption(List.of(side))).contains("circle with a dot");
        assertThat(StickFigure.besideLegCaption(List.of(figure(PosturePreset.STANDING_RELAXED.posture(), 0))))
                .doesNotContain("circle");
        // drawn: a dot of the shear's colour at the mark's centre
        Rectangle2D area = AREAS.get(0);
        BufferedImage img = new BufferedImage((int) area.getMaxX() + 1, (int) area.getMaxY() + 1,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        side.draw(g, area);
        g.dispose();
        StickFigure.Arrow shear = layout(side, area).arrows().stream()
                .filter(a -> a.kind() == StickFigure.ArrowKind.SHEAR).findFirst().orElseThrow();
        Point2D c = layout(side, area).world().transform(new Point2D.Double((shear.tailM().x + shear.tipM().x) / 2,
                (shear.tailM().y + shear.tipM().y) / 2), null);
        java.awt.Color colour = Fixtures.THEME.seriesColor(LumbosimTheme.SHEAR_SERIES);
        java.awt.Color at = new java.awt.Color(img.getRGB((int) Math.round(c.getX()), (int) Math.round(c.getY())));
        assertThat(Math.abs(at.getRed() - colour.getRed()) + Math.abs(at.getGreen() - colour.getGreen())
                + Math.abs(at.getBlue() - colour.getBlue())).as("the dot at the mark's centre: %s", at)
                .isLessThanOrEqualTo(12);
    }

    /**
     * @return the figure's forces that do not round to 0 N, in the order it draws their arrows: each its
     *     magnitude (N), its projection in the figure's view (N, across and up) and its part toward the viewer
     *     (N, out of the view)
     */
    /**
     * A force drawn at an angle to the view (not end-on, shown shorter than {@link StickFigure#FORESHORTENED_SHARE}
     * of its length) says so in its legend line, so that a long force drawn short is not read as a small one (the
     * side plank seen from the front: its 594 N shear drawn at a third of its length beside the line "594 N
     * (anterior)"). Over every preset with 0 to 20 kg: each arrow's share seen is its force's part across the view
     * over its length; the compression's and the shear's lines say "seen at an angle" exactly when not end-on and
     * under the share; no side view says it; the side plank from the front does for its shear.
     */
    @Test
    void aForceSeenAtAnAngleSaysSo() {
        int said = 0;
        for (StickFigure f : figures()) {
            List<double[]> forces = forces(f);
            List<StickFigure.Arrow> arrows = f.arrowsM(f.arrowMPerN(), 0);
            List<String> lines = layout(f, AREAS.get(0)).labels().stream().map(StickFigure.Label::text).toList();
            for (int i = 0; i < arrows.size(); i++) {
                StickFigure.Arrow a = arrows.get(i);
                double[] force = forces.get(i);
                double seen = Math.hypot(force[1], force[2]);
                assertThat(a.seenShare()).as("%s of %s: share seen", a.kind(), f.title())
                        .isCloseTo(seen / Math.hypot(seen, force[3]), within(1e-9));
                String start = a.kind() == StickFigure.ArrowKind.COMPRESSION ? " compression "
                        : a.kind() == StickFigure.ArrowKind.SHEAR ? " AP shear " : null;
                if (start == null) {
                    continue;
                }
                String line = lines.stream().filter(l -> l.contains(start)).findFirst().orElseThrow();
                boolean expected = a.endOn() == 0 && a.seenShare() < StickFigure.FORESHORTENED_SHARE;
                assertThat(line.contains(StickFigure.AT_AN_ANGLE)).as("%s of %s: %s (share %s)", a.kind(), f.title(),
                        line, a.seenShare()).isEqualTo(expected);
                if (f.scene().view() == StickScene.View.SAGITTAL) {
                    assertThat(expected).as("%s of %s in a side view", a.kind(), f.title()).isFalse();
                }
                said += expected ? 1 : 0;
            }
        }
        assertThat(said).as("lines saying seen at an angle").isPositive();
    }

    private static List<double[]> forces(StickFigure f) {
        boolean frontal = f.scene().view() == StickScene.View.FRONTAL;
        LevelLoad l = f.load();
        int li = l.level().ordinal();
        PositionM n = f.pose().discNormals().get(li);
        PositionM a = f.pose().discAnteriors().get(li);
        List<double[]> out = new ArrayList<>();
        if (!LimitLines.newtons(l.compressionN()).equals(LimitLines.newtons(0))) {
            double c = l.compressionN();
            out.add(new double[] {Math.abs(c), -(frontal ? -n.zM() : n.xM()) * c, -n.yM() * c,
                -(frontal ? n.xM() : n.zM()) * c});
        }
        if (!LimitLines.newtons(l.apShearN()).equals(LimitLines.newtons(0))) {
            double s = l.apShearN();
            out.add(new double[] {Math.abs(s), (frontal ? -a.zM() : a.xM()) * s, a.yM() * s,
                (frontal ? a.xM() : a.zM()) * s});
        }
        TrunkOnThighsPush t = f.scene().trunkOnThighs();
        if (t != null && !LimitLines.newtons(t.forceN()).equals(LimitLines.newtons(0))) {
            out.add(new double[] {t.forceN(), frontal ? -t.forceZN() : t.forceXN(), t.forceYN(),
                frontal ? t.forceXN() : t.forceZN()});
        }
        for (HandOnThighPush h : f.scene().handsOnThighs()) {
            if (h.forceN() > 0 && !LimitLines.newtons(h.forceN()).equals(LimitLines.newtons(0))) {
                out.add(new double[] {h.forceN(), frontal ? -h.forceZN() : h.forceXN(), h.forceYN(),
                    frontal ? h.forceXN() : h.forceZN()});
            }
        }
        return out;
    }
}
