package org.lumbosim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.BodyPose;
import org.lumbosim.result.LevelLoad;

/**
 * A sagittal-plane stick figure of a solved pose (x anterior to the right, y up, true proportions),
 * with every lumbar disc drawn at its true angle and one disc's compression and AP shear drawn as
 * arrows to scale, with a scale bar in newtons. Pure Java2D, headless, immutable.
 *
 * @param pose where the body is
 * @param load the loads of the disc whose forces are drawn
 * @param title title drawn at the top (may be empty)
 * @param theme the look
 */
public record StickFigure(BodyPose pose, LevelLoad load, String title, LumbosimTheme theme) implements Drawable {

    /**
     * Anterior-posterior depth at which discs are drawn (m). A drawing size only, close to the
     * usual adult lumbar disc depth; no computation uses it.
     */
    public static final double DISC_DRAWN_DEPTH_M = 0.045;
    /** Length in the figure of the longer force arrow (m, in body coordinates). */
    public static final double LONGEST_ARROW_M = 0.32;

    /** Checks that nothing is missing. */
    public StickFigure {
        if (pose == null || load == null || title == null || theme == null) {
            throw new IllegalArgumentException("pose, load, title and theme are all required");
        }
    }

    /**
     * @param result a solve
     * @param level the level whose forces are drawn as arrows
     * @param title title (may be empty)
     * @param theme the look
     * @return the figure
     */
    public static StickFigure of(AnalysisResult result, SpinalLevel level, String title, LumbosimTheme theme) {
        return new StickFigure(result.pose(), result.level(level), title, theme);
    }

    /** @return the round force (N) the scale bar shows: 1, 2 or 5 times a power of ten */
    public double scaleBarN() {
        double longest = Math.max(Math.abs(load.compressionN()), Math.abs(load.apShearN()));
        return niceRound(Math.max(longest, 1) / 3);
    }

    /** @return arrow length per newton (m of body coordinates per N) */
    public double arrowMPerN() {
        double longest = Math.max(Math.abs(load.compressionN()), Math.abs(load.apShearN()));
        return LONGEST_ARROW_M / Math.max(longest, 1);
    }

    private static double niceRound(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        double m = v / p;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
    }

    private Point2D.Double p(Landmark l) {
        PositionM q = pose.landmarks().get(l);
        return new Point2D.Double(q.xM(), q.yM());
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

    private void drawInto(Graphics2D g, Rectangle2D area) {
        int li = load.level().ordinal();
        Point2D.Double centre = toPoint(pose.discCentres().get(li));
        Point2D.Double n = toPoint(pose.discNormals().get(li));
        Point2D.Double a = toPoint(pose.discAnteriors().get(li));
        double k = arrowMPerN();
        // compression: the force squeezing the disc, drawn pushing down on it along -n, tip at the disc
        Point2D.Double compTail = new Point2D.Double(centre.x + n.x * load.compressionN() * k,
                centre.y + n.y * load.compressionN() * k);
        // AP shear on the upper vertebra, along +a (positive = anterior), tail at the disc
        Point2D.Double shearTip = new Point2D.Double(centre.x + a.x * load.apShearN() * k,
                centre.y + a.y * load.apShearN() * k);

        // layout: title band, then the body scaled uniformly into the rest
        Font titleFont = theme.titleFont();
        Font textFont = theme.legendFont();
        FontMetrics tfm = g.getFontMetrics(titleFont);
        double top = area.getY() + (title.isEmpty() ? 8 : tfm.getHeight() + 12);
        double textBlock = g.getFontMetrics(textFont).getHeight() * 3.4;
        List<Point2D> pts = new ArrayList<>();
        for (PositionM q : pose.landmarks().values()) {
            pts.add(new Point2D.Double(q.xM(), q.yM()));
        }
        pts.add(compTail);
        pts.add(shearTip);
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point2D q : pts) {
            minX = Math.min(minX, q.getX());
            maxX = Math.max(maxX, q.getX());
            minY = Math.min(minY, q.getY());
            maxY = Math.max(maxY, q.getY());
        }
        double headR = headRadiusM();
        maxY += headR * 0.2;
        minX -= headR;
        maxX += headR;
        double margin = 16;
        Rectangle2D box = new Rectangle2D.Double(area.getX() + margin, top + textBlock,
                area.getWidth() - 2 * margin, area.getMaxY() - top - textBlock - margin - 10);
        double s = Math.min(box.getWidth() / (maxX - minX), box.getHeight() / (maxY - minY));
        double ox = box.getCenterX() - s * (minX + maxX) / 2;
        double oy = box.getCenterY() + s * (minY + maxY) / 2;
        AffineTransform w = new AffineTransform(s, 0, 0, -s, ox, oy);

        Color body = new Color(120, 120, 120);
        Color far = new Color(190, 190, 190);
        float limb = theme.lineWidthPt() * 1.6f;
        BasicStroke bodyStroke = new BasicStroke(limb, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

        // ground under the feet
        double groundY = Math.min(p(Landmark.TOE_LEFT).y, p(Landmark.ANKLE_LEFT).y);
        groundY = Math.min(groundY, Math.min(p(Landmark.TOE_RIGHT).y, p(Landmark.ANKLE_RIGHT).y));
        g.setPaint(theme.gridColor());
        g.setStroke(new BasicStroke(theme.limitLineWidthPt()));
        g.draw(w.createTransformedShape(new Line2D.Double(minX, groundY, maxX, groundY)));

        // left side (far from the viewer) lighter, right side solid
        drawLimbs(g, w, far, bodyStroke, Landmark.SHOULDER_LEFT, Landmark.ELBOW_LEFT, Landmark.WRIST_LEFT,
                Landmark.GRIP_LEFT, Landmark.HIP_LEFT, Landmark.KNEE_LEFT, Landmark.ANKLE_LEFT, Landmark.TOE_LEFT);
        // spine: sacrum (mid hip to L5-S1), lumbar discs, thoracic line to C7, head
        Point2D.Double hipMid = mid(p(Landmark.HIP_LEFT), p(Landmark.HIP_RIGHT));
        Path2D.Double spine = new Path2D.Double();
        spine.moveTo(hipMid.x, hipMid.y);
        for (PositionM c : pose.discCentres()) {
            spine.lineTo(c.xM(), c.yM());
        }
        Point2D.Double c7 = p(Landmark.C7);
        spine.lineTo(c7.x, c7.y);
        g.setPaint(body);
        g.setStroke(bodyStroke);
        g.draw(w.createTransformedShape(spine));
        Point2D.Double shoulderMid = mid(p(Landmark.SHOULDER_LEFT), p(Landmark.SHOULDER_RIGHT));
        g.draw(w.createTransformedShape(new Line2D.Double(c7, shoulderMid)));
        Point2D.Double headTop = p(Landmark.HEAD_TOP);
        Point2D.Double headC = new Point2D.Double(headTop.x + (c7.x - headTop.x) * 0.4,
                headTop.y + (c7.y - headTop.y) * 0.4);
        g.draw(w.createTransformedShape(new Line2D.Double(c7, headC)));
        Shape head = w.createTransformedShape(new Ellipse2D.Double(headC.x - headR, headC.y - headR, 2 * headR,
                2 * headR));
        g.setPaint(theme.background());
        g.fill(head);
        g.setPaint(body);
        g.draw(head);
        drawLimbs(g, w, body, bodyStroke, Landmark.SHOULDER_RIGHT, Landmark.ELBOW_RIGHT, Landmark.WRIST_RIGHT,
                Landmark.GRIP_RIGHT, Landmark.HIP_RIGHT, Landmark.KNEE_RIGHT, Landmark.ANKLE_RIGHT,
                Landmark.TOE_RIGHT);
        g.setStroke(bodyStroke);
        g.draw(w.createTransformedShape(new Line2D.Double(hipMid, p(Landmark.HIP_RIGHT))));

        // discs at their true angle: a bar along the disc's anterior axis
        for (int i = 0; i < pose.discCentres().size(); i++) {
            Point2D.Double c = toPoint(pose.discCentres().get(i));
            Point2D.Double ai = toPoint(pose.discAnteriors().get(i));
            double h = DISC_DRAWN_DEPTH_M / 2;
            boolean shown = i == li;
            g.setPaint(shown ? theme.seriesColor(3) : theme.seriesColor(5));
            g.setStroke(new BasicStroke(limb * (shown ? 2.4f : 1.8f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(w.createTransformedShape(new Line2D.Double(c.x - ai.x * h, c.y - ai.y * h, c.x + ai.x * h,
                    c.y + ai.y * h)));
        }

        // force arrows, to scale
        Color compColor = theme.seriesColor(1);
        Color shearColor = theme.seriesColor(0);
        float arrowW = theme.lineWidthPt() * 1.4f;
        arrow(g, w.transform(compTail, null), w.transform(centre, null), compColor, arrowW);
        if (Math.abs(load.apShearN()) > 1e-9) {
            arrow(g, w.transform(centre, null), w.transform(shearTip, null), shearColor, arrowW);
        }

        // texts: title, values, scale bar
        double y = area.getY() + 6;
        if (!title.isEmpty()) {
            g.setFont(titleFont);
            g.setPaint(theme.textColor());
            g.drawString(title, (float) (area.getCenterX() - tfm.stringWidth(title) / 2.0),
                    (float) (y + tfm.getAscent()));
            y += tfm.getHeight() + 6;
        }
        g.setFont(textFont);
        FontMetrics fm = g.getFontMetrics();
        float x0 = (float) (area.getX() + margin);
        String lv = load.level().label();
        g.setPaint(compColor);
        g.drawString(lv + " compression " + newtons(load.compressionN()), x0, (float) (y + fm.getAscent()));
        g.setPaint(shearColor);
        g.drawString(lv + " AP shear " + newtons(load.apShearN()) + (load.apShearN() >= 0 ? " (anterior)"
                : " (posterior)"), x0, (float) (y + fm.getHeight() + fm.getAscent()));
        double barN = scaleBarN();
        double barPx = barN * k * s;
        float by = (float) (y + 2.3 * fm.getHeight());
        g.setPaint(theme.textColor());
        g.setStroke(new BasicStroke(theme.limitLineWidthPt() * 1.5f));
        g.draw(new Line2D.Double(x0, by + fm.getHeight() / 2.0, x0 + barPx, by + fm.getHeight() / 2.0));
        g.draw(new Line2D.Double(x0, by + fm.getHeight() * 0.25, x0, by + fm.getHeight() * 0.75));
        g.draw(new Line2D.Double(x0 + barPx, by + fm.getHeight() * 0.25, x0 + barPx, by + fm.getHeight() * 0.75));
        g.drawString("= " + newtons(barN), (float) (x0 + barPx + 8), by + fm.getAscent());
    }

    private void drawLimbs(Graphics2D g, AffineTransform w, Color c, BasicStroke stroke, Landmark shoulder,
                           Landmark elbow, Landmark wrist, Landmark grip, Landmark hip, Landmark knee, Landmark ankle,
                           Landmark toe) {
        g.setPaint(c);
        g.setStroke(stroke);
        polyline(g, w, shoulder, elbow, wrist, grip);
        polyline(g, w, hip, knee, ankle, toe);
    }

    private void polyline(Graphics2D g, AffineTransform w, Landmark... marks) {
        Path2D.Double path = new Path2D.Double();
        Point2D.Double first = p(marks[0]);
        path.moveTo(first.x, first.y);
        for (int i = 1; i < marks.length; i++) {
            Point2D.Double q = p(marks[i]);
            path.lineTo(q.x, q.y);
        }
        g.draw(w.createTransformedShape(path));
    }

    private double headRadiusM() {
        Point2D.Double top = p(Landmark.HEAD_TOP);
        return top.distance(p(Landmark.C7)) * 0.3;
    }

    private static void arrow(Graphics2D g, Point2D from, Point2D to, Color c, float width) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double len = Math.hypot(dx, dy);
        if (len < 1e-6) {
            return;
        }
        double ux = dx / len;
        double uy = dy / len;
        double head = Math.min(width * 5, len * 0.6);
        double baseX = to.getX() - ux * head;
        double baseY = to.getY() - uy * head;
        g.setPaint(c);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(from.getX(), from.getY(), baseX, baseY));
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(to.getX(), to.getY());
        tip.lineTo(baseX - uy * head * 0.45, baseY + ux * head * 0.45);
        tip.lineTo(baseX + uy * head * 0.45, baseY - ux * head * 0.45);
        tip.closePath();
        g.fill(tip);
    }

    private static Point2D.Double toPoint(PositionM q) {
        return new Point2D.Double(q.xM(), q.yM());
    }

    private static String newtons(double v) {
        return LimitLines.newtons(v);
    }
}
