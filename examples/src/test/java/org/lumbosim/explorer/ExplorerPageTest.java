package org.lumbosim.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.Lumbosim;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.load.PositionM;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.StickScene;

/**
 * The explorer's page in a real browser engine (HtmlUnit, no system install): it loads from the disc
 * with its compiled model, and after a slider or button changes, the numbers it shows are the Java
 * library's ({@link Lumbosim#analyze}) for the same inputs, to the page's rounding; an infeasible
 * setting shows a message and no number.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerPageTest {
    @TempDir
    static Path dir;
    static WebClient browser;
    static HtmlPage page;
    /** The page's figure scale (px per m), one for every setting. */
    static final double PX_PER_M = 200;

    /** Writes the page and loads it once (HtmlUnit interprets its 440 kB of script slowly); tests run in order. */
    @BeforeAll
    static void load() throws IOException {
        ExplorerPage.writeInto(dir);
        browser = new WebClient(BrowserVersion.CHROME);
        browser.getOptions().setThrowExceptionOnScriptError(true);
        browser.getOptions().setCssEnabled(false);
        page = browser.getPage(dir.resolve(ExplorerPage.FILE).toUri().toURL());
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    @Order(1)
    void opensWithTheLibrarysNumbersForItsStartingValues() {
        assertThat(page.getBody().getAttribute("data-ready")).isEqualTo("true");
        assertThat(page.asNormalizedText()).contains("lumbosim " + ExplorerPage.version())
                .contains("single-equivalent").doesNotContain("NaN")
                .contains(shown(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N, 0) + " N")
                .contains(shown(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N, 0) + " N")
                .contains(shown(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_FREQUENT_N, 0) + " N")
                .contains("action limit 3,400 N (dashed)").doesNotContain("3400");
        assertShows(ExplorerInputs.defaults());
    }

    @Test
    @Order(2)
    void slidersAndButtonsGiveTheLibrarysNumbers() {
        set("trunk", "40");
        set("lumbar", "25");
        set("knee", "30");
        set("load", "15");
        set("dist", "45");
        ExplorerInputs in = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 40, 25, 30, 15, 0.45);
        assertShows(in);
        click("female");
        set("stature", "162");
        set("mass", "58");
        assertShows(new ExplorerInputs(Sex.FEMALE, 1.62, 58, MuscleModelKind.SINGLE_EQUIVALENT, 40, 25, 30, 15, 0.45));
        click("multi");
        set("load", "2");
        set("dist", "20");
        set("trunk", "20");
        set("lumbar", "12");
        assertThat(page.getElementById("muscleName").getTextContent()).isEqualTo("multi-fascicle");
        assertShows(new ExplorerInputs(Sex.FEMALE, 1.62, 58, MuscleModelKind.MULTI_FASCICLE, 20, 12, 30, 2, 0.2));
    }

    @Test
    @Order(3)
    void anInfeasibleSettingShowsAMessageAndNoNumber() {
        click("multi");
        click("male");
        set("stature", "175");
        set("mass", "70");
        set("trunk", "0");
        set("lumbar", "0");
        set("knee", "0");
        set("load", "30");
        set("dist", "80");
        ExplorerInputs in = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.MULTI_FASCICLE, 0, 0, 0, 30, 0.8);
        assertThat(expected(in)).as("the library finds this setting infeasible too").isNull();
        assertThat(page.getElementById("status").getAttribute("data-status")).isEqualTo("infeasible");
        assertThat(page.getElementById("status").getTextContent()).startsWith("Infeasible: the muscles cannot balance");
        assertThat(page.getElementById("comp-L5-S1")).isNull();
        assertThat(page.getElementById("rows").getTextContent()).contains("no loads: infeasible recruitment")
                .doesNotContainPattern("[0-9]{3}");
        assertThat(page.asNormalizedText()).doesNotContain("NaN").doesNotContain("Infinity");
        click("single");
        set("trunk", "0");
        set("lumbar", "0");
        set("load", "10");
        set("dist", "30");
        assertShows(ExplorerInputs.defaults());
    }

    @Test
    @Order(4)
    void theFigureShowsTheDiscsTheLoadAndHowFarTheHandsReach() {
        set("trunk", "0");
        set("lumbar", "0");
        set("load", "10");
        set("dist", "30");
        String svg = page.getElementById("fig").asXml();
        assertThat(svg.split("class=\"disc\"", -1)).as("five discs").hasSize(1 + SpinalLevel.values().length);
        assertThat(svg.split("class=\"head\"", -1)).as("one head").hasSize(2);
        assertThat(page.getElementById("fig").getTextContent()).contains("10.0 kg");
        assertThat(page.getElementById("reach").getTextContent()).isEmpty();
        set("dist", "80");
        assertThat(page.getElementById("reach").getTextContent()).startsWith("The hands reach only 0.")
                .endsWith(" m of the 0.80 m asked for. ");
        assertThat(Double.parseDouble(page.getBody().getAttribute("data-last-ms"))).isPositive();
    }

    @Test
    @Order(6)
    void sittingAndTheTrunkOnTheThighsGiveTheLibrarysNumbersThePushAndTheTypedRefusal() {
        click("single");
        set("load", "0");
        set("dist", "30");
        click("sit");
        assertThat(((HtmlInput) page.getElementById("knee")).getValue()).as("sitting poses the knees at 90").isEqualTo("90");
        ExplorerInputs sitting = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 0, 0, 90, 0,
                0.3, ExplorerInputs.Stance.SITTING);
        assertShows(sitting);
        assertThat(page.getElementById("push").getTextContent()).as("no trunk on the thighs").isEmpty();
        assertSceneContacts(sitting);

        click("thighs");
        org.lumbosim.posture.Posture maxFlexion = org.lumbosim.posture.PosturePreset.SITTING_MAX_FLEXION.posture();
        assertThat(((HtmlInput) page.getElementById("trunk")).getValue()).as("posed as sitting_max_flexion")
                .isEqualTo(String.valueOf(Math.round(maxFlexion.trunkFlexionDeg())));
        assertThat(((HtmlInput) page.getElementById("lumbar")).getValue()).as("posed as sitting_max_flexion")
                .isEqualTo(String.valueOf(Math.round(maxFlexion.lumbarFlexionDeg())));
        assertThat(page.getElementById("stanceText").getTextContent()).contains("(trunk "
                + Math.round(maxFlexion.trunkFlexionDeg()) + "\u00b0, lumbar " + Math.round(maxFlexion.lumbarFlexionDeg())
                + "\u00b0)");
        ExplorerInputs resting = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 73, 52, 90, 0,
                0.3, ExplorerInputs.Stance.SITTING_TRUNK_ON_THIGHS);
        AnalysisResult r = expected(resting);
        assertShows(resting);
        assertThat(Math.abs(r.trunkOnThighs().gapM())).as("sitting_max_flexion's trunk touches the thighs")
                .isLessThanOrEqualTo(org.lumbosim.posture.Support.CONTACT_TOLERANCE_M);
        assertThat(r.trunkOnThighs().forceN()).as("and they push").isPositive();
        assertThat(page.getElementById("push").getTextContent()).startsWith("Thighs' push on the trunk: "
                + shown(r.trunkOnThighs().forceN(), 0) + " N. The abdomen touches the thighs (");
        DomElement fig = page.getElementById("fig");
        assertThat(px(byId(fig, "pushArrow"), "data-force-n")).as("the drawn push")
                .isCloseTo(r.trunkOnThighs().forceN(), within(1e-6 * r.trunkOnThighs().forceN()));
        assertThat(byId(fig, "pushArrow").getAttribute("data-hollow")).as("hundreds of newtons: to scale").isEqualTo("false");
        assertThat(px(byId(fig, "pushArrow"), "data-length-px")).isCloseTo(0.1 * r.trunkOnThighs().forceN(), within(1e-9));
        assertThat(all(fig, "circle", "abdomen")).as("the abdomen's contact").hasSize(1);
        assertSceneContacts(resting);

        set("trunk", "30");
        set("lumbar", "20");
        ExplorerInputs clear = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 30, 20, 90, 0,
                0.3, ExplorerInputs.Stance.SITTING_TRUNK_ON_THIGHS);
        AnalysisResult c = expected(clear);
        assertShows(clear);
        assertThat(c.trunkOnThighs().gapM()).as("upright, the abdomen is clear of the thighs")
                .isGreaterThan(org.lumbosim.posture.Support.CONTACT_TOLERANCE_M);
        assertThat(page.getElementById("push").getTextContent()).isEqualTo("Thighs' push on the trunk: 0 N. The abdomen is "
                + fmt(100 * c.trunkOnThighs().gapM(), 1) + " cm clear of the thighs (they carry it within 3 cm either"
                + " way): they do not carry the trunk.");

        set("trunk", "90");
        set("lumbar", "20");
        ExplorerInputs deep = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 90, 20, 90, 0,
                0.3, ExplorerInputs.Stance.SITTING_TRUNK_ON_THIGHS);
        String refusal = refusal(deep);
        assertThat(refusal).as("the library refuses a trunk deep in the thighs").contains("trunk_on_thighs: the abdomen"
                + " would pass");
        assertThat(page.getElementById("status").getAttribute("data-status")).isEqualTo("unsupported");
        assertThat(page.getElementById("status").getTextContent()).isEqualTo("Cannot be posed: "
                + refusal.substring(0, refusal.indexOf("; posture ")) + ".");
        assertThat(page.getElementById("comp-L5-S1")).isNull();
        assertThat(page.getElementById("push").getTextContent()).startsWith("The abdomen would pass ");
        assertThat(page.asNormalizedText()).doesNotContain("NaN").doesNotContain("Infinity");

        click("handsThighs");
        assertThat(((HtmlInput) page.getElementById("lumbar")).getValue()).as("posed as sitting_unsupported").isEqualTo(
                String.valueOf(Math.round(org.lumbosim.posture.PosturePreset.SITTING_UNSUPPORTED.posture().lumbarFlexionDeg())));
        ExplorerInputs hands = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 0, 19, 90, 0,
                0.3, ExplorerInputs.Stance.SITTING_HANDS_ON_THIGHS);
        assertShows(hands);
        LumbarModel handsModel = model(hands);
        org.lumbosim.model.Workspace ws = handsModel.newWorkspace();
        handsModel.solve(hands.posture(0, 1), hands.loads(), ws);
        assertThat(ws.handsOnThighsForceN()).as("the thighs carry the resting hands").isPositive();
        AnalysisResult handsResult = expected(hands);
        // the total and each hand's share, as the figure labels the near hand's arrow (it gave the total only, beside
        // an arrow labelled with half of it)
        assertThat(page.getElementById("hands").getTextContent()).startsWith("Thighs' push on the hands: "
                + shown(ws.handsOnThighsForceN(), 1) + " N (left hand " + shown(handsResult.handsOnThighs().get(0).forceN(), 1)
                + " N, right " + shown(handsResult.handsOnThighs().get(1).forceN(), 1) + " N). Left hand on its thigh (");
        assertThat(handsResult.handsOnThighs().get(0).side()).isEqualTo(org.lumbosim.result.BodySide.LEFT);
        assertThat(all(page.getElementById("fig"), "circle", "hand")).as("each hand's contact").hasSize(2);
        // each hand's push, a few newtons (under a pixel at the page's 0.1 px per N): hollow, as long as the
        // library's figures draw their shortest arrow, its value on the near hand's
        for (int k = 0; k < 2; k++) {
            DomElement arrow = byId(page.getElementById("fig"), "handArrow" + k);
            assertThat(px(arrow, "data-force-n")).as("hand %d's push", k)
                    .isCloseTo(handsResult.handsOnThighs().get(k).forceN(), within(1e-6));
            assertThat(arrow.getAttribute("data-hollow")).isEqualTo("true");
            assertThat(px(arrow, "data-length-px")).isCloseTo(org.lumbosim.viz.StickFigure.LEAST_ARROW_M * PX_PER_M,
                    within(1e-9));
        }
        assertThat(page.getElementById("reach").getTextContent()).as("the hand distance does not apply").isEmpty();
        assertLabelsClearOfTheBody("the hands' push");
        assertSceneContacts(hands);

        click("stand");
        assertThat(((HtmlInput) page.getElementById("knee")).getValue()).isEqualTo("0");
        assertThat(page.getElementById("hands").getTextContent()).isEmpty();
        set("trunk", "0");
        set("lumbar", "0");
        set("load", "10");
        set("dist", "30");
        assertShows(ExplorerInputs.defaults());
        assertThat(page.getElementById("push").getTextContent()).isEmpty();
    }

    /**
     * Every push's value label (the texts of class {@code force-label}: 13 px DejaVu Sans, right-aligned at its x,
     * its baseline at its y), its box measured with the font's metrics, meets no line of the body (each by half
     * its stroke's width) nor the head's circle: the hands' "9 N" was drawn left of the arrow's tail, over the
     * thigh.
     */
    private static void assertLabelsClearOfTheBody(String id) {
        DomElement fig = page.getElementById("fig");
        List<DomElement> labels = new java.util.ArrayList<>();
        for (DomElement e : fig.getDomElementDescendants()) {
            if (e.getLocalName().equals("text") && e.getAttribute("class").equals("force-label")) {
                labels.add(e);
            }
        }
        assertThat(labels).as(id + ": one label").hasSize(1);
        DomElement label = labels.get(0);
        assertThat(label.getAttribute("text-anchor")).isEqualTo("end");
        java.awt.Font font = new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 13);
        java.awt.FontMetrics fm = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB)
                .createGraphics().getFontMetrics(font);
        double x = px(label, "x");
        double y = px(label, "y");
        double w = fm.stringWidth(label.getTextContent());
        java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(x - w, y - fm.getAscent(), w,
                fm.getAscent() + fm.getDescent());
        int lines = 0;
        for (DomElement line : all(fig, "line", "body")) {
            double half = px(line, "stroke-width") / 2;
            java.awt.geom.Rectangle2D grown = new java.awt.geom.Rectangle2D.Double(box.getX() - half, box.getY() - half,
                    box.getWidth() + 2 * half, box.getHeight() + 2 * half);
            assertThat(grown.intersectsLine(px(line, "x1"), px(line, "y1"), px(line, "x2"), px(line, "y2")))
                    .as("%s \"%s\" at (%.1f, %.1f) over a body line (%s, %s)-(%s, %s)", id, label.getTextContent(), x, y,
                            line.getAttribute("x1"), line.getAttribute("y1"), line.getAttribute("x2"),
                            line.getAttribute("y2")).isFalse();
            lines++;
        }
        assertThat(lines).as("the body's lines").isGreaterThan(10);
        for (DomElement head : all(fig, "circle", "head")) {
            double r = px(head, "r") + px(head, "stroke-width") / 2;
            double cx = Math.max(box.getMinX(), Math.min(px(head, "cx"), box.getMaxX()));
            double cy = Math.max(box.getMinY(), Math.min(px(head, "cy"), box.getMaxY()));
            assertThat(Math.hypot(cx - px(head, "cx"), cy - px(head, "cy"))).as(id + " over the head").isGreaterThan(r);
        }
    }

    /** The drawn contacts are the library's, each on its own surface (floor or seat) within the tolerance. */
    private static void assertSceneContacts(ExplorerInputs in) {
        StickScene scene = scene(in);
        DomElement fig = page.getElementById("fig");
        List<DomElement> contacts = all(fig, "circle", "contact");
        assertThat(contacts).as(in + ": the library's contacts on the surroundings")
                .hasSize((int) scene.contacts().stream().filter(StickScene.Contact::onSurroundings).count());
        for (DomElement c : contacts) {
            double gapM = (px(c, "data-surface-y") - px(c, "cy")) / PX_PER_M - Double.parseDouble(c.getAttribute("data-tissue-m"));
            assertThat(Math.abs(gapM)).as(in + ": a contact touches its surface").isLessThanOrEqualTo(
                    StickScene.CONTACT_TOLERANCE_M);
        }
        assertThat(all(fig, "polygon", "prop")).as(in + ": the seat").hasSize(scene.props().size());
    }

    /** The library's refusal of an unsupported posture (the message of its UnsupportedPostureException). */
    private static String refusal(ExplorerInputs in) {
        try {
            expected(in);
        } catch (org.lumbosim.UnsupportedPostureException e) {
            return e.getMessage();
        }
        throw new AssertionError("the library solved " + in);
    }

    @Test
    @Order(5)
    void theFigureStandsOnTheLibrarysFloorWithItsContactsBaseOfSupportAndCentreOfMass() {
        click("single");
        // upright; a stoop; a squat with the heels' contact in question; leaning back; an infeasible lift
        double[][] settings = {{0, 0, 0, 10, 30}, {60, 30, 0, 15, 45}, {30, 20, 90, 5, 35}, {-20, -10, 0, 0, 0},
            {0, 0, 0, 30, 60}};
        for (double[] v : settings) {
            set("trunk", fmt(v[0], 0));
            set("lumbar", fmt(v[1], 0));
            set("knee", fmt(v[2], 0));
            set("load", fmt(v[3], 0));
            set("dist", fmt(v[4], 0));
            String at = java.util.Arrays.toString(v);
            ExplorerInputs in = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, v[0], v[1],
                    v[2], v[3], v[4] / 100);
            StickScene scene = scene(in);
            DomElement fig = page.getElementById("fig");
            double floor = px(byId(fig, "floor"), "y1");
            List<DomElement> contacts = all(fig, "circle", "contact");
            assertThat(contacts).as(at + ": the library's contacts").hasSize(scene.contacts().size()).isNotEmpty();
            assertThat(all(fig, "circle", "abdomen")).as(at + ": standing, no abdomen on the thighs").isEmpty();
            for (DomElement c : contacts) {
                assertThat(px(c, "data-surface-y")).as(at + ": contacts rest on the floor line").isCloseTo(floor,
                        within(0.15));
                double gapM = (floor - px(c, "cy")) / PX_PER_M - Double.parseDouble(c.getAttribute("data-tissue-m"));
                assertThat(Math.abs(gapM)).as(at + ": a contact touches the floor").isLessThanOrEqualTo(
                        StickScene.CONTACT_TOLERANCE_M);
            }
            for (DomElement l : all(fig, "line", "body")) {
                assertThat(Math.max(px(l, "y1"), px(l, "y2"))).as(at + ": no segment below the floor")
                        .isLessThanOrEqualTo(floor + StickScene.CONTACT_TOLERANCE_M * PX_PER_M);
            }
            DomElement base = byId(fig, "base");
            assertThat(px(base, "x2") - px(base, "x1")).as(at + ": base of support")
                    .isCloseTo((scene.baseMaxXM() - scene.baseMinXM()) * PX_PER_M, within(0.15)).isPositive();
            boolean over = scene.centreOfMassM().xM() >= scene.baseMinXM()
                    && scene.centreOfMassM().xM() <= scene.baseMaxXM();
            assertThat(byId(fig, "com").getAttribute("data-over-base")).as(at + ": centre of mass")
                    .isEqualTo(String.valueOf(over));
            assertThat(all(fig, "polygon", "box")).as(at + ": the load's box").hasSize(v[3] > 0 ? 1 : 0);
            List<DomElement> drawn = new java.util.ArrayList<>();
            fig.getDomElementDescendants().forEach(drawn::add);
            List<DomElement> label = all(fig, "text", "box-label");
            assertThat(label).as(at + ": the load's mass").hasSize(v[3] > 0 ? 1 : 0);
            for (DomElement l : label) {
                for (DomElement limb : all(fig, "line", "body")) {
                    assertThat(drawn.indexOf(l)).as(at + ": the load's mass drawn over every limb")
                            .isGreaterThan(drawn.indexOf(limb));
                }
            }
        }
        set("trunk", "0");
        set("lumbar", "0");
        set("knee", "0");
        set("load", "10");
        set("dist", "30");
    }

    /**
     * A squat with 15 kg holds the box between the knees ({@link StickScene#boxBetweenLegs}): the near limbs
     * in front of it have a halo of the background on their parts inside the box's outline, drawn after the
     * box and before the near limbs, as the library's figures draw it (the page drew the near leg straight over the
     * box before). Standing with the hands close, the box's leader crosses a leg ({@link
     * StickScene#leaderCrossesLeg}): it is drawn over the near leg, with a halo.
     */
    @Test
    @Order(7)
    void theNearLimbsInFrontOfTheBoxHaveAHalo() {
        click("single");
        click("stand");
        set("trunk", "40");
        set("lumbar", "20");
        set("knee", "110");
        set("load", "15");
        set("dist", "20");
        ExplorerInputs squat = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 40, 20, 110, 15,
                0.20);
        assertThat(scene(squat).boxBetweenLegs()).as("the squat's box between the knees").isTrue();
        DomElement fig = page.getElementById("fig");
        List<DomElement> drawn = new java.util.ArrayList<>();
        fig.getDomElementDescendants().forEach(drawn::add);
        DomElement box = all(fig, "polygon", "box").get(0);
        List<DomElement> halos = all(fig, "line", "halo");
        assertThat(halos).as("halos of the near limbs").isNotEmpty();
        double[] bounds = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (String corner : box.getAttribute("points").split(" ")) {
            double x = Double.parseDouble(corner.split(",")[0]);
            double y = Double.parseDouble(corner.split(",")[1]);
            bounds = new double[] {Math.min(bounds[0], x), Math.min(bounds[1], y), Math.max(bounds[2], x),
                Math.max(bounds[3], y)};
        }
        for (DomElement h : halos) {
            for (String end : new String[] {"1", "2"}) {
                assertThat(px(h, "x" + end)).as("inside the box").isBetween(bounds[0] - 0.1, bounds[2] + 0.1);
                assertThat(px(h, "y" + end)).as("inside the box").isBetween(bounds[1] - 0.1, bounds[3] + 0.1);
            }
            assertThat(drawn.indexOf(h)).as("over the box").isGreaterThan(drawn.indexOf(box));
            assertThat(h.getAttribute("stroke")).isEqualTo("#fff");
        }
        List<DomElement> near = all(fig, "line", "body").stream().filter(l -> l.getAttribute("stroke").equals("#555"))
                .toList();
        assertThat(near).isNotEmpty();
        for (DomElement l : near) {
            assertThat(drawn.indexOf(l)).as("the near limbs over their halos")
                    .isGreaterThan(drawn.indexOf(halos.get(halos.size() - 1)));
        }

        set("trunk", "0");
        set("lumbar", "0");
        set("knee", "0");
        set("load", "10");
        set("dist", "0");
        ExplorerInputs close = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 0, 0, 0, 10, 0);
        assertThat(scene(close).leaderCrossesLeg()).as("standing, the hands at the hips: the leader crosses a leg")
                .isTrue();
        fig = page.getElementById("fig");
        drawn.clear();
        fig.getDomElementDescendants().forEach(drawn::add);
        List<DomElement> leaders = all(fig, "line", "leader");
        assertThat(leaders).hasSize(1);
        for (DomElement l : all(fig, "line", "body")) {
            assertThat(drawn.indexOf(leaders.get(0))).as("the leader over the legs").isGreaterThan(drawn.indexOf(l));
        }
        List<DomElement> leaderHalo = all(fig, "line", "halo").stream()
                .filter(h -> h.getAttribute("x1").equals(leaders.get(0).getAttribute("x1"))).toList();
        assertThat(leaderHalo).as("the leader's halo").hasSize(1);
        assertThat(drawn.indexOf(leaderHalo.get(0))).isEqualTo(drawn.indexOf(leaders.get(0)) - 1);
        set("dist", "30");
    }

    /**
     * The figure's floor reads as ground and its seat as furniture, in the library's stick figures' look
     * ({@link LumbosimTheme#groundColor()}, {@link LumbosimTheme#furnitureFill()}): a dark line hatched beneath,
     * no filled area (the page drew the floor as a grey area, the grey of its seat); the seat filled and
     * outlined as the library's furniture; the base of support a bar of the ground's colour, as the library's (it was
     * the green the library's figures give the shear); the thighs' push on the trunk in {@link LumbosimTheme#pushColor()},
     * no mark in the in vivo colour (the push was drawn in it).
     */
    @Test
    @Order(8)
    void theFloorIsHatchedGroundTheSeatFurnitureAndThePushItsOwnColour() {
        LumbosimTheme theme = LumbosimTheme.slides();
        click("single");
        set("load", "0");
        set("dist", "30");
        click("sit");
        click("thighs");
        DomElement fig = page.getElementById("fig");
        DomElement floor = byId(fig, "floor");
        double y = px(floor, "y1");
        assertThat(floor.getAttribute("stroke")).isEqualTo(ExplorerPage.hex(theme.groundColor()));
        assertThat(all(fig, "rect", "")).as("no filled area").isEmpty();
        List<DomElement> hatch = all(fig, "line", "ground-hatch");
        assertThat(hatch).as("the hatching across the figure").hasSizeGreaterThanOrEqualTo(20);
        for (DomElement h : hatch) {
            assertThat(Math.min(px(h, "y1"), px(h, "y2"))).as("at the floor").isCloseTo(y, within(1e-9));
            assertThat(Math.max(px(h, "y1"), px(h, "y2"))).as("beneath it").isGreaterThan(y);
            assertThat(h.getAttribute("stroke")).isEqualTo(ExplorerPage.hex(theme.groundHatchColor()));
        }
        assertThat(byId(fig, "base").getAttribute("stroke")).as("the base of support's dark bar, as the library's")
                .isEqualTo(ExplorerPage.hex(theme.groundColor()));
        List<DomElement> seat = all(fig, "polygon", "prop");
        assertThat(seat).as("the seat").isNotEmpty().allSatisfy(e -> {
            assertThat(e.getAttribute("fill")).isEqualTo(ExplorerPage.hex(theme.furnitureFill()));
            assertThat(e.getAttribute("stroke")).isEqualTo(ExplorerPage.hex(theme.furnitureEdge()));
        });
        DomElement push = byId(fig, "pushArrow");
        assertThat(push.getAttribute("stroke")).isEqualTo(ExplorerPage.hex(theme.pushColor()));
        String inVivo = ExplorerPage.hex(theme.inVivoColor());
        for (DomElement e : fig.getDomElementDescendants()) {
            assertThat(e.getAttribute("fill")).as(e.getLocalName()).isNotEqualToIgnoringCase(inVivo);
            assertThat(e.getAttribute("stroke")).as(e.getLocalName()).isNotEqualToIgnoringCase(inVivo);
        }
        click("stand");
    }

    /**
     * Every colour of the page's figure means one thing, the thing it means in the library's figures, at the values
     * of {@link LumbosimTheme} ({@link ExplorerPage#colours}): standing, a stoop with 20 kg, a stoop above the NIOSH
     * action limit, an infeasible lift, sitting, the trunk and the hands resting on the thighs. The page drew the
     * contacts and the plumb line in the shear's green, the discs above the action limit in the held box's orange
     * and above the maximum limit a red hard to tell from the push's vermilion; its stylesheet drew the limits and
     * a warning's border in the push's vermilion and a plain status in the shear's green. A disc above the action
     * limit is ringed, dashed, in the limits' colour ({@link LumbosimTheme#overloadColor()}), and its stylesheet's
     * colours are the theme's ({@link ExplorerPage#cssColours}).
     */
    @Test
    @Order(9)
    void everyColourOfTheFigureHasOneMeaningTheLibrarys() {
        LumbosimTheme theme = LumbosimTheme.slides();
        Map<String, String> expected = new java.util.HashMap<>();
        expected.put(ExplorerPage.hex(theme.compressionColor()), "compression");
        expected.put(ExplorerPage.hex(theme.heldLoadFill()), "held load");
        expected.put(ExplorerPage.hex(theme.heldLoadEdge()), "held load");
        expected.put(ExplorerPage.hex(theme.pushColor()), "push");
        expected.put(ExplorerPage.hex(theme.furnitureFill()), "furniture");
        expected.put(ExplorerPage.hex(theme.furnitureEdge()), "furniture");
        Map<String, Set<String>> meanings = new java.util.TreeMap<>();
        boolean ringed = false;
        click("single");
        // trunk, lumbar, load, distance (cm) standing; then the sitting stances as they pose the body
        double[][] standing = {{0, 0, 10, 30}, {60, 30, 20, 45}, {85, 40, 25, 55}, {90, 40, 30, 60}};
        for (double[] v : standing) {
            set("trunk", fmt(v[0], 0));
            set("lumbar", fmt(v[1], 0));
            set("load", fmt(v[2], 0));
            set("dist", fmt(v[3], 0));
            ringed |= collectColours(Arrays.toString(v), theme, meanings);
        }
        set("load", "10");
        for (String stance : List.of("sit", "thighs", "handsThighs")) {
            click(stance);
            collectColours(stance, theme, meanings);
        }
        meanings.forEach((colour, what) -> assertThat(what).as(colour + " means one thing").hasSize(1));
        meanings.forEach((colour, what) -> assertThat(what.iterator().next()).as(colour + ": the library's")
                .isEqualTo(expected.get(colour)));
        assertThat(meanings.keySet()).as("compression, held load, push drawn").contains(
                ExplorerPage.hex(theme.compressionColor()), ExplorerPage.hex(theme.heldLoadFill()),
                ExplorerPage.hex(theme.pushColor()));
        assertThat(ringed).as("the stoop with 25 kg puts a disc above the action limit").isTrue();
        String style = page.getElementsByTagName("style").get(0).getTextContent();
        assertThat(style).contains(":root{" + ExplorerPage.cssColours(theme) + "}");
        java.util.regex.Matcher m = HEX.matcher(style.replace(ExplorerPage.cssColours(theme), ""));
        while (m.find()) {
            assertThat(chromatic(m.group())).as("the stylesheet's " + m.group() + ": a grey, or a theme colour by name")
                    .isFalse();
        }
        assertThat(ExplorerPage.cssColours(theme)).contains("--compression:" + ExplorerPage.hex(theme.compressionColor()))
                .contains("--limit:" + ExplorerPage.hex(theme.overloadColor()))
                .doesNotContain(ExplorerPage.hex(theme.pushColor()), ExplorerPage.hex(theme.shearColor()));
        click("stand");
        set("trunk", "0");
        set("lumbar", "0");
        set("knee", "0");
        set("load", "10");
        set("dist", "30");
    }

    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b");

    /** @return whether a CSS colour #rgb or #rrggbb is not a grey */
    private static boolean chromatic(String hex) {
        String h = hex.length() == 4 ? "#" + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2) + hex.charAt(3)
                + hex.charAt(3) : hex;
        return !(h.substring(1, 3).equalsIgnoreCase(h.substring(3, 5)) && h.substring(3, 5).equalsIgnoreCase(h.substring(5, 7)));
    }

    /**
     * Adds what each colour of the figure's elements means (by the element's kind) to {@code meanings}, and checks the
     * marks drawn in the ground's and the limits' colours.
     *
     * @return whether a disc was ringed as above the action limit
     */
    private static boolean collectColours(String at, LumbosimTheme theme, Map<String, Set<String>> meanings) {
        DomElement fig = page.getElementById("fig");
        String ground = ExplorerPage.hex(theme.groundColor());
        boolean ringed = false;
        for (DomElement e : fig.getDomElementDescendants()) {
            String kind = e.getAttribute("class");
            String meaning = switch (kind) {
                case "disc" -> "compression";
                case "box", "leader" -> "held load";
                case "force", "force-label", "abdomen", "hand", "thigh-surface" -> "push";
                case "prop" -> "furniture";
                default -> e.getLocalName() + "." + kind + "#" + e.getAttribute("id");
            };
            for (String attribute : List.of("fill", "stroke")) {
                String c = e.getAttribute(attribute).toLowerCase(Locale.ROOT);
                assertThat(c).as(at + ": " + meaning + " is neither the shear's nor the in vivo colour")
                        .isNotEqualTo(ExplorerPage.hex(theme.shearColor())).isNotEqualTo(ExplorerPage.hex(theme.inVivoColor()));
                if (HEX.matcher(c).matches() && chromatic(c)) {
                    meanings.computeIfAbsent(c, k -> new java.util.TreeSet<>()).add(meaning);
                }
            }
            if (kind.equals("contact") || e.getAttribute("id").equals("com") || e.getAttribute("id").equals("plumb")) {
                assertThat(e.getAttribute("stroke")).as(at + ": " + meaning + " in the ground's colour").isEqualTo(ground);
            }
            if (kind.equals("disc-limit")) {
                assertThat(e.getAttribute("stroke")).as(at + ": a disc's ring").isEqualTo(ExplorerPage.hex(theme.overloadColor()));
                assertThat(e.getAttribute("stroke-dasharray").isEmpty()).as(at + ": dashed above the action limit only")
                        .isEqualTo(e.getAttribute("data-over").equals("max"));
                ringed |= e.getAttribute("data-over").equals("action");
            }
        }
        return ringed;
    }

    /**
     * What the figure cannot show as asked is said in bold right under it, not at the end of its 170-word caption
     * (the hands that do not reach, a centre of mass off the base, and now feet that cannot reach the floor: sitting
     * with the knees nearly straight, the library's scene rests them on a plate, {@link StickScene.PropKind#SLED},
     * which the page drew as furniture no text named; hands inside the seat, leaning back with them at the disc, drawn
     * so with no word). A grip behind the disc (the hands resting on the thighs of a
     * trunk bent far forward) is said to be behind it: the status read "Grip -0.10 m in front of L5-S1". An angle's
     * degree sign follows its number, as the status writes it ("0°"; the sliders showed "0 °").
     */
    @Test
    @Order(10)
    void whatTheFigureCannotShowIsSaidUnderItAndAGripBehindTheDiscIsBehind() {
        click("single");
        click("stand");
        set("trunk", "0");
        set("lumbar", "0");
        set("load", "10");
        set("dist", "80");
        DomElement note = page.getElementById("reach");
        assertThat(note.getLocalName()).isEqualTo("p");
        assertThat(note.getPreviousElementSibling().getId()).as("right under the figure").isEqualTo("fig");
        assertThat(note.getTextContent()).startsWith("The hands reach only 0.");
        assertThat(page.getElementById("trunkOut").getTextContent()).isEqualTo("0\u00b0");
        assertThat(page.getElementById("kneeOut").getTextContent()).isEqualTo("0\u00b0");

        set("dist", "30");
        click("sit");
        set("knee", "0");
        ExplorerInputs straight = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 0, 0, 0, 10,
                0.3, ExplorerInputs.Stance.SITTING);
        assertThat(scene(straight).props()).as("the library rests the feet on a plate")
                .anyMatch(prop -> prop.kind() == StickScene.PropKind.SLED);
        assertThat(page.getElementById("reach").getTextContent()).contains("The feet are above the seat")
                .contains("rest on a plate");
        set("knee", "90");
        ExplorerInputs bent = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 0, 0, 90, 10,
                0.3, ExplorerInputs.Stance.SITTING);
        assertThat(scene(bent).props()).noneMatch(prop -> prop.kind() == StickScene.PropKind.SLED);
        assertThat(page.getElementById("reach").getTextContent()).doesNotContain("plate");
        assertThat(page.getElementById("reach").getTextContent()).doesNotContain("seat");
        // leaning back with the hands at the disc: the library's grip lies inside its seat's outline
        set("trunk", "-20");
        set("lumbar", "-16");
        set("dist", "0");
        ExplorerInputs back = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, -20, -16, 90, 10,
                0, ExplorerInputs.Stance.SITTING);
        StickScene.Prop seat = scene(back).props().stream().filter(prop -> prop.kind() == StickScene.PropKind.SEAT)
                .findFirst().orElseThrow();
        PositionM grip = expected(back).pose().landmarks().get(Landmark.GRIP_RIGHT);
        double seatTop = seat.outline().stream().mapToDouble(q -> q[1]).max().orElseThrow();
        assertThat(grip.xM()).as("the grip over the seat").isBetween(seat.outline().stream().mapToDouble(q -> q[0]).min()
                .orElseThrow(), seat.outline().stream().mapToDouble(q -> q[0]).max().orElseThrow());
        assertThat(seatTop - grip.yM()).as("and deep inside it").isGreaterThan(StickScene.CONTACT_TOLERANCE_M);
        assertThat(page.getElementById("reach").getTextContent()).contains("The hands would be "
                + fmt(100 * (seatTop - grip.yM()), 0) + " cm inside the seat: no real body can take this pose.");
        set("trunk", "0");
        set("lumbar", "0");
        set("dist", "30");
        assertThat(page.getElementById("reach").getTextContent()).doesNotContain("seat");

        click("handsThighs");
        set("trunk", "90");
        set("lumbar", "52");
        set("knee", "0");
        ExplorerInputs folded = new ExplorerInputs(Sex.MALE, 1.75, 70, MuscleModelKind.SINGLE_EQUIVALENT, 90, 52, 0, 0,
                0.3, ExplorerInputs.Stance.SITTING_HANDS_ON_THIGHS);
        AnalysisResult r = expected(folded);
        assertShows(folded);
        double gripX = r.pose().landmarks().get(Landmark.GRIP_RIGHT).xM();
        assertThat(gripX).as("the grip behind L5-S1").isLessThan(-0.005);
        assertThat(page.getElementById("status").getTextContent()).contains("Grip " + fmt(-gripX, 2) + " m behind L5-S1,")
                .doesNotContain("-0.");
        click("stand");
        set("trunk", "0");
        set("lumbar", "0");
        set("knee", "0");
        set("load", "10");
        set("dist", "30");
    }

    /**
     * Neighbouring discs beyond the same NIOSH limit share one outline (a 9 px ring round each disc, the discs 7-8 px
     * apart, ran into a knot of dashes): a tall heavy person holding 30 kg at arm's length puts several lumbar discs
     * above the action limit; the figure has one outline per run of neighbouring discs of one grade (dashed above the
     * action limit, solid above the maximum), and each disc of the run lies inside it, its dot's whole radius.
     */
    @Test
    @Order(11)
    void neighbouringDiscsBeyondOneLimitShareOneOutline() {
        click("single");
        click("stand");
        click("male");
        set("stature", "220");
        set("mass", "150");
        set("trunk", "0");
        set("lumbar", "0");
        set("knee", "0");
        set("load", "30");
        set("dist", "80");
        ExplorerInputs in = new ExplorerInputs(Sex.MALE, 2.2, 150, MuscleModelKind.SINGLE_EQUIVALENT, 0, 0, 0, 30, 0.8);
        AnalysisResult r = expected(in);
        assertShows(in);
        String[] grade = new String[SpinalLevel.values().length];
        int beyond = 0;
        int runs = 0;
        for (SpinalLevel l : SpinalLevel.values()) {
            double c = r.level(l).compressionN();
            grade[l.ordinal()] = c > OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N ? "max"
                    : c > OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N ? "action" : "";
            beyond += grade[l.ordinal()].isEmpty() ? 0 : 1;
            runs += !grade[l.ordinal()].isEmpty() && (l.ordinal() == 0 || !grade[l.ordinal() - 1].equals(grade[l.ordinal()]))
                    ? 1 : 0;
        }
        assertThat(beyond).as("discs above a NIOSH limit").isGreaterThanOrEqualTo(3);
        DomElement fig = page.getElementById("fig");
        List<DomElement> outlines = new java.util.ArrayList<>(all(fig, "path", "disc-limit"));
        outlines.addAll(all(fig, "circle", "disc-limit"));
        assertThat(outlines).as("one outline per run of neighbouring discs of one grade").hasSize(runs);
        List<DomElement> dots = all(fig, "circle", "disc");
        assertThat(dots).hasSize(SpinalLevel.values().length);
        for (DomElement o : outlines) {
            int from = Integer.parseInt(o.getAttribute("data-from"));
            int to = Integer.parseInt(o.getAttribute("data-to"));
            double radius = px(o, "data-radius");
            for (int k = from; k <= to; k++) {
                assertThat(o.getAttribute("data-over")).as("disc %d's grade", k).isEqualTo(grade[k]);
                double x = px(dots.get(k), "cx");
                double y = px(dots.get(k), "cy");
                double d;
                if (o.getLocalName().equals("circle")) {
                    d = Math.hypot(x - px(o, "cx"), y - px(o, "cy"));
                } else {
                    String[] a = o.getAttribute("data-a").split(",");
                    String[] b = o.getAttribute("data-b").split(",");
                    d = java.awt.geom.Line2D.ptSegDist(Double.parseDouble(a[0]), Double.parseDouble(a[1]),
                            Double.parseDouble(b[0]), Double.parseDouble(b[1]), x, y);
                }
                assertThat(d + px(dots.get(k), "r")).as("disc %d inside its outline", k).isLessThanOrEqualTo(radius + 0.1);
            }
            assertThat(o.getAttribute("stroke-dasharray").isEmpty()).as("dashed above the action limit only")
                    .isEqualTo(o.getAttribute("data-over").equals("max"));
        }
        set("stature", "175");
        set("mass", "70");
        set("load", "10");
        set("dist", "30");
    }

    /** The library's scene for the page's inputs (loads solved or not: the pose is the same). */
    private static StickScene scene(ExplorerInputs in) {
        AnalysisResult hanging = Lumbosim.analyze(LumbarModel.of(in.subject()), in.armsHangingPosture(), List.of());
        PositionM shoulder = hanging.pose().landmarks().get(Landmark.SHOULDER_RIGHT);
        PositionM grip = hanging.pose().landmarks().get(Landmark.GRIP_RIGHT);
        Posture posture = in.posture(shoulder.xM(), Math.hypot(grip.xM() - shoulder.xM(), grip.yM() - shoulder.yM()));
        LumbarModel kinematic = model(in).withOverloadPolicy(OverloadPolicy.REPORT);
        AnalysisResult r = Lumbosim.analyze(kinematic, posture, in.loads());
        return StickScene.of(r, in.supports(), in.loadKg());
    }

    /**
     * The figure's element with an id (HtmlUnit's page.getElementById can return an element of an
     * earlier drawing after the figure's innerHTML is replaced).
     */
    private static DomElement byId(DomElement fig, String id) {
        for (DomElement e : fig.getDomElementDescendants()) {
            if (e.getAttribute("id").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("the figure has no element " + id);
    }

    private static List<DomElement> all(DomElement root, String tag, String cls) {
        List<DomElement> out = new java.util.ArrayList<>();
        for (DomElement e : root.getDomElementDescendants()) {
            if (e.getLocalName().equals(tag) && e.getAttribute("class").equals(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    private static double px(DomElement e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** The page's numbers for its current inputs equal the library's for {@code in}, as the page rounds them. */
    private static void assertShows(ExplorerInputs in) {
        AnalysisResult r = expected(in);
        assertThat(r).as("the library solves " + in).isNotNull();
        assertThat(page.getElementById("status").getAttribute("data-status")).isEqualTo("ok");
        AnalysisResult standing = Lumbosim.analyze(model(in), PosturePreset.STANDING_RELAXED.posture(), List.of());
        for (SpinalLevel l : SpinalLevel.values()) {
            String id = l.label();
            double c = r.level(l).compressionN();
            double idp = r.level(l).idpMPa();
            assertThat(cell("comp-" + id)).as(id + " compression").isEqualTo(shown(c, 0));
            assertThat(cell("ap-" + id)).as(id + " AP shear").isEqualTo(shown(r.level(l).apShearN(), 0));
            assertThat(cell("idp-" + id)).as(id + " IDP").isEqualTo(shown(idp, 2));
            assertThat(cell("rc-" + id)).isEqualTo(shown(c / standing.level(l).compressionN(), 2));
            assertThat(cell("ri-" + id)).isEqualTo(shown(idp / standing.level(l).idpMPa(), 2));
        }
    }

    /** The library's answer for the page's inputs, or null when the muscles cannot balance it. */
    private static AnalysisResult expected(ExplorerInputs in) {
        LumbarModel model = model(in);
        AnalysisResult hanging = Lumbosim.analyze(LumbarModel.of(in.subject()), in.armsHangingPosture(), List.of());
        PositionM shoulder = hanging.pose().landmarks().get(Landmark.SHOULDER_RIGHT);
        PositionM grip = hanging.pose().landmarks().get(Landmark.GRIP_RIGHT);
        Posture posture = in.posture(shoulder.xM(), Math.hypot(grip.xM() - shoulder.xM(), grip.yM() - shoulder.yM()));
        try {
            return Lumbosim.analyze(model, posture, in.loads());
        } catch (InfeasibleRecruitmentException e) {
            return null;
        }
    }

    private static LumbarModel model(ExplorerInputs in) {
        return LumbarModel.of(in.subject()).withMuscleModel(in.muscles());
    }

    private static String cell(String id) {
        return page.getElementById(id).getTextContent();
    }

    /**
     * A number as the page shows it: {@link #fmt}, with thousands separated by commas as the library's figures write
     * them ("3,400 N"; the page wrote "3400 N").
     */
    private static String shown(double v, int digits) {
        String s = fmt(v, digits);
        int point = s.indexOf('.');
        String whole = point < 0 ? s : s.substring(0, point);
        String sign = whole.startsWith("-") ? "-" : "";
        StringBuilder grouped = new StringBuilder(whole.substring(sign.length()));
        for (int i = grouped.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, ',');
        }
        return sign + grouped + (point < 0 ? "" : s.substring(point));
    }

    private static String fmt(double v, int digits) {
        String s = String.format(Locale.ROOT, "%." + digits + "f", v);
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    private static void set(String id, String value) {
        HtmlInput input = (HtmlInput) page.getElementById(id);
        input.setValue(value);
        input.fireEvent("input");
    }

    private static void click(String id) {
        try {
            ((HtmlRadioButtonInput) page.getElementById(id)).click();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
