package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.Predicate;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodyPose;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.TrunkOnThighsPush;

/**
 * A stick figure of a solved pose ({@link StickScene}: true proportions, the floor and every support
 * where the model's contacts put them, seat, backrest, sled and a held load's box drawn (sized by its
 * mass, clear of the legs, trunk and floor: {@link StickScene#boxSideM}), the whole-body centre of
 * mass over the base of support), seen from the right side, or from the front for rolled and
 * laterally bent postures; every lumbar disc drawn at its true angle and one disc's compression and
 * AP shear drawn as arrows to scale, as are the thighs' pushes on a trunk and on hands resting on them
 * (each onto a dot at its contact point, left out where it would touch the centre-of-mass symbol); an
 * arrow that would reach the symbol is slid back along its line of action, and a force too small to see
 * to scale is drawn hollow at {@link #LEAST_ARROW_M} ({@link #arrowsM}); a held
 * load's box in the theme's darker warm grey ({@link LumbosimTheme#heldLoadFill()}; it was orange, the pressure's
 * colour), apart from the furniture's light warm grey. The legend's lines never overlap ({@link #labels}). A figure alone fits its body to its area and scales its arrows
 * so that the longer one is {@link #LONGEST_ARROW_M} long, with a scale bar in newtons; a set of
 * figures shares one {@link SharedScale} (the same metres per pixel and newtons per metre on every
 * card, so arrows and bodies compare across cards), states it in its caption and draws it as every card's
 * scale bar.
 * Pure Java2D, headless, immutable.
 *
 * @param scene what is drawn
 * @param pose where the body is (its discs)
 * @param load the loads of the disc whose forces are drawn
 * @param title title drawn at the top (may be empty)
 * @param theme the look
 * @param shared the scale shared by a set of figures, or {@code null} for the figure's own
 */
public record StickFigure(StickScene scene, BodyPose pose, LevelLoad load, String title, LumbosimTheme theme,
                          SharedScale shared) implements Drawable {

    /**
     * Anterior-posterior depth at which discs are drawn (m). A drawing size only, close to the
     * usual adult lumbar disc depth; no computation uses it.
     */
    public static final double DISC_DRAWN_DEPTH_M = 0.045;
    /**
     * The note of a side view that draws the near arm across a leg it passes beside (outside it, by the
     * limbs' girths): the arm is drawn with a halo, in front of the leg.
     */
    public static final String ARM_BESIDE_LEG = "arm passes beside the leg";
    /**
     * The note of a side view that draws the held load's box across the legs: it is held between the
     * knees, in front of the hips ({@link StickScene#boxBetweenLegs()}); the near leg is drawn over it.
     */
    public static final String BOX_BETWEEN_KNEES = "box between the knees";
    /**
     * The note of a side view that draws the held load's box at the hands of a body not on its feet, behind
     * its trunk or legs ({@link StickScene#boxBesideBody()}): the load acts at the grips, beside the body.
     */
    public static final String BOX_BESIDE_BODY = "box at the hands, beside the body";
    /** Length in the figure of the longer force arrow at the figure's own scale (m, in body coordinates). */
    public static final double LONGEST_ARROW_M = 0.32;
    /**
     * Length of the longest force arrow of a set of figures at its shared scale (m, in body coordinates): twice
     * a lone figure's, since a set's forces span a wider range (the atlas: 23-1,861 N). At
     * {@link #LONGEST_ARROW_M} every force under 350 N was drawn as a hollow mark of {@link #LEAST_ARROW_M}
     * (relaxed standing's 205 N shear, the cat's 261 N compression, like lying's 23 N) and standing's 536 N
     * compression 0.09 m long, a third of the head's height. Drawing choice.
     */
    public static final double SET_LONGEST_ARROW_M = 2 * LONGEST_ARROW_M;

    /** Checks that nothing is missing. */
    public StickFigure {
        Checks.given(scene, "scene");
        Checks.given(pose, "pose");
        Checks.given(load, "load");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
    }

    /**
     * One scale for a set of figures: every card draws the body at the same metres per pixel and the
     * arrows at the same newtons per metre.
     *
     * @param forceN the force drawn {@link #LONGEST_ARROW_M} long (N)
     * @param widthM the width of scene every card makes room for (m)
     * @param heightM the height of scene every card makes room for (m)
     */
    public record SharedScale(double forceN, double widthM, double heightM) {
        /** Checks the values. */
        public SharedScale {
            if (!(forceN > 0 && widthM > 0 && heightM > 0) || Double.isInfinite(forceN + widthM + heightM)) {
                throw new IllegalArgumentException("forceN, widthM and heightM must be positive and finite");
            }
        }

        /**
         * @param figures the set
         * @return the scale that fits every figure of the set: its largest force drawn {@link
         *     #SET_LONGEST_ARROW_M} long, and its extents
         */
        public static SharedScale of(List<StickFigure> figures) {
            Checks.givenEach(figures, "figures");
            double f = 1;
            double w = 0;
            double h = 0;
            for (StickFigure fig : figures) {
                f = Math.max(f, fig.ownScaleN());
            }
            f *= LONGEST_ARROW_M / SET_LONGEST_ARROW_M;
            for (StickFigure fig : figures) {
                double[] e = fig.extentM(LONGEST_ARROW_M / f);
                w = Math.max(w, e[1] - e[0]);
                h = Math.max(h, e[3] - e[2]);
            }
            return new SharedScale(f, w, h);
        }

        /**
         * @return the round force the caption names and every card's scale bar shows: 1, 2 or 5 times a power
         *     of ten, about a third of the set's largest force (N)
         */
        public double captionForceN() {
            return scaleBarN(forceN * SET_LONGEST_ARROW_M / LONGEST_ARROW_M);
        }

        /** @return the length at which {@link #captionForceN()} is drawn, in body metres (m) */
        public double captionLengthM() {
            return captionForceN() * LONGEST_ARROW_M / forceN;
        }

        /**
         * @return the scale in words for the set's caption, e.g. {@code "1,000 N is drawn as long as
         *     0.16 m of the body"}
         */
        public String caption() {
            return newtons(captionForceN()) + " is drawn as long as " + LimitLines.number(captionLengthM(), 2)
                    + " m of the body";
        }
    }

    /**
     * The figure of a solve, its supports read from the reactions, its arrows at its own scale.
     *
     * @param result a solve
     * @param level the level whose forces are drawn as arrows
     * @param title title (may be empty)
     * @param theme the look
     * @return the figure
     */
    public static StickFigure of(AnalysisResult result, SpinalLevel level, String title, LumbosimTheme theme) {
        Checks.given(result, "result");
        Checks.given(level, "level");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        return of(StickScene.of(result), result, level, title, theme);
    }

    /**
     * @param scene what is drawn, e.g. {@code StickScene.of(result, posture.supports(), loadKg)}
     * @param result the solve the scene shows
     * @param level the level whose forces are drawn as arrows
     * @param title title (may be empty)
     * @param theme the look
     * @return the figure, its arrows at its own scale with a scale bar
     */
    public static StickFigure of(StickScene scene, AnalysisResult result, SpinalLevel level, String title,
                                 LumbosimTheme theme) {
        Checks.given(scene, "scene");
        Checks.given(result, "result");
        Checks.given(level, "level");
        Checks.given(title, "title");
        Checks.given(theme, "theme");
        LevelLoad l = result.level(level);
        return new StickFigure(scene, result.pose(), l, title, theme, null);
    }

    /** @return the largest force drawn: the disc's compression or AP shear, or the thighs' push on the trunk (N) */
    private double ownScaleN() {
        double push = scene.trunkOnThighs() == null ? 0 : scene.trunkOnThighs().forceN();
        return Math.max(1, Math.max(Math.max(Math.abs(load.compressionN()), Math.abs(load.apShearN())), push));
    }

    /**
     * @param scale the set's scale
     * @return a copy drawn at that scale, its scale bar the set's ({@link SharedScale#captionForceN()}, which the
     *     set's caption states too)
     */
    public StickFigure withSharedScale(SharedScale scale) {
        return new StickFigure(scene, pose, load, title, theme, scale);
    }

    /**
     * @param figures a set of figures
     * @return them at the one scale that fits all ({@link SharedScale#of})
     */
    public static List<StickFigure> atOneScale(List<StickFigure> figures) {
        Checks.givenEach(figures, "figures");
        SharedScale s = SharedScale.of(figures);
        List<StickFigure> out = new ArrayList<>(figures.size());
        for (StickFigure f : figures) {
            out.add(f.withSharedScale(s));
        }
        return out;
    }

    /** @return the force (N) drawn {@link #LONGEST_ARROW_M} long */
    public double forceScaleN() {
        return shared == null ? ownScaleN() : shared.forceN();
    }

    /**
     * @param forceScaleN a figure's scale (the force drawn {@link #LONGEST_ARROW_M} long, N)
     * @return the round force (N) its scale bar shows: 1, 2 or 5 times a power of ten, about a third of it
     */
    public static double scaleBarN(double forceScaleN) {
        return niceRound(forceScaleN / 3);
    }

    /**
     * @return the round force (N) the scale bar shows: 1, 2 or 5 times a power of ten, about a third of the
     *     longest arrow's force (of a set: {@link SharedScale#captionForceN()})
     */
    public double scaleBarN() {
        return shared == null ? scaleBarN(forceScaleN()) : shared.captionForceN();
    }

    /** @return arrow length per newton (m of body coordinates per N) */
    public double arrowMPerN() {
        return LONGEST_ARROW_M / forceScaleN();
    }

    private static double niceRound(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        double m = v / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    }

    private boolean frontal() {
        return scene.view() == StickScene.View.FRONTAL;
    }

    /**
     * @param level a disc's index (L5-S1 first)
     * @param normal its normal, else its anterior direction
     * @return that unit direction's part toward the viewer, out of the view: +x from the front (the viewer
     *     stands in front, {@link StickScene.View#FRONTAL}), +z from the right side
     */
    private double toward(int level, boolean normal) {
        PositionM v = (normal ? pose.discNormals() : pose.discAnteriors()).get(level);
        return frontal() ? v.xM() : v.zM();
    }

    /** The projection: side view (x, y) or front view (-z, y). */
    private Point2D.Double q(PositionM p) {
        return new Point2D.Double(frontal() ? -p.zM() : p.xM(), p.yM());
    }

    private Point2D.Double p(Landmark l) {
        return q(pose.landmarks().get(l));
    }

    private static Point2D.Double mid(Point2D a, Point2D b) {
        return new Point2D.Double((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g2.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setPaint(theme.background());
            g.fill(area);
            drawInto(g, area);
        } finally {
            g.dispose();
        }
    }

    private List<Point2D> outline(StickScene.Prop prop) {
        List<Point2D> out = new ArrayList<>();
        if (!frontal()) {
            for (double[] xy : prop.outline()) {
                out.add(new Point2D.Double(xy[0], xy[1]));
            }
            return out;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] xy : prop.outline()) {
            lo = Math.min(lo, xy[1]);
            hi = Math.max(hi, xy[1]);
        }
        out.add(new Point2D.Double(-prop.zMaxM(), lo));
        out.add(new Point2D.Double(-prop.zMinM(), lo));
        out.add(new Point2D.Double(-prop.zMinM(), hi));
        out.add(new Point2D.Double(-prop.zMaxM(), hi));
        return out;
    }

    /**
     * Where a figure puts its parts in an area: the legend's lines, the world-to-pixel transform, its
     * scale and the force arrows as drawn there.
     *
     * @param labels the legend's lines ({@link #labels})
     * @param world body metres to pixels
     * @param pxPerM pixels per body metre
     * @param box the area (px) the scene is fitted into
     * @param arrows the force arrows as drawn ({@link #arrowsM}, with the arrowheads' width at this scale)
     */
    record Layout(List<Label> labels, AffineTransform world, double pxPerM, Rectangle2D box, List<Arrow> arrows) {
    }

    /**
     * @param g where the figure is drawn (for the fonts' metrics)
     * @param area the figure's area (px)
     * @return where its parts go
     */
    Layout layout(Graphics2D g, Rectangle2D area) {
        double k = arrowMPerN();
        Font titleFont = fitted(g, theme.titleFont(), title, area.getWidth() * TITLE_WIDTH_SHARE);
        FontMetrics tfm = g.getFontMetrics(titleFont);
        double top = area.getY() + (title.isEmpty() ? 8 : tfm.getHeight() + 12);
        List<Label> labels = labels(g, area);
        double textRows = 0;
        for (Label l : labels) {
            textRows = Math.max(textRows, l.row() + 1);
        }
        double textBlock = g.getFontMetrics(theme.legendFont()).getHeight()
                * (textRows + 0.3 + 1.1);
        double[] e = extentM(k);
        double margin = MARGIN_PX;
        Rectangle2D box = new Rectangle2D.Double(area.getX() + margin, top + textBlock,
                area.getWidth() - 2 * margin, area.getMaxY() - top - textBlock - margin - 10);
        double s = shared == null ? Math.min(box.getWidth() / (e[1] - e[0]), box.getHeight() / (e[3] - e[2]))
                : Math.min(box.getWidth() / shared.widthM(), box.getHeight() / shared.heightM());
        double ox = box.getCenterX() - s * (e[0] + e[1]) / 2;
        // a set's cards stand on the same line at the bottom of their box
        double oy = shared == null ? box.getCenterY() + s * (e[2] + e[3]) / 2 : box.getMaxY() + s * e[2];
        AffineTransform w = new AffineTransform(s, 0, 0, -s, ox, oy);
        return new Layout(labels, w, s, box, arrowsM(k, arrowWidthPx() / s));
    }

    /** @return the width of a force arrow's shaft (px) */
    private float arrowWidthPx() {
        return theme.lineWidthPt() * 1.4f;
    }

    /** @return the thickness of the base of support's bar on the floor (px), twice and a fifth a limb's */
    private float baseBarWidthPx() {
        return theme.lineWidthPt() * 1.6f * 2.2f;
    }

    private void drawInto(Graphics2D g, Rectangle2D area) {
        int li = load.level().ordinal();
        Layout layout = layout(g, area);
        List<Label> labels = layout.labels();
        double k = arrowMPerN();
        Font titleFont = fitted(g, theme.titleFont(), title, area.getWidth() * TITLE_WIDTH_SHARE);
        Font textFont = theme.legendFont();
        FontMetrics tfm = g.getFontMetrics(titleFont);
        double textRows = 0;
        for (Label l : labels) {
            textRows = Math.max(textRows, l.row() + 1);
        }
        double headR = headRadiusM();
        double margin = MARGIN_PX;
        Rectangle2D box = layout.box();
        double s = layout.pxPerM();
        AffineTransform w = layout.world();
        double ox = w.getTranslateX();

        Color body = new Color(120, 120, 120);
        Color far = frontal() ? body : new Color(190, 190, 190);
        float limb = theme.lineWidthPt() * 1.6f;
        BasicStroke bodyStroke = new BasicStroke(limb, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

        // floor where the model's contacts put it: the ground's line, hatched beneath
        double floorY = scene.floorYM();
        double fx0 = (box.getX() - ox) / s;
        double fx1 = (box.getMaxX() - ox) / s;
        g.setPaint(theme.groundColor());
        g.setStroke(new BasicStroke(theme.limitLineWidthPt() * 1.5f));
        g.draw(w.createTransformedShape(new Line2D.Double(fx0, floorY, fx1, floorY)));
        g.setStroke(new BasicStroke(theme.limitLineWidthPt()));
        g.setPaint(theme.groundHatchColor());
        double hatch = (fx1 - fx0) / 40;
        for (double hx = fx0 + hatch; hx <= fx1; hx += hatch) {
            g.draw(w.createTransformedShape(new Line2D.Double(hx, floorY, hx - hatch * 0.7, floorY - hatch * 0.7)));
        }
        // seat, backrest, armrests, sled, box; a box held between the knees is drawn later, over the far leg
        // and under the near one, and the base of support's bar after it (it would hide the bar's front)
        boolean between = !frontal() && scene.boxBetweenLegs();
        // a box held at the hands beside a body not on its feet: drawn after the far limbs, under the trunk and
        // the near limbs
        boolean beside = !frontal() && scene.boxBesideBody();
        boolean leaderOverLeg = !frontal() && scene.leaderCrossesLeg();
        for (StickScene.Prop prop : scene.props()) {
            if (prop.kind() == StickScene.PropKind.LEADER) {
                // a box drawn beside the body: a thin line from the grips to it, in the side view only
                if (!frontal() && !leaderOverLeg) {
                    leader(g, w, prop, null);
                }
            } else if (!between && !beside || prop.kind() != StickScene.PropKind.BOX) {
                prop(g, w, prop);
            }
        }
        if (!between && !beside) {
            baseBar(g, w, limb);
        }

        // contacts: soft tissue between the joint and its surface, drawn as a short pad
        g.setStroke(new BasicStroke(limb * 1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(new Color(170, 170, 170));
        for (StickScene.Contact c : scene.contacts()) {
            if (c.tissueM() > 0) {
                Point2D.Double pt = q(c.pointM());
                // the tissue's own depth: a contact that does not touch shows its gap
                double end = Math.max(c.surfaceYM(), c.pointM().yM() - c.tissueM());
                g.draw(w.createTransformedShape(new Line2D.Double(pt.x, pt.y, pt.x, end)));
            }
        }

        // far side lighter (side view), then spine, head and near side
        for (StickScene.Segment sg : scene.segments()) {
            if (sg.side() == StickScene.Side.LEFT) {
                segment(g, w, sg, far, bodyStroke);
            }
        }
        BasicStroke halo = new BasicStroke(limb * 2.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        if (beside) {
            // the box at the hands, then the trunk and the near leg over it, each with a halo inside its outline
            boxWithHalos(g, w, limb, halo, sg -> sg.side() == StickScene.Side.MIDDLE && !sg.name().equals("head")
                    || sg.side() == StickScene.Side.RIGHT && sg.leg());
        }
        for (StickScene.Segment sg : scene.segments()) {
            if (sg.side() == StickScene.Side.MIDDLE && !sg.name().equals("head")) {
                segment(g, w, sg, body, bodyStroke);
            }
        }
        // the scene's head: it may lie on the floor with the neck flexed
        StickScene.Segment headSegment = scene.segments().stream().filter(sg -> sg.name().equals("head"))
                .findFirst().orElseThrow();
        Point2D.Double c7 = q(headSegment.from());
        Point2D.Double headC = headCentreM();
        g.setPaint(body);
        g.setStroke(bodyStroke);
        g.draw(w.createTransformedShape(new Line2D.Double(c7, headC)));
        Shape head = w.createTransformedShape(new Ellipse2D.Double(headC.x - headR, headC.y - headR, 2 * headR,
                2 * headR));
        g.setPaint(theme.background());
        g.fill(head);
        g.setPaint(body);
        g.draw(head);
        // near side; its arm with a halo, so that an arm passing beside a thigh reads as in front of it
        if (between) {
            // the box held between the knees, then the near leg over it with a halo inside the box's outline
            boxWithHalos(g, w, limb, halo, sg -> sg.side() == StickScene.Side.RIGHT && sg.leg());
        }
        for (StickScene.Segment sg : scene.segments()) {
            if (sg.side() == StickScene.Side.RIGHT && !sg.arm()) {
                segment(g, w, sg, body, bodyStroke);
            }
        }
        if (leaderOverLeg) {
            // a leader that passes the shank: over the near leg, with the arm's halo
            for (StickScene.Prop prop : scene.props()) {
                if (prop.kind() == StickScene.PropKind.LEADER) {
                    leader(g, w, prop, new BasicStroke(theme.limitLineWidthPt() + limb * 1.6f, BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_ROUND));
                }
            }
        }
        for (StickScene.Segment sg : scene.segments()) {
            if (sg.side() == StickScene.Side.RIGHT && sg.arm() && !frontal() && !sg.name().equals("upper arm")) {
                segment(g, w, sg, theme.background(), halo);
            }
        }
        for (StickScene.Segment sg : scene.segments()) {
            if (sg.side() == StickScene.Side.RIGHT && sg.arm()) {
                segment(g, w, sg, body, bodyStroke);
            }
        }

        // discs at their true angle: a bar along the disc's anterior axis
        for (int i = 0; i < pose.discCentres().size(); i++) {
            Point2D.Double c = q(pose.discCentres().get(i));
            Point2D.Double ai = q(pose.discAnteriors().get(i));
            double h = DISC_DRAWN_DEPTH_M / 2;
            boolean shown = i == li;
            // the disc whose forces are drawn in the text's colour (it was the palette's orange, the held load's),
            // the other discs neutral (the grid's grey): the compression arrow, blue, runs along them
            g.setPaint(shown ? theme.textColor() : theme.gridColor());
            g.setStroke(new BasicStroke(limb * (shown ? 2.4f : 1.8f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(w.createTransformedShape(new Line2D.Double(c.x - ai.x * h, c.y - ai.y * h, c.x + ai.x * h,
                    c.y + ai.y * h)));
        }

        // whole-body centre of mass: the quartered-circle symbol, its plumb line to the floor
        Markers markers = markersM();
        Point2D.Double com = new Point2D.Double(markers.centreOfMass().getCenterX(), markers.centreOfMass().getCenterY());
        double comR = markers.centreOfMass().getWidth() / 2;
        g.setPaint(theme.textColor());
        g.setStroke(new BasicStroke(theme.limitLineWidthPt(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {3, 3}, 0));
        g.draw(w.createTransformedShape(new Line2D.Double(com.x, com.y - comR, com.x, floorY)));
        Shape comCircle = w.createTransformedShape(new Ellipse2D.Double(com.x - comR, com.y - comR, 2 * comR,
                2 * comR));
        g.setPaint(theme.background());
        g.fill(comCircle);
        g.setPaint(theme.textColor());
        g.setStroke(new BasicStroke(theme.limitLineWidthPt()));
        g.draw(comCircle);
        Path2D.Double quarters = new Path2D.Double();
        quarters.moveTo(com.x, com.y);
        quarters.lineTo(com.x + comR, com.y);
        quarters.append(new java.awt.geom.Arc2D.Double(com.x - comR, com.y - comR, 2 * comR, 2 * comR, 0, 90,
                java.awt.geom.Arc2D.OPEN), true);
        quarters.closePath();
        quarters.moveTo(com.x, com.y);
        quarters.lineTo(com.x - comR, com.y);
        quarters.append(new java.awt.geom.Arc2D.Double(com.x - comR, com.y - comR, 2 * comR, 2 * comR, 180, 90,
                java.awt.geom.Arc2D.OPEN), true);
        quarters.closePath();
        g.fill(w.createTransformedShape(quarters));

        // force arrows, to scale (a force too small to show is drawn hollow, at the least length): the disc's
        // compression and AP shear, then the thighs' push on a trunk and on hands resting on them, each onto
        // its contact point, marked by a dot
        for (Arrow arrow : layout.arrows()) {
            if (arrow.endOn() != 0) {
                endOnMark(g, w.transform(arrow.tailM(), null), w.transform(arrow.tipM(), null),
                        arrowColour(arrow.kind()), arrowWidthPx(), arrow.endOn());
            } else {
                arrow(g, w.transform(arrow.tailM(), null), w.transform(arrow.tipM(), null), arrowColour(arrow.kind()),
                        arrowWidthPx(), arrow.hollow());
            }
        }
        g.setPaint(theme.pushColor());
        if (markers.pushDot() != null) {
            g.fill(w.createTransformedShape(markers.pushDot()));
        }
        for (Ellipse2D dot : markers.handDots()) {
            g.fill(w.createTransformedShape(dot));
        }

        // texts: title, values and note, scale bar
        double y = textTopPx(area, tfm);
        if (!title.isEmpty()) {
            g.setFont(titleFont);
            g.setPaint(theme.textColor());
            g.drawString(title, (float) (area.getCenterX() - tfm.stringWidth(title) / 2.0),
                    (float) (area.getY() + 6 + tfm.getAscent()));
        }
        g.setFont(textFont);
        FontMetrics fm = g.getFontMetrics();
        float x0 = (float) (area.getX() + margin);
        for (Label l : labels) {
            g.setPaint(l.color());
            g.drawString(l.text(), (float) l.boxPx().getX(), (float) (l.boxPx().getY() + fm.getAscent()));
        }
        // the scale bar: every card of a set too (the set's caption states the scale once, but a card seen alone,
        // as the atlas's are, said nothing of what length means what: SharedScale#captionForceN)
        double barN = scaleBarN();
        double barPx = barN * k * s;
        float by = (float) (y + (textRows + 0.3) * fm.getHeight());
        g.setPaint(theme.textColor());
        g.setStroke(new BasicStroke(theme.limitLineWidthPt() * 1.5f));
        g.draw(new Line2D.Double(x0, by + fm.getHeight() / 2.0, x0 + barPx, by + fm.getHeight() / 2.0));
        g.draw(new Line2D.Double(x0, by + fm.getHeight() * 0.25, x0, by + fm.getHeight() * 0.75));
        g.draw(new Line2D.Double(x0 + barPx, by + fm.getHeight() * 0.25, x0 + barPx, by + fm.getHeight() * 0.75));
        g.drawString("= " + newtons(barN), (float) (x0 + barPx + 8), by + fm.getAscent());
    }

    /** Radius of the centre-of-mass symbol (share of the head's drawn radius). */
    private static final double COM_SYMBOL_SHARE = 0.45;
    /** Radius of the dot at the abdomen's contact point (share of the centre-of-mass symbol's radius). */
    static final double PUSH_DOT_SHARE = 0.6;
    /**
     * Least gap between the centre-of-mass symbol and a push's dot or any force arrow's drawn shape (share
     * of the symbol's radius).
     */
    static final double MARKER_GAP_SHARE = 0.5;

    /**
     * The figure's round markers, projected (m): the centre-of-mass symbol and the dots at the contact
     * points of the thighs' pushes, on the abdomen and on each hand the thighs carry, all alike.
     *
     * @param centreOfMass the centre-of-mass symbol's circle
     * @param pushDot the trunk's dot, or null where there is no push on the trunk or where the dot would
     *     come within {@link #MARKER_GAP_SHARE} of the symbol's radius of it (the push's arrow, on its line
     *     through the point, then marks it)
     * @param handDots the dots of the hands the thighs carry (a push above zero), each left out by the
     *     same rule
     */
    record Markers(Ellipse2D centreOfMass, Ellipse2D pushDot, List<Ellipse2D> handDots) {
    }

    /**
     * @return the round markers (m, projected), kept apart: where a contact point lies so close to the
     *     whole-body centre of mass that its dot would touch the symbol (the abdomen's, in
     *     sitting_max_flexion), the dot is left out
     */
    Markers markersM() {
        Point2D.Double com = q(scene.centreOfMassM());
        double comR = comRadiusM();
        Ellipse2D symbol = new Ellipse2D.Double(com.x - comR, com.y - comR, 2 * comR, 2 * comR);
        TrunkOnThighsPush push = scene.trunkOnThighs();
        Ellipse2D trunk = push == null ? null : dot(push.pointM(), com, comR);
        List<Ellipse2D> hands = new ArrayList<>();
        for (HandOnThighPush h : carriedHands()) {
            Ellipse2D d = dot(h.pointM(), com, comR);
            if (d != null) {
                hands.add(d);
            }
        }
        return new Markers(symbol, trunk, hands);
    }

    /** @return a push's dot at the point (m, projected), or null where it would come near the symbol */
    private Ellipse2D dot(PositionM point, Point2D.Double com, double comR) {
        Point2D.Double at = q(point);
        double dotR = comR * PUSH_DOT_SHARE;
        if (at.distance(com) < comR + dotR + comR * MARKER_GAP_SHARE) {
            return null;
        }
        return new Ellipse2D.Double(at.x - dotR, at.y - dotR, 2 * dotR, 2 * dotR);
    }

    /** @return the radius of the centre-of-mass symbol (m, in body coordinates) */
    private double comRadiusM() {
        return headRadiusM() * COM_SYMBOL_SHARE;
    }

    /** @return the thighs' pushes on the hands that carry something (a push above zero), left then right */
    private List<HandOnThighPush> carriedHands() {
        List<HandOnThighPush> out = new ArrayList<>();
        for (HandOnThighPush h : scene.handsOnThighs()) {
            if (h.forceN() > 0) {
                out.add(h);
            }
        }
        return out;
    }

    /** What a force arrow shows. */
    enum ArrowKind {
        /** The disc's compression: onto the disc's centre along its axis. */
        COMPRESSION,
        /** The disc's AP shear on the upper vertebra: from the disc's centre across its axis. */
        SHEAR,
        /** The thighs' push on a trunk or a hand resting on them: onto its contact point. */
        PUSH
    }

    /**
     * A force arrow, projected (m).
     *
     * @param kind what it shows
     * @param tailM where it starts
     * @param tipM where its head points
     * @param hollow whether it is drawn hollow, longer than to scale: the force's arrow to scale would be
     *     shorter than {@link #LEAST_ARROW_M} (outside the dot it ends on)
     * @param endOn +1 where the force points more toward the viewer than across the view and is seen
     *     shorter than {@link #LEAST_ARROW_M}, -1 where so away from the viewer, else 0: such a force is
     *     drawn not as an arrow along its tiny projection (which pointed along the body while the legend
     *     said "anterior", toward the viewer) but as a circle with a dot (toward) or a cross (away), the
     *     drafting sign of a force seen end-on ({@link #endOnMark}), within the head of the arrow it
     *     replaces, and the legend says "toward the viewer" or "away from the viewer"
     * @param seenShare the share of the force's length to scale that the view shows (1 for a force in the view's
     *     plane, 0 for one along the line of sight): where a force not seen end-on is shown shorter than
     *     {@link #FORESHORTENED_SHARE} of its length, the legend says "seen at an angle", so that a long force
     *     drawn short (the side plank's 594 N shear from the front) is not read as a small one
     */
    record Arrow(ArrowKind kind, Point2D.Double tailM, Point2D.Double tipM, boolean hollow, int endOn,
                 double seenShare) {
    }

    /**
     * The largest share of a force's length that the view may show before its legend line says "seen at an
     * angle" ({@link Arrow#seenShare}): a drawing convention (a tenth shorter is where a reader comparing two
     * arrows would misjudge them), not a model constant.
     */
    static final double FORESHORTENED_SHARE = 0.9;

    /**
     * Least length of a force arrow drawn (m, in body coordinates), outside the dot a push ends on: about
     * the length of a finger, a fifth of {@link #LONGEST_ARROW_M}. An arrow shorter to scale as seen (the hands'
     * push of about 9 N on the thighs, 3 mm at a 1,000 N figure's scale, hid under its dot; a lying body's
     * compression of 23 N at the atlas's scale; lying on the side, seen from the front, the 2 N AP shear
     * pointing nearly at the viewer)
     * is drawn this long and hollow, and the figure says so ({@link #HOLLOW_NOTE}); its value is the
     * legend's line of its colour. Drawing choice.
     */
    public static final double LEAST_ARROW_M = 0.06;
    /** The note of a figure that draws a hollow arrow ({@link Arrow#hollow()}). */
    public static final String HOLLOW_NOTE = "hollow arrow: too short to scale";
    /** Length of a force arrow's head, in widths of its shaft (at most 0.6 of the arrow's length). */
    private static final double HEAD_LENGTH_WIDTHS = 5;
    /** Half the width of a force arrow's head (share of its length). */
    private static final double HEAD_HALF_WIDTH_SHARE = 0.45;

    /**
     * The thighs' push arrows as {@link #arrowsM} places them, arrowheads of no width.
     *
     * @param k arrow length per newton (m/N)
     * @return the arrows (m, projected); none for a zero push
     */
    List<Arrow> pushArrowsM(double k) {
        List<Arrow> out = new ArrayList<>();
        for (Arrow a : arrowsM(k, 0)) {
            if (a.kind() == ArrowKind.PUSH) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The force arrows: the disc's compression (its tip at the disc's centre, or, where that arrow would
     * reach the head along its line, its tail there, pointing on away from the trunk, where it fits there
     * without a slide; and where the one so chosen, once slid clear of the symbol and the other arrows, crosses
     * the head's drawn circle, the other one where that is clear of it), its AP shear (its tail there) and the thighs' pushes (on the trunk first, then on each hand they carry; each tip at its
     * contact point), each along its force, to scale, or, where that would be shorter than {@link
     * #LEAST_ARROW_M} (outside the push's dot), that long and hollow; a force that rounds to 0 N is not
     * drawn. Where an arrow as drawn ({@link #arrowShape}: its shaft of width {@code shaftWidthM} and its
     * head) would reach into the centre-of-mass symbol or the gap of {@link #MARKER_GAP_SHARE} of its radius
     * around it (in sitting_max_flexion the trunk's push touched the symbol; lying on the side, the
     * compression's head nearly did), it is moved back along its line of action, as little as clears it:
     * the same force (a force may slide along its line of action), clear of the symbol. No arrow's drawn
     * shape meets another's: each is slid along its line as {@link #clearOf} says, or where the symbol leaves
     * it no room, the arrows it meets are (lying on the side the compression's head lay on the shear's 2 N
     * hollow arrow; in a side view the two overlapped by a sliver at the disc's centre). No arrow's drawn shape
     * reaches below the floor line and the base of support's bar on it ({@link Keep#clear}): where sliding it
     * the usual way would take it there, it is slid the other way along its line, past the point it acts at
     * (the plank's 722 N AP shear, slid forward past the centre-of-mass symbol, ran through the floor; it is
     * now drawn ending on the disc from above).
     *
     * @param k arrow length per newton (m/N)
     * @param shaftWidthM the width of an arrow's shaft (m, at the scale drawn; 0 for a line, no head)
     * @return the arrows (m, projected)
     */
    List<Arrow> arrowsM(double k, double shaftWidthM) {
        int li = load.level().ordinal();
        Point2D.Double centre = q(pose.discCentres().get(li));
        Point2D.Double n = q(pose.discNormals().get(li));
        double c = load.compressionN();
        Keep keep = keep(shaftWidthM);
        boolean onward = false;
        if (!zero(c) && reachesTheHead(centre, -n.x * c * k, -n.y * c * k)) {
            Arrow from = arrow(ArrowKind.COMPRESSION, centre, -n.x * c * k, -n.y * c * k, -toward(li, true) * c * k,
                    false, 0, keep.centre(), keep);
            onward = from.tailM().equals(centre);
        }
        List<Arrow> out = placed(k, shaftWidthM, onward ? Onto.FROM_DISC : Onto.DISC);
        if (zero(c) || !meetsTheHead(out.get(0), shaftWidthM)) {
            return out;
        }
        // the compression as placed, slid clear of the symbol and the other arrows, crosses the drawn head (the
        // side plank's, ending on the disc beside the symbol, was slid back through the head): the other way
        // round, else from the disc on, slid on past the symbol, whichever first is clear of the head
        for (Onto other : new Onto[] {onward ? Onto.DISC : Onto.FROM_DISC, Onto.PAST_THE_SYMBOL}) {
            List<Arrow> tried = placed(k, shaftWidthM, other);
            if (!meetsTheHead(tried.get(0), shaftWidthM)) {
                return tried;
            }
        }
        return out;
    }

    /** Where the compression's arrow is placed on its line of action. */
    private enum Onto {
        /** Ending on the disc (slid back from it, toward its tail, where it must be). */
        DISC,
        /** Starting from the disc, pointing on away from the trunk (slid back, through the disc, where it must be). */
        FROM_DISC,
        /** Starting from the disc, pointing on away from the trunk, slid on as little as clears the symbol. */
        PAST_THE_SYMBOL
    }

    /** @return what a force arrow keeps clear of at a shaft width (m): the symbol and its gap, the floor */
    private Keep keep(double shaftWidthM) {
        // the floor line and the upper half of the base of support's bar on it, at the arrows' scale
        double floorM = scene.floorYM() + shaftWidthM * baseBarWidthPx() / 2 / arrowWidthPx();
        return new Keep(q(scene.centreOfMassM()), comRadiusM() * (1 + MARKER_GAP_SHARE), shaftWidthM, floorM);
    }

    /**
     * @param a an arrow
     * @param shaftWidthM the arrows' shaft width (m, at the scale drawn)
     * @return whether its drawn shape meets the head's drawn circle, its outline's stroke included
     */
    private boolean meetsTheHead(Arrow a, double shaftWidthM) {
        Point2D.Double h = headCentreM();
        // the head's outline is drawn with a limb's stroke: half of it outside the circle, at the arrows' scale
        double r = headRadiusM() + shaftWidthM * theme.lineWidthPt() * 1.6 / 2 / arrowWidthPx();
        Area shape = shape(a, shaftWidthM);
        if (shape.isEmpty()) {
            return Line2D.ptSegDist(a.tailM().x, a.tailM().y, a.tipM().x, a.tipM().y, h.x, h.y) < r;
        }
        shape.intersect(new Area(new Ellipse2D.Double(h.x - r, h.y - r, 2 * r, 2 * r)));
        return !shape.isEmpty();
    }

    /**
     * The force arrows of {@link #arrowsM}, the compression ending on the disc or starting from it.
     *
     * @param k arrow length per newton (m/N)
     * @param shaftWidthM the width of an arrow's shaft (m, at the scale drawn; 0 for a line, no head)
     * @param onto where the compression's arrow is placed
     * @return the arrows (m, projected), each clear of the symbol, the floor and the others
     */
    private List<Arrow> placed(double k, double shaftWidthM, Onto onto) {
        List<Arrow> out = new ArrayList<>();
        Keep keep = keep(shaftWidthM);
        Point2D.Double com = keep.centre();
        int li = load.level().ordinal();
        Point2D.Double centre = q(pose.discCentres().get(li));
        Point2D.Double n = q(pose.discNormals().get(li));
        Point2D.Double a = q(pose.discAnteriors().get(li));
        double c = load.compressionN();
        if (!zero(c)) {
            // compression: the force squeezing the disc, pushing down on it along -n, tip at the disc, or from the
            // disc on along its line, away from the trunk: the same force, pushing on the vertebra below
            Arrow placedArrow = arrow(ArrowKind.COMPRESSION, centre, -n.x * c * k, -n.y * c * k,
                    -toward(li, true) * c * k, onto == Onto.DISC, 0, com, keep);
            if (onto == Onto.PAST_THE_SYMBOL && shaftWidthM > 0) {
                Arrow from = new Arrow(ArrowKind.COMPRESSION, centre, new Point2D.Double(centre.x + placedArrow.tipM().x
                        - placedArrow.tailM().x, centre.y + placedArrow.tipM().y - placedArrow.tailM().y),
                        placedArrow.hollow(), placedArrow.endOn(), placedArrow.seenShare());
                double on = leastSlide(2.0, true, t -> keep.clear(from.tailM(), from.tipM(), -t));
                placedArrow = Double.isNaN(on) ? placedArrow : slid(from, -on);
            }
            out.add(placedArrow);
        }
        double shear = load.apShearN();
        if (!zero(shear)) {
            // AP shear on the upper vertebra, along +a (positive = anterior), tail at the disc
            out.add(arrow(ArrowKind.SHEAR, centre, a.x * shear * k, a.y * shear * k, toward(li, false) * shear * k,
                    false, 0, com, keep));
        }
        double dotR = comRadiusM() * PUSH_DOT_SHARE;
        TrunkOnThighsPush push = scene.trunkOnThighs();
        if (push != null && !zero(push.forceN())) {
            out.add(arrow(ArrowKind.PUSH, q(push.pointM()), (frontal() ? -push.forceZN() : push.forceXN()) * k,
                    push.forceYN() * k, (frontal() ? push.forceXN() : push.forceZN()) * k, true, dotR, com, keep));
        }
        for (HandOnThighPush h : carriedHands()) {
            if (!zero(h.forceN())) {
                out.add(arrow(ArrowKind.PUSH, q(h.pointM()), (frontal() ? -h.forceZN() : h.forceXN()) * k,
                        h.forceYN() * k, (frontal() ? h.forceXN() : h.forceZN()) * k, true, dotR, com, keep));
            }
        }
        // each arrow clear of those before it (clearOf): slid itself, or where the symbol leaves it no
        // room (lying on the side, the shear between the compression's head and the symbol), the ones it meets
        // slid instead
        for (int i = 1; i < out.size() && shaftWidthM > 0; i++) {
            Arrow moved = clearOf(out.get(i), out.subList(0, i), keep);
            if (moved != null) {
                out.set(i, moved);
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (!meetsNone(out.get(i), 0, List.of(shape(out.get(j), shaftWidthM)), shaftWidthM)) {
                    List<Arrow> rest = new ArrayList<>(out.subList(0, i + 1));
                    rest.remove(j);
                    Arrow back = clearOf(out.get(j), rest, keep);
                    if (back != null) {
                        out.set(j, back);
                    }
                }
            }
        }
        return out;
    }

    /** @return the centre of the head's circle as drawn, projected (m): two fifths of the way from its top to C7 */
    Point2D.Double headCentreM() {
        StickScene.Segment head = scene.segments().stream().filter(sg -> sg.name().equals("head")).findFirst()
                .orElseThrow();
        Point2D.Double c7 = q(head.from());
        Point2D.Double top = q(head.to());
        return new Point2D.Double(top.x + (c7.x - top.x) * 0.4, top.y + (c7.y - top.y) * 0.4);
    }

    /**
     * @param disc the disc's centre, projected (m)
     * @param dx the compression's arrow to scale, across (m), pointing onto the disc
     * @param dy the same, up (m)
     * @return whether that arrow, ending on the disc, reaches along its line as far as the near side of the
     *     head's circle: it reads as a force on the head
     */
    private boolean reachesTheHead(Point2D.Double disc, double dx, double dy) {
        double len = Math.hypot(dx, dy);
        Point2D.Double h = headCentreM();
        double along = ((h.x - disc.x) * -dx + (h.y - disc.y) * -dy) / len;
        return along > 0 && len > along - headRadiusM();
    }

    /**
     * An arrow clear of others: where its drawn shape ({@link #arrowShape}) would meet one of theirs (lying on
     * the side, seen from the front, the AP shear's hollow arrow lay on the compression's head: both act at
     * the disc's centre), it is slid along its line of action away from the point it acts at (a shear
     * forward from it, a compression or a push back from it) as little as clears them by {@link
     * #ARROW_GAP_WIDTHS} of its shaft's width along its line, still clear of the centre-of-mass symbol
     * ({@link Keep#clear}).
     *
     * @param a the arrow, already clear of the symbol
     * @param others the arrows it keeps clear of
     * @param keep what it keeps clear of, and the arrows' shaft width (m, above 0)
     * @return the arrow, slid where it met another; null where no slide of up to two of its lengths clears
     *     them
     */
    private static Arrow clearOf(Arrow a, List<Arrow> others, Keep keep) {
        double w = keep.shaftWidthM();
        List<Area> shapes = new ArrayList<>(others.size());
        for (Arrow b : others) {
            shapes.add(shape(b, w));
        }
        if (meetsNone(a, 0, shapes, w)) {
            return a;
        }
        double sign = a.kind() == ArrowKind.SHEAR ? -1 : 1;
        double gap = ARROW_GAP_WIDTHS * w / a.tailM().distance(a.tipM());
        // the least slide (in arrow lengths, at most two) that clears them by the gap; where the floor stops
        // it that way, the other way along its line, past its point
        for (double way : new double[] {sign, -sign}) {
            double t = leastSlide(2.0, true, s -> clearBy(a, way, s, gap, shapes, keep));
            if (!Double.isNaN(t)) {
                return slid(a, way * t);
            }
        }
        return null;
    }

    /** Gap left between two arrows that would meet, once slid apart (widths of an arrow's shaft). */
    private static final double ARROW_GAP_WIDTHS = 0.5;

    /**
     * @return whether the arrow slid {@code t} of its lengths away from its point ({@code sign}: back, 1, or
     *     forward, -1) is clear of the symbol and meets none of {@code others}, nor would {@code gap} lengths
     *     nearer its point
     */
    private static boolean clearBy(Arrow a, double sign, double t, double gap, List<Area> others, Keep keep) {
        return keep.clear(a.tailM(), a.tipM(), sign * t) && meetsNone(a, sign * t, others, keep.shaftWidthM())
                && meetsNone(a, sign * (t - gap), others, keep.shaftWidthM());
    }

    /** @return the arrow slid back along its line by {@code back} of its lengths (forward where negative) */
    private static Arrow slid(Arrow a, double back) {
        double dx = a.tipM().x - a.tailM().x;
        double dy = a.tipM().y - a.tailM().y;
        return new Arrow(a.kind(), new Point2D.Double(a.tailM().x - back * dx, a.tailM().y - back * dy),
                new Point2D.Double(a.tipM().x - back * dx, a.tipM().y - back * dy), a.hollow(), a.endOn(),
                a.seenShare());
    }

    /** @return an arrow's drawn shape ({@link #arrowShape}) at a shaft width (m); empty for one of no length */
    private static Area shape(Arrow a, double shaftWidthM) {
        Path2D.Double p = arrowShape(a.tailM(), a.tipM(), (float) shaftWidthM);
        Area area = p == null ? new Area() : new Area(p);
        if (a.endOn() != 0 && p != null) {
            area.add(new Area(endOnCircle(a.tailM(), a.tipM(), shaftWidthM)));
        }
        return area;
    }

    /** @return whether the arrow slid back by {@code back} of its lengths meets none of {@code others} */
    private static boolean meetsNone(Arrow a, double back, List<Area> others, double shaftWidthM) {
        Area shape = shape(slid(a, back), shaftWidthM);
        for (Area o : others) {
            Area both = new Area(shape);
            both.intersect(o);
            if (!both.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** @return whether a force rounds to 0 N, as the legend writes it */
    private static boolean zero(double forceN) {
        return newtons(forceN).equals(newtons(0));
    }

    /**
     * @param kind what it shows
     * @param at the point the arrow ends on (its tip) or starts from (its tail)
     * @param dx the arrow to scale, across (m, projected)
     * @param dy the arrow to scale, up (m, projected): a force along the line of sight is foreshortened, and
     *     where what is seen of it is shorter than {@link #LEAST_ARROW_M} it is drawn that long and hollow
     *     like a small force (lying on the side, seen from the front, the 2 N AP shear points nearly at the
     *     viewer and was drawn a hollow mark of a millimetre)
     * @param towardM the arrow to scale toward the viewer (m, out of the view: +x from the front, +z from the
     *     right side)
     * @param tipAt whether {@code at} is its tip
     * @param dotR the radius of the dot at its tip (m; 0 for none)
     * @param keep what it keeps clear of
     * @return the arrow: lengthened to {@link #LEAST_ARROW_M} outside the dot, hollow, where shorter as seen;
     *     moved back along its line as little as keeps it clear ({@link Keep#clear})
     */
    private static Arrow arrow(ArrowKind kind, Point2D.Double at, double dx, double dy, double towardM,
                               boolean tipAt, double dotR, Point2D.Double com, Keep keep) {
        double seenM = Math.hypot(dx, dy);
        double trueM = Math.hypot(seenM, towardM);
        double seenShare = trueM == 0 ? 1 : seenM / trueM;
        boolean hollow = seenM < LEAST_ARROW_M + dotR;
        int endOn = hollow && Math.abs(towardM) > seenM ? (int) Math.signum(towardM) : 0;
        if (endOn != 0 && seenM == 0) {
            // seen exactly end-on: the mark's place laid out as an arrow across the view
            dx = Double.MIN_NORMAL;
            seenM = dx;
        }
        if (hollow && seenM > 0) {
            double f = (LEAST_ARROW_M + dotR) / seenM;
            dx *= f;
            dy *= f;
        }
        Point2D.Double tail = tipAt ? new Point2D.Double(at.x - dx, at.y - dy) : at;
        Point2D.Double tip = tipAt ? at : new Point2D.Double(at.x + dx, at.y + dy);
        double len2 = dx * dx + dy * dy;
        if (len2 == 0 || keep.clear(tail, tip, 0)) {
            return new Arrow(kind, tail, tip, hollow, endOn, seenShare);
        }
        // an upper bound: the tip at the entry of the line into the circle widened by the head's half width,
        // which clears every point of the shape (none lies farther than that from the line); points tail +
        // t (tip - tail), the entry and exit solving a quadratic in t
        double wide = keep.radiusM() + HEAD_LENGTH_WIDTHS * HEAD_HALF_WIDTH_SHARE * keep.shaftWidthM();
        double ex = tail.x - com.x;
        double ey = tail.y - com.y;
        double b = (ex * dx + ey * dy) / len2;
        double cc = (ex * ex + ey * ey - wide * wide) / len2;
        double hi = 1 + b + Math.sqrt(Math.max(0, b * b - cc));
        // then the least slide (in arrow lengths) that clears it; where the floor stops it going back, the
        // least slide forward, past its point (up to two of its lengths more)
        double bound = Math.max(hi, 2);
        double back = leastSlide(bound, true, s -> keep.clear(tail, tip, s));
        if (Double.isNaN(back)) {
            double forward = leastSlide(bound + 2, true, s -> keep.clear(tail, tip, -s));
            back = Double.isNaN(forward) ? bound : -forward;
        }
        return new Arrow(kind, new Point2D.Double(tail.x - back * dx, tail.y - back * dy),
                new Point2D.Double(tip.x - back * dx, tip.y - back * dy), hollow, endOn, seenShare);
    }

    /** Steps of the search for an arrow's least slide: of the scan, then of the bisection. */
    private static final int SLIDE_STEPS = 100;

    /**
     * The least slide that clears: the first clear of {@link #SLIDE_STEPS} equal steps up to {@code bound},
     * then {@link #SLIDE_STEPS} bisections between it and the step before.
     *
     * @param bound the largest slide tried (arrow lengths)
     * @param refuseIfNone whether a scan with no clear step gives NaN (else the bisection runs on 0 to
     *     {@code bound})
     * @param clear whether a slide clears
     * @return the slide (arrow lengths), or NaN
     */
    private static double leastSlide(double bound, boolean refuseIfNone, DoublePredicate clear) {
        double lo = 0;
        double hi = bound;
        boolean found = false;
        for (int i = 1; i <= SLIDE_STEPS; i++) {
            double t = bound * i / SLIDE_STEPS;
            if (clear.test(t)) {
                lo = bound * (i - 1) / SLIDE_STEPS;
                hi = t;
                found = true;
                break;
            }
        }
        if (!found && refuseIfNone) {
            return Double.NaN;
        }
        for (int i = 0; i < SLIDE_STEPS; i++) {
            double mid = (lo + hi) / 2;
            if (clear.test(mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * What a force arrow keeps clear of: a circle about the centre of mass (the symbol and the gap around
     * it) and the floor, by the arrow's shape as drawn.
     *
     * @param centre the circle's centre (m)
     * @param radiusM its radius (m)
     * @param shaftWidthM the arrows' shaft width (m; 0: a line without a head)
     * @param floorM the height no part of an arrow goes below (m): the floor's, raised by the upper half of
     *     the base of support's bar
     */
    private record Keep(Point2D.Double centre, double radiusM, double shaftWidthM, double floorM) {
        /**
         * @param tail the arrow's tail (m)
         * @param tip its tip (m)
         * @param back how far it is slid back along its line, in its lengths
         * @return whether the arrow so slid, its shaft and head as {@link #arrowShape} draws them, lies
         *     outside the circle and above the floor
         */
        boolean clear(Point2D.Double tail, Point2D.Double tip, double back) {
            double dx = tip.x - tail.x;
            double dy = tip.y - tail.y;
            double len = Math.hypot(dx, dy);
            double ux = dx / len;
            double uy = dy / len;
            double tx = tail.x - back * dx;
            double ty = tail.y - back * dy;
            double px = tip.x - back * dx;
            double py = tip.y - back * dy;
            Path2D.Double drawn = arrowShape(new Point2D.Double(tx, ty), new Point2D.Double(px, py),
                    (float) shaftWidthM);
            if (Math.min(ty, py) < floorM || drawn != null && drawn.getBounds2D().getMinY() < floorM) {
                return false;
            }
            double head = Math.min(shaftWidthM * HEAD_LENGTH_WIDTHS, len * 0.6);
            double bx = px - ux * head;
            double by = py - uy * head;
            if (Line2D.ptSegDist(tx, ty, bx, by, centre.x, centre.y) < radiusM + shaftWidthM / 2) {
                return false;
            }
            if (head == 0) {
                return Point2D.distance(px, py, centre.x, centre.y) >= radiusM;
            }
            double wing = head * HEAD_HALF_WIDTH_SHARE;
            Path2D.Double triangle = new Path2D.Double();
            triangle.moveTo(px, py);
            triangle.lineTo(bx - uy * wing, by + ux * wing);
            triangle.lineTo(bx + uy * wing, by - ux * wing);
            triangle.closePath();
            if (triangle.contains(centre)) {
                return false;
            }
            return Line2D.ptSegDist(px, py, bx - uy * wing, by + ux * wing, centre.x, centre.y) >= radiusM
                    && Line2D.ptSegDist(px, py, bx + uy * wing, by - ux * wing, centre.x, centre.y) >= radiusM
                    && Line2D.ptSegDist(bx - uy * wing, by + ux * wing, bx + uy * wing, by - ux * wing, centre.x,
                    centre.y) >= radiusM;
        }
    }

    /**
     * @return the colour of an arrow of a kind: compression and shear as in every chart, the pushes the theme's
     *     {@link LumbosimTheme#pushColor()}
     */
    private Color arrowColour(ArrowKind kind) {
        return switch (kind) {
            case COMPRESSION -> theme.seriesColor(LumbosimTheme.COMPRESSION_SERIES);
            case SHEAR -> theme.seriesColor(LumbosimTheme.SHEAR_SERIES);
            case PUSH -> theme.pushColor();
        };
    }

    /**
     * Draws a prop (furniture or the held load's box): filled, outlined.
     *
     * @return its outline, in pixels
     */
    private Shape prop(Graphics2D g, AffineTransform w, StickScene.Prop prop) {
        Path2D.Double path = new Path2D.Double();
        List<Point2D> o = outline(prop);
        path.moveTo(o.get(0).getX(), o.get(0).getY());
        for (int i = 1; i < o.size(); i++) {
            path.lineTo(o.get(i).getX(), o.get(i).getY());
        }
        path.closePath();
        Shape shape = w.createTransformedShape(path);
        g.setPaint(fillOf(prop.kind()));
        g.fill(shape);
        g.setPaint(edgeOf(prop.kind()));
        g.setStroke(new BasicStroke(theme.limitLineWidthPt()));
        g.draw(shape);
        return shape;
    }

    /**
     * Draws the held box and the base bar, then a halo of each chosen segment inside the box's outline, so
     * that the segments drawn next read as in front of the box.
     */
    private void boxWithHalos(Graphics2D g, AffineTransform w, float limb, BasicStroke halo,
                              Predicate<StickScene.Segment> inFront) {
        Shape boxShape = boxProp(g, w);
        baseBar(g, w, limb);
        Shape clip = g.getClip();
        g.clip(boxShape);
        for (StickScene.Segment sg : scene.segments()) {
            if (inFront.test(sg)) {
                segment(g, w, sg, theme.background(), halo);
            }
        }
        g.setClip(clip);
    }

    /**
     * Draws the held load's box.
     *
     * @return its outline, in pixels
     */
    private Shape boxProp(Graphics2D g, AffineTransform w) {
        Shape shape = null;
        for (StickScene.Prop prop : scene.props()) {
            if (prop.kind() == StickScene.PropKind.BOX) {
                shape = prop(g, w, prop);
            }
        }
        return shape;
    }

    /** Draws a leader line from the grips to the box, over a halo of the background where one is given. */
    private void leader(Graphics2D g, AffineTransform w, StickScene.Prop prop, BasicStroke halo) {
        List<double[]> o = prop.outline();
        Shape line = w.createTransformedShape(new Line2D.Double(o.get(0)[0], o.get(0)[1], o.get(1)[0], o.get(1)[1]));
        if (halo != null) {
            g.setPaint(theme.background());
            g.setStroke(halo);
            g.draw(line);
        }
        g.setPaint(edgeOf(prop.kind()));
        g.setStroke(new BasicStroke(theme.limitLineWidthPt()));
        g.draw(line);
    }

    /**
     * Draws the base of support: a bar on the floor over the load-bearing contacts' extent, in the text's
     * colour (the palette's green is the shear's).
     */
    private void baseBar(Graphics2D g, AffineTransform w, float limb) {
        double[] base = baseExtent();
        g.setPaint(theme.textColor());
        g.setStroke(new BasicStroke(baseBarWidthPx(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(w.createTransformedShape(new Line2D.Double(base[0], scene.floorYM(), base[1], scene.floorYM())));
    }

    /**
     * @param kind a prop's kind
     * @return its fill: the held load's box the theme's {@link LumbosimTheme#heldLoadFill()}, the
     *     furniture {@link LumbosimTheme#furnitureFill()}
     */
    Color fillOf(StickScene.PropKind kind) {
        return kind == StickScene.PropKind.BOX || kind == StickScene.PropKind.LEADER ? theme.heldLoadFill()
                : theme.furnitureFill();
    }

    /**
     * @param kind a prop's kind
     * @return its outline: the held load's box and its leader line {@link LumbosimTheme#heldLoadEdge()},
     *     the furniture {@link LumbosimTheme#furnitureEdge()}
     */
    Color edgeOf(StickScene.PropKind kind) {
        return kind == StickScene.PropKind.BOX || kind == StickScene.PropKind.LEADER ? theme.heldLoadEdge()
                : theme.furnitureEdge();
    }

    /** Margin around the figure's drawing (px). */
    private static final double MARGIN_PX = 16;

    /**
     * One line of a figure's legend.
     *
     * @param text what it says
     * @param color its colour
     * @param row its row, 0 at the top of the legend
     * @param boxPx where it is drawn (px): left, top, width and height of its line
     */
    record Label(String text, Color color, int row, Rectangle2D boxPx) {
    }

    /** Top of the legend's first row (px): below the title, if any. */
    private double textTopPx(Rectangle2D area, FontMetrics titleMetrics) {
        return area.getY() + 6 + (title.isEmpty() ? 0 : titleMetrics.getHeight() + 6);
    }

    /**
     * The legend's lines, placed so that none overlaps another: the values of the drawn forces
     * left-aligned, one a row from the top (the disc's compression, its AP shear, the thighs' push on
     * the trunk where there is one); each of the view's {@link #notes()} right-aligned on the first of
     * those rows that leaves room for it beside the value there and holds no other note, else on a row
     * of its own below them.
     *
     * @param g where the figure is drawn (for the fonts' metrics)
     * @param area the figure's area (px)
     * @return the lines, with their boxes
     */
    List<Label> labels(Graphics2D g, Rectangle2D area) {
        Font titleFont = fitted(g, theme.titleFont(), title, area.getWidth() * TITLE_WIDTH_SHARE);
        FontMetrics fm = g.getFontMetrics(theme.legendFont());
        double top = textTopPx(area, g.getFontMetrics(titleFont));
        double h = fm.getHeight();
        double left = area.getX() + MARGIN_PX;
        double right = area.getMaxX() - MARGIN_PX;
        String lv = load.level().label();
        int compressionEndOn = endOn(ArrowKind.COMPRESSION);
        List<String> texts = new ArrayList<>(List.of(lv + " compression " + newtons(load.compressionN())
                + (compressionEndOn != 0 ? " (" + seen(compressionEndOn) + ")"
                : seenAtAnAngle(ArrowKind.COMPRESSION) ? " (" + AT_AN_ANGLE + ")" : ""),
                lv + " AP shear " + shearText(load.apShearN(), endOn(ArrowKind.SHEAR),
                        seenAtAnAngle(ArrowKind.SHEAR))));
        List<Color> colors = new ArrayList<>(List.of(theme.seriesColor(LumbosimTheme.COMPRESSION_SERIES),
                theme.seriesColor(LumbosimTheme.SHEAR_SERIES)));
        if (scene.trunkOnThighs() != null) {
            texts.add("thighs' push on the trunk " + newtons(scene.trunkOnThighs().forceN()));
            colors.add(theme.pushColor());
        }
        String hands = handsText(carriedHands());
        if (!hands.isEmpty()) {
            texts.add(hands);
            colors.add(theme.pushColor());
        }
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Label(texts.get(i), colors.get(i), i,
                    new Rectangle2D.Double(left, top + i * h, fm.stringWidth(texts.get(i)), h)));
        }
        // each note on a row of its own: a wide card's notes beside the values, a narrow card's below them
        int below = texts.size();
        boolean[] taken = new boolean[texts.size()];
        for (String note : notes()) {
            double width = fm.stringWidth(note);
            double gap = fm.stringWidth("  ");
            int row = -1;
            for (int i = 0; i < texts.size() && row < 0; i++) {
                if (!taken[i] && out.get(i).boxPx().getMaxX() + gap <= right - width) {
                    row = i;
                    taken[i] = true;
                }
            }
            if (row < 0) {
                row = below++;
            }
            out.add(new Label(note, theme.textColor(), row, new Rectangle2D.Double(right - width, top + row * h,
                    width, h)));
        }
        return out;
    }

    /**
     * @param carried the thighs' pushes on the hands they carry
     * @return the legend's line for them, e.g. {@code "thighs' push on each hand 9 N"}, {@code "thighs'
     *     push on the hands 9 N (left), 8 N (right)"} or {@code "thighs' push on the left hand 9 N"};
     *     empty for none
     */
    static String handsText(List<HandOnThighPush> carried) {
        if (carried.isEmpty()) {
            return "";
        }
        if (carried.size() == 1) {
            return "thighs' push on the " + carried.get(0).side().id() + " hand " + newtons(carried.get(0).forceN());
        }
        String a = newtons(carried.get(0).forceN());
        String b = newtons(carried.get(1).forceN());
        if (a.equals(b)) {
            return "thighs' push on each hand " + a;
        }
        return "thighs' push on the hands " + a + " (" + carried.get(0).side().id() + "), " + b + " ("
                + carried.get(1).side().id() + ")";
    }

    /**
     * @param figures a set of figures
     * @return the caption's sentences on the cards' notes when one of the figures draws an arm across a
     *     leg it passes beside ({@link #ARM_BESIDE_LEG}), a box between the knees ({@link #BOX_BETWEEN_KNEES})
     *     or beside a body not on its feet ({@link #BOX_BESIDE_BODY}), a hollow arrow ({@link
     *     #HOLLOW_NOTE}) or a force seen end-on ({@link Arrow#endOn()}), with a leading space; else empty
     */
    public static String besideLegCaption(List<StickFigure> figures) {
        Checks.givenEach(figures, "figures");
        boolean arm = false;
        boolean box = false;
        boolean beside = false;
        boolean hollow = false;
        boolean endOn = false;
        for (StickFigure f : figures) {
            for (ArrowKind kind : ArrowKind.values()) {
                endOn |= f.endOn(kind) != 0;
            }
            arm |= !f.frontal() && f.scene.armPassesBesideLeg();
            box |= !f.frontal() && f.scene.boxBetweenLegs();
            beside |= !f.frontal() && f.scene.boxBesideBody();
            hollow |= f.anyHollow();
        }
        String out = "";
        if (arm) {
            out += " The far (left) limbs are drawn lighter; a near arm drawn across a leg with a white edge"
                    + " passes beside it, outside thigh and knee (the card says \"" + ARM_BESIDE_LEG
                    + "\": clear of it in 3-D by the limbs' mean girths, ANSUR II 2012).";
        }
        if (box) {
            out += " A box drawn over the far leg and under the near one is held between the knees, in front of"
                    + " the hips (the card says \"" + BOX_BETWEEN_KNEES + "\").";
        }
        if (beside) {
            out += " A box drawn behind the trunk or legs of a body not on its feet is held at the hands, beside the"
                    + " body, where the load acts (the card says \"" + BOX_BESIDE_BODY + "\").";
        }
        if (hollow) {
            out += " A hollow arrow is a force too small, or seen too nearly end-on, to see to scale, drawn "
                    + LimitLines.number(LEAST_ARROW_M, 2)
                    + " m of the body long; its value is the legend's (the card says \"" + HOLLOW_NOTE + "\").";
        }
        if (endOn) {
            out += " A circle with a dot is a force seen end-on pointing toward the viewer, with a cross away from"
                    + " the viewer (the legend says which).";
        }
        return out;
    }

    /**
     * @return the view's note at the top right: "front view" for a frontal figure; in a side view
     *     whose near arm is drawn across a leg it passes beside in 3-D ({@link
     *     StickScene#armPassesBesideLeg()}), {@link #ARM_BESIDE_LEG}; where the box is held between the
     *     knees ({@link StickScene#boxBetweenLegs()}), {@link #BOX_BETWEEN_KNEES}; where it is held at the
     *     hands beside a body not on its feet ({@link StickScene#boxBesideBody()}), {@link #BOX_BESIDE_BODY};
     *     in either view, where an arrow is drawn hollow ({@link Arrow#hollow()}), {@link #HOLLOW_NOTE}; all
     *     joined by commas; else empty
     */
    public String note() {
        return String.join(", ", notes());
    }

    /** @return the view's notes, each shown on a row of its own ({@link #note()} joins them) */
    List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (frontal()) {
            notes.add("front view");
        } else {
            if (scene.armPassesBesideLeg()) {
                notes.add(ARM_BESIDE_LEG);
            }
            if (scene.boxBetweenLegs()) {
                notes.add(BOX_BETWEEN_KNEES);
            }
            if (scene.boxBesideBody()) {
                notes.add(BOX_BESIDE_BODY);
            }
        }
        if (anyHollow()) {
            notes.add(HOLLOW_NOTE);
        }
        return notes;
    }

    /** @return whether an arrow is drawn hollow, longer than to scale */
    boolean anyHollow() {
        for (Arrow a : arrowsM(arrowMPerN(), 0)) {
            if (a.hollow() && a.endOn() == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param kind a force
     * @return +1 where its arrow is drawn as seen end-on toward the viewer, -1 away ({@link Arrow#endOn()}),
     *     else 0
     */
    int endOn(ArrowKind kind) {
        for (Arrow a : arrowsM(arrowMPerN(), 0)) {
            if (a.kind() == kind && a.endOn() != 0) {
                return a.endOn();
            }
        }
        return 0;
    }

    /**
     * @param kind a force
     * @return whether its arrow is drawn seen at an angle: not end-on, and shown shorter than
     *     {@link #FORESHORTENED_SHARE} of its length ({@link Arrow#seenShare})
     */
    boolean seenAtAnAngle(ArrowKind kind) {
        for (Arrow a : arrowsM(arrowMPerN(), 0)) {
            if (a.kind() == kind) {
                return a.endOn() == 0 && a.seenShare() < FORESHORTENED_SHARE;
            }
        }
        return false;
    }

    /**
     * @param k arrow length per newton (m/N)
     * @return what the figure draws, projected: least and greatest horizontal, least and greatest
     *     vertical coordinate (m), with room for the head and the floor's hatching
     */
    double[] extentM(double k) {
        List<Point2D> pts = new ArrayList<>();
        for (StickScene.Segment sg : scene.segments()) {
            pts.add(q(sg.from()));
            pts.add(q(sg.to()));
        }
        for (StickScene.Prop prop : scene.props()) {
            if (prop.kind() != StickScene.PropKind.LEADER || !frontal()) {
                pts.addAll(outline(prop));
            }
        }
        for (Arrow arrow : arrowsM(k, 0)) {
            pts.add(arrow.tailM());
            pts.add(arrow.tipM());
        }
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = scene.floorYM();
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point2D pt : pts) {
            minX = Math.min(minX, pt.getX());
            maxX = Math.max(maxX, pt.getX());
            minY = Math.min(minY, pt.getY());
            maxY = Math.max(maxY, pt.getY());
        }
        double headR = headRadiusM();
        return new double[] {minX - headR, maxX + headR, minY - headR * 0.3, maxY + headR * 0.2};
    }

    /**
     * @param apShearN an AP shear (N)
     * @return its value and direction in words, e.g. {@code "120 N (anterior)"}; no direction when it
     *     rounds to 0 N (never "-0 N")
     */
    static String shearText(double apShearN) {
        return shearText(apShearN, 0);
    }

    /** @return "toward the viewer" (+1) or "away from the viewer" (-1): where a force seen end-on points */
    private static String seen(int endOn) {
        return endOn > 0 ? "toward the viewer" : "away from the viewer";
    }

    /**
     * @param apShearN an AP shear (N)
     * @param endOn where its arrow is seen end-on ({@link Arrow#endOn()}), 0 for not
     * @return its value and direction in words, and where it is seen end-on which way it points, e.g.
     *     {@code "2 N (anterior, toward the viewer)"}; no direction when it rounds to 0 N (never "-0 N")
     */
    static String shearText(double apShearN, int endOn) {
        return shearText(apShearN, endOn, false);
    }

    /** What a legend line says of a force drawn at an angle ({@link #seenAtAnAngle}). */
    static final String AT_AN_ANGLE = "seen at an angle";

    /**
     * @param apShearN an AP shear (N)
     * @param endOn where its arrow is seen end-on ({@link Arrow#endOn()}), 0 for not
     * @param atAnAngle whether its arrow is drawn seen at an angle ({@link #seenAtAnAngle})
     * @return as {@link #shearText(double, int)}, with "seen at an angle" where so
     */
    static String shearText(double apShearN, int endOn, boolean atAnAngle) {
        String v = newtons(apShearN);
        if (v.equals(newtons(0))) {
            return v;
        }
        return v + (apShearN > 0 ? " (anterior" : " (posterior") + (endOn == 0 ? "" : ", " + seen(endOn))
                + (endOn == 0 && atAnAngle ? ", " + AT_AN_ANGLE : "") + ")";
    }

    /** @return the base of support's extent across the view (m): along x, or along -z from the front */
    private double[] baseExtent() {
        if (!frontal()) {
            return new double[] {scene.baseMinXM(), scene.baseMaxXM()};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (StickScene.Contact c : scene.contacts()) {
            if (!c.onSurroundings()) {
                continue;
            }
            lo = Math.min(lo, -c.pointM().zM());
            hi = Math.max(hi, -c.pointM().zM());
        }
        return lo > hi ? new double[] {0, 0} : new double[] {lo, hi};
    }

    private void segment(Graphics2D g, AffineTransform w, StickScene.Segment sg, Color c, BasicStroke stroke) {
        g.setPaint(c);
        g.setStroke(stroke);
        g.draw(w.createTransformedShape(new Line2D.Double(q(sg.from()), q(sg.to()))));
    }

    /** @return the radius of the head's circle as drawn (m): three tenths of its top's distance from C7 */
    double headRadiusM() {
        PositionM top = pose.landmarks().get(Landmark.HEAD_TOP);
        PositionM c7 = pose.landmarks().get(Landmark.C7);
        return Math.sqrt(Math.pow(top.xM() - c7.xM(), 2) + Math.pow(top.yM() - c7.yM(), 2)
                + Math.pow(top.zM() - c7.zM(), 2)) * 0.3;
    }

    /**
     * The outline of a force arrow (px): a shaft of the given width from {@code from} to the head's base
     * and a head {@link #HEAD_LENGTH_WIDTHS} widths long (at most 0.6 of the arrow), {@link
     * #HEAD_HALF_WIDTH_SHARE} of its length wide on either side, its point at {@code to}.
     *
     * @param from the tail (px)
     * @param to the tip (px)
     * @param width the shaft's width (px)
     * @return the outline, or null for an arrow shorter than a millionth of a pixel
     */
    static Path2D.Double arrowShape(Point2D from, Point2D to, float width) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double len = Math.hypot(dx, dy);
        if (len < 1e-6) {
            return null;
        }
        double ux = dx / len;
        double uy = dy / len;
        double head = Math.min(width * HEAD_LENGTH_WIDTHS, len * 0.6);
        double baseX = to.getX() - ux * head;
        double baseY = to.getY() - uy * head;
        double hw = width / 2.0;
        double wing = head * HEAD_HALF_WIDTH_SHARE;
        Path2D.Double p = new Path2D.Double();
        p.moveTo(from.getX() - uy * hw, from.getY() + ux * hw);
        p.lineTo(baseX - uy * hw, baseY + ux * hw);
        p.lineTo(baseX - uy * wing, baseY + ux * wing);
        p.lineTo(to.getX(), to.getY());
        p.lineTo(baseX + uy * wing, baseY - ux * wing);
        p.lineTo(baseX + uy * hw, baseY - ux * hw);
        p.lineTo(from.getX() + uy * hw, from.getY() - ux * hw);
        p.closePath();
        return p;
    }

    /**
     * Draws a force arrow: filled, or hollow (the background inside an outline of its colour drawn within
     * the shape, so that nothing is drawn outside it: a mitred outline's point reached past the tip).
     */
    private void arrow(Graphics2D g, Point2D from, Point2D to, Color c, float width, boolean hollow) {
        Path2D.Double shape = arrowShape(from, to, width);
        if (shape == null) {
            return;
        }
        g.setPaint(hollow ? theme.background() : c);
        g.fill(shape);
        if (hollow) {
            Shape clip = g.getClip();
            g.clip(shape);
            g.setPaint(c);
            g.setStroke(new BasicStroke(2 * theme.limitLineWidthPt(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(shape);
            g.setClip(clip);
        }
    }

    /**
     * @param from the tail of the arrow the mark replaces (px)
     * @param to its tip (px)
     * @param width its shaft's width (px)
     * @return the end-on mark's circle: centred halfway along the arrow it replaces, {@link
     *     #END_ON_RADIUS_WIDTHS} shaft widths in radius, at most half the arrow's length (the layout keeps
     *     it clear of the other arrows: {@link #shape})
     */
    static Ellipse2D endOnCircle(Point2D from, Point2D to, double width) {
        double len = from.distance(to);
        double r = Math.min(width * END_ON_RADIUS_WIDTHS, len / 2);
        double cx = (from.getX() + to.getX()) / 2;
        double cy = (from.getY() + to.getY()) / 2;
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /**
     * Radius of the end-on mark ({@link #endOnCircle}) in shaft widths: the head of an arrow is 4.5 shaft
     * widths wide; the mark's dot or cross must read on a slide. Drawing choice.
     */
    static final double END_ON_RADIUS_WIDTHS = 4;

    /**
     * Draws a force seen end-on ({@link Arrow#endOn()}): a circle of its colour on the background with a dot
     * in it (toward the viewer) or a cross (away), in place of an arrow along its tiny projection.
     */
    private void endOnMark(Graphics2D g, Point2D from, Point2D to, Color c, float width, int endOn) {
        Ellipse2D circle = endOnCircle(from, to, width);
        double r = circle.getWidth() / 2;
        double cx = circle.getCenterX();
        double cy = circle.getCenterY();
        g.setPaint(theme.background());
        g.fill(circle);
        g.setPaint(c);
        float line = (float) Math.max(1, r / 4);
        g.setStroke(new BasicStroke(line));
        g.draw(new Ellipse2D.Double(cx - r + line / 2, cy - r + line / 2, 2 * r - line, 2 * r - line));
        if (endOn > 0) {
            double d = r / 3;
            g.fill(new Ellipse2D.Double(cx - d, cy - d, 2 * d, 2 * d));
        } else {
            double d = (r - line) * Math.sqrt(0.5);
            g.draw(new Line2D.Double(cx - d, cy - d, cx + d, cy + d));
            g.draw(new Line2D.Double(cx - d, cy + d, cx + d, cy - d));
        }
    }

    private static String newtons(double v) {
        return LimitLines.newtons(v);
    }

    /** Widest share of the figure a title may take before its font is made smaller. */
    private static final double TITLE_WIDTH_SHARE = 0.94;

    /**
     * @return {@code font}, or a smaller size of it (never below half) so that {@code text} fits
     *     {@code widthPx}: a long title shrinks instead of running off a small card
     */
    static Font fitted(Graphics2D g, Font font, String text, double widthPx) {
        double w = g.getFontMetrics(font).stringWidth(text);
        if (w <= widthPx || w == 0) {
            return font;
        }
        return font.deriveFont((float) Math.max(font.getSize2D() / 2, font.getSize2D() * widthPx / w));
    }
}
