package org.lumbosim.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lumbosim.Lumbosim;
import org.lumbosim.LumbosimException;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.Landmark;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.result.AnalysisResult;

/**
 * A held load's box where the load acts: at the hands. A body not on its feet (lying, kneeling, on its
 * forearms) drew its box at the first clear place along the floor, beyond its feet or behind its head
 * (crunch, curl-up, pelvic tilt with the hands at the hips); it keeps it within one box side of the grips,
 * or at the grips, beside the body, drawn behind the trunk and the near leg.
 */
class HeldBoxTest {

    /** A preset holding a box of {@code kg} in both hands, solved, and its stick scene. */
    private record HeldScene(PosturePreset preset, double kg, AnalysisResult result, StickScene scene) {
    }

    /** Every preset the model solves holding 1, 5, 10 and 20 kg (the presets it refuses are left out). */
    private static final List<HeldScene> HELD_SCENES = heldScenes();

    /** @return the x of the middle between the two grips (m) */
    private static double gripMidXM(AnalysisResult r) {
        return (r.pose().landmarks().get(Landmark.GRIP_LEFT).xM() + r.pose().landmarks().get(Landmark.GRIP_RIGHT).xM()) / 2;
    }

    /** @return the height of the lower grip (m) */
    private static double gripLowYM(AnalysisResult r) {
        return Math.min(r.pose().landmarks().get(Landmark.GRIP_LEFT).yM(), r.pose().landmarks().get(Landmark.GRIP_RIGHT).yM());
    }

    private static List<HeldScene> heldScenes() {
        List<HeldScene> scenes = new java.util.ArrayList<>();
        for (PosturePreset p : PosturePreset.values()) {
            for (double kg : new double[] {1, 5, 10, 20}) {
                AnalysisResult r;
                try {
                    r = Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of(HandLoad.ofMassKg(kg)));
                } catch (LumbosimException | IllegalArgumentException e) {
                    continue;
                }
                scenes.add(new HeldScene(p, kg, r, StickScene.of(r, p.posture().supports(), kg)));
            }
        }
        return scenes;
    }

    /**
     * Every preset not on its feet that takes a load in the hands, with 1, 5, 10 and 20 kg: the box lies
     * within one box side of the grips along the floor (its nearest point no farther from the grips' line
     * than that), and where it overlaps the trunk, head or legs in the side view it is at the grips
     * (centred under them) and the scene and the figure say "box at the hands, beside the body"; never "box
     * between the knees", which is a lifter's on its feet.
     */
    @Test
    void aBodyNotOnItsFeetHoldsItsBoxAtItsHands() {
        int beside = 0;
        int bodies = 0;
        for (HeldScene h : HELD_SCENES) {
            PosturePreset p = h.preset();
            double kg = h.kg();
            AnalysisResult r = h.result();
            StickScene scene = h.scene();
            if (scene.onItsFeet() || scene.view() == StickScene.View.FRONTAL) {
                continue;
            }
            bodies++;
            String what = p.id() + " with " + kg + " kg";
            double side = StickScene.boxSideM(kg);
            double[] b = box(scene);
            double gx = gripMidXM(r);
            double off = Math.max(0, Math.max(b[0] - gx, gx - b[2]));
            assertThat(off).as("%s: the box's distance from the grips' x (m)", what)
                    .isLessThanOrEqualTo(side / 2 + 1e-9);
            assertThat(scene.boxBetweenLegs()).as(what).isFalse();
            boolean overlaps = false;
            for (StickScene.Segment sg : scene.segments()) {
                overlaps |= !sg.arm() && crosses(sg, b);
            }
            assertThat(scene.boxBesideBody()).as(what).isEqualTo(overlaps);
            StickFigure f = StickFigure.of(scene, r, SpinalLevel.L5_S1, "", Fixtures.THEME);
            assertThat(f.notes().contains(StickFigure.BOX_BESIDE_BODY)).as(what).isEqualTo(overlaps);
            if (overlaps) {
                beside++;
                assertThat((b[0] + b[2]) / 2).as("%s: at the grips", what).isCloseTo(gx, org.assertj.core.api.Assertions.within(1e-12));
                assertThat(scene.props()).extracting(StickScene.Prop::kind)
                        .doesNotContain(StickScene.PropKind.LEADER);
            }
        }
        assertThat(bodies).as("bodies not on their feet holding a box").isGreaterThanOrEqualTo(40);
        assertThat(beside).as("boxes beside the body").isGreaterThanOrEqualTo(10);
        // a lifter on its feet keeps its box in front (StickSceneTest) and says nothing of this
        AnalysisResult squat = Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.LIFT_BENT_KNEES.posture(),
                List.of(HandLoad.ofMassKg(15)));
        StickScene s = StickScene.of(squat, PosturePreset.LIFT_BENT_KNEES.posture().supports(), 15);
        assertThat(s.onItsFeet()).isTrue();
        assertThat(s.boxBetweenLegs()).isTrue();
        assertThat(s.boxBesideBody()).isFalse();
    }

    /**
     * Every preset that takes a load in the hands, on its feet or not, with 1, 5, 10 and 20 kg: the box lies
     * within one box side of the grips along the floor (its nearest point no farther from the grips' x than
     * half a side), where the load acts. A lifter on its feet was searched on to the first clear place in
     * front: the leg press, its hands raised over its knees, drew its box beyond its feet, 0.42-0.76 m from the
     * grips at the end of a leader; it now holds it at the hands, beside the body. The one exception: a box
     * that at the grips would pass into the furniture and resting on the hands, on the lap, into the trunk
     * (sitting with maximum trunk flexion, 1-10 kg) is searched on in front: 3 of 123 boxes (15 of 125, every
     * seated hold, before boxes rested on the lap: {@link #aSeatedBoxRestsOnTheLap}); at most one in thirty.
     */
    @Test
    void everyBoxLiesWithinOneSideOfTheGrips() {
        int boxes = 0;
        int onFeet = 0;
        int furnitureAtGrips = 0;
        for (HeldScene h : HELD_SCENES) {
            PosturePreset p = h.preset();
            double kg = h.kg();
            AnalysisResult r = h.result();
            StickScene scene = h.scene();
            if (scene.view() == StickScene.View.FRONTAL) {
                continue;
            }
            boxes++;
            onFeet += scene.onItsFeet() ? 1 : 0;
            double[] b = box(scene);
            double gx = gripMidXM(r);
            double off = Math.max(0, Math.max(b[0] - gx, gx - b[2]));
            double side = StickScene.boxSideM(kg);
            if (off > side / 2 + 1e-9) {
                // only where, at the grips, it would pass into the furniture (a small box over a seat)
                furnitureAtGrips++;
                double c = StickScene.BOX_CLEARANCE_M;
                double below = b[1] > scene.floorYM() ? c : 0;
                double[] room = {gx - side / 2 - c, b[1] - below, gx + side / 2 + c, b[3] + c};
                boolean intoFurniture = false;
                for (StickScene.Prop q : scene.props()) {
                    if (q.kind() != StickScene.PropKind.BOX && q.kind() != StickScene.PropKind.LEADER) {
                        double[] o = Fixtures.outlineBounds(q.outline());
                        intoFurniture |= o[0] < room[2] && room[0] < o[2] && o[1] < room[3] && room[1] < o[3];
                    }
                }
                assertThat(intoFurniture).as("%s with %s kg: %.3f m from the grips' x, though at the grips it"
                        + " would not pass into the furniture", p.id(), kg, off).isTrue();
                assertThat(scene.onItsFeet()).isTrue();
            }
            // a box at the grips across the body is said to be beside it or between the knees, never neither
            boolean leader = scene.props().stream().anyMatch(q -> q.kind() == StickScene.PropKind.LEADER);
            boolean overlaps = false;
            for (StickScene.Segment sg : scene.segments()) {
                overlaps |= !sg.arm() && crosses(sg, b);
            }
            assertThat(scene.boxBesideBody() || scene.boxBetweenLegs()).as("%s with %s kg", p.id(), kg)
                    .isEqualTo(overlaps && !leader || scene.boxBetweenLegs());
        }
        assertThat(boxes).isGreaterThanOrEqualTo(80);
        assertThat(furnitureAtGrips).as("boxes sent on past the furniture").isLessThanOrEqualTo(boxes / 30);
        assertThat(onFeet).isGreaterThanOrEqualTo(30);
        AnalysisResult press = Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.LEG_PRESS.posture(),
                List.of(HandLoad.ofMassKg(10)));
        StickScene s = StickScene.of(press, PosturePreset.LEG_PRESS.posture().supports(), 10);
        assertThat(s.onItsFeet()).isTrue();
        assertThat(s.props()).extracting(StickScene.Prop::kind).doesNotContain(StickScene.PropKind.LEADER);
    }

    /**
     * A seated hold whose box, hanging from the grips, would pass into the seat: the box rests on the hands,
     * on the lap (its bottom at the grips' height, centred on them), clear of the trunk, head, legs and
     * furniture, with no leader. It was drawn 0.3-0.6 m in front, beyond the knees, joined to the grips by
     * a leader (15 of 125 loaded side views, every seated hold of 1-20 kg): a box held out of reach.
     */
    @Test
    void aSeatedBoxRestsOnTheLap() {
        int onLap = 0;
        for (HeldScene h : HELD_SCENES) {
            PosturePreset p = h.preset();
            double kg = h.kg();
            AnalysisResult r = h.result();
            StickScene scene = h.scene();
            if (scene.view() == StickScene.View.FRONTAL || !scene.onItsFeet()) {
                continue;
            }
            double gx = gripMidXM(r);
            double gy = gripLowYM(r);
            double side = StickScene.boxSideM(kg);
            double[] b = box(scene);
            if (Math.abs(b[1] - gy) > 1e-12 || b[1] <= scene.floorYM() + 1e-12) {
                continue;
            }
            // resting on the hands: at the grips, clear of the body and the furniture, no leader
            String what = p.id() + " with " + kg + " kg";
            onLap++;
            assertThat((b[0] + b[2]) / 2).as("%s: centred on the grips", what).isCloseTo(gx, within(1e-12));
            assertThat(b[3] - b[1]).as(what).isCloseTo(side, within(1e-12));
            for (StickScene.Segment sg : scene.segments()) {
                assertThat(!sg.arm() && crosses(sg, b)).as("%s: the box crosses %s", what, sg.name()).isFalse();
            }
            boolean seat = false;
            for (StickScene.Prop q : scene.props()) {
                assertThat(q.kind()).as(what).isNotEqualTo(StickScene.PropKind.LEADER);
                if (q.kind() != StickScene.PropKind.BOX) {
                    double[] o = Fixtures.outlineBounds(q.outline());
                    assertThat(o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3])
                            .as("%s: the box overlaps the furniture", what).isFalse();
                    // hanging from the grips (its top there) it would have passed into this piece
                    double c = StickScene.BOX_CLEARANCE_M;
                    seat |= o[0] < gx + side / 2 + c && gx - side / 2 - c < o[2] && o[1] < gy + c && gy - side - c < o[3];
                }
            }
            assertThat(seat).as("%s: rests on the lap only where hanging it would meet the furniture", what)
                    .isTrue();
        }
        assertThat(onLap).as("seated boxes on the lap").isGreaterThanOrEqualTo(10);
    }

    /**
     * Every front view of a preset holding 1, 5, 10 or 20 kg draws the box across the view centred on the grips,
     * where the load acts (its z extent centred on the grips' z, a box side wide): lying on the side with 20 kg,
     * the hands at the chest, it was centred on z = 0 and drawn over the pelvis, under the centre-of-mass symbol
     * and the compression arrow.
     */
    @Test
    void aFrontViewDrawsTheBoxAtTheHands() {
        int frontal = 0;
        for (HeldScene h : HELD_SCENES) {
            if (h.scene().view() != StickScene.View.FRONTAL) {
                continue;
            }
            frontal++;
            String what = h.preset().id() + " with " + h.kg() + " kg";
            StickScene.Prop box = h.scene().props().stream().filter(p -> p.kind() == StickScene.PropKind.BOX)
                    .findFirst().orElseThrow();
            double gz = (h.result().pose().landmarks().get(Landmark.GRIP_LEFT).zM()
                    + h.result().pose().landmarks().get(Landmark.GRIP_RIGHT).zM()) / 2;
            assertThat((box.zMinM() + box.zMaxM()) / 2).as("%s: centred on the grips across the view", what)
                    .isCloseTo(gz, within(1e-12));
            assertThat(box.zMaxM() - box.zMinM()).as(what).isCloseTo(StickScene.boxSideM(h.kg()), within(1e-12));
        }
        assertThat(frontal).as("front views holding a box").isGreaterThanOrEqualTo(4);
        // lying on the side with 20 kg: the hands at the chest, 0.35 m from the pelvis across the view
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.LYING_SIDE.posture(),
                List.of(HandLoad.ofMassKg(20)));
        StickScene s = StickScene.of(r, PosturePreset.LYING_SIDE.posture().supports(), 20);
        double[] pelvis = {r.pose().landmarks().get(Landmark.HIP_LEFT).zM(), r.pose().landmarks().get(Landmark.HIP_RIGHT).zM()};
        StickScene.Prop box = s.props().stream().filter(p -> p.kind() == StickScene.PropKind.BOX).findFirst()
                .orElseThrow();
        assertThat(box.zMinM()).as("the box clear of the hip joints across the view")
                .isGreaterThan(Math.max(pelvis[0], pelvis[1]));
    }

    /**
     * The explorer's seated hold (seat and feet, knees at 90°, trunk upright, elbows straight, the shoulders
     * flexed until the grips are 0-0.3 m in front of L5-S1) with 5-30 kg: the box lies within one box side of
     * the grips (its nearest point), clear of the trunk, head, legs and furniture. With the grips in the seat
     * (20 kg at 0.10 m) it could neither hang (the seat) nor rest on the hands (the trunk) and was searched on
     * in front, to 0.60 m beyond the grips, past the knees, its leader drawn across the seat; it now rests on
     * the lap in front of the trunk, joined to the grips by a short leader.
     */
    @Test
    void anExplorerSeatedHoldKeepsItsBoxOnTheLap() {
        java.util.Set<org.lumbosim.posture.Support> sitting = java.util.EnumSet.of(
                org.lumbosim.posture.Support.SEAT, org.lumbosim.posture.Support.FEET);
        org.lumbosim.posture.Posture hanging = new org.lumbosim.posture.Posture(0, 0, 0, 0, 90, 90, 0, 0, 0,
                sitting);
        AnalysisResult h = Lumbosim.analyze(Fixtures.SUBJECT, hanging, List.of());
        PositionM shoulder = h.pose().landmarks().get(Landmark.SHOULDER_RIGHT);
        PositionM grip = h.pose().landmarks().get(Landmark.GRIP_RIGHT);
        double arm = Math.hypot(grip.xM() - shoulder.xM(), grip.yM() - shoulder.yM());
        int held = 0;
        for (double distanceM : new double[] {0, 0.05, 0.10, 0.15, 0.20, 0.30}) {
            double deg = Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, (distanceM - shoulder.xM()) / arm))));
            org.lumbosim.posture.Posture p = hanging.withShoulderFlexionDeg(deg);
            for (double kg : new double[] {5, 10, 20, 30}) {
                AnalysisResult r;
                try {
                    r = Lumbosim.analyze(Fixtures.SUBJECT, p, List.of(HandLoad.ofMassKg(kg)));
                } catch (LumbosimException e) {
                    continue;
                }
                held++;
                String what = kg + " kg at " + distanceM + " m";
                StickScene scene = StickScene.of(r, sitting, kg);
                double[] b = box(scene);
                double gx = gripMidXM(r);
                double gy = gripLowYM(r);
                double dx = Math.max(0, Math.max(b[0] - gx, gx - b[2]));
                double dy = Math.max(0, Math.max(b[1] - gy, gy - b[3]));
                assertThat(Math.hypot(dx, dy)).as("%s: the box's distance from the grips (m)", what)
                        .isLessThanOrEqualTo(StickScene.boxSideM(kg) + 1e-9);
                for (StickScene.Segment sg : scene.segments()) {
                    assertThat(!sg.arm() && crosses(sg, b)).as("%s: the box crosses %s", what, sg.name()).isFalse();
                }
                for (StickScene.Prop q : scene.props()) {
                    if (q.kind() != StickScene.PropKind.BOX && q.kind() != StickScene.PropKind.LEADER) {
                        double[] o = Fixtures.outlineBounds(q.outline());
                        assertThat(o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3])
                                .as("%s: the box overlaps the furniture", what).isFalse();
                    }
                }
            }
        }
        assertThat(held).as("seated holds solved").isGreaterThanOrEqualTo(18);
    }

    /**
     * The scene's "on its feet" (read from its contacts) is the box placement's (read from the posture's
     * supports: the feet and nothing but {@link StickScene#UPRIGHT_SUPPORTS}) for every preset.
     */
    @Test
    void onItsFeetIsTheUprightSupports() {
        for (PosturePreset p : PosturePreset.values()) {
            AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, p.posture(), List.of());
            StickScene scene = StickScene.of(r, p.posture().supports(), 0);
            boolean upright = p.posture().supports().contains(org.lumbosim.posture.Support.FEET)
                    && StickScene.UPRIGHT_SUPPORTS.containsAll(p.posture().supports());
            assertThat(scene.onItsFeet()).as(p.id()).isEqualTo(upright);
        }
    }

    /**
     * Lying on the back with 10 kg, the hands at the hips: the box at the grips is drawn over the far limbs
     * and under the trunk and the near leg, which have a halo of the background inside its outline. Taking
     * the trunk (spine, pelvis) and the near leg out of the scene uncovers box pixels and removes
     * background pixels inside the box.
     */
    @Test
    void aBoxBesideTheBodyIsDrawnUnderTheTrunkWithAHalo() {
        AnalysisResult r = Lumbosim.analyze(Fixtures.SUBJECT, PosturePreset.LYING_SUPINE.posture(),
                List.of(HandLoad.ofMassKg(10)));
        StickScene s = StickScene.of(r, PosturePreset.LYING_SUPINE.posture().supports(), 10);
        assertThat(s.boxBesideBody()).isTrue();
        StickFigure f = StickFigure.of(s, r, SpinalLevel.L5_S1, "", Fixtures.THEME);
        List<StickScene.Segment> bare = s.segments().stream().filter(sg -> !(sg.side() == StickScene.Side.MIDDLE
                && !sg.name().equals("head") || sg.side() == StickScene.Side.RIGHT && sg.leg())).toList();
        StickScene without = new StickScene(bare, s.floorYM(), s.contacts(), s.props(), s.centreOfMassM(),
                s.baseMinXM(), s.baseMaxXM(), s.view(), s.trunkOnThighs(), s.handsOnThighs());
        StickFigure g = new StickFigure(without, f.pose(), f.load(), f.title(), f.theme(), null);
        BufferedImage with = FigureExporter.slides().withPngDpi(72).toImage(f);
        BufferedImage none = FigureExporter.slides().withPngDpi(72).toImage(g);
        int fill = f.fillOf(StickScene.PropKind.BOX).getRGB() & 0xffffff;
        int background = Fixtures.THEME.background().getRGB() & 0xffffff;
        int[] box = Fixtures.pixelBounds(with, f.fillOf(StickScene.PropKind.BOX));
        int fillWith = 0;
        int fillNone = 0;
        int haloWith = 0;
        int haloNone = 0;
        for (int y = box[1]; y <= box[3]; y++) {
            for (int x = box[0]; x <= box[2]; x++) {
                fillWith += (with.getRGB(x, y) & 0xffffff) == fill ? 1 : 0;
                fillNone += (none.getRGB(x, y) & 0xffffff) == fill ? 1 : 0;
                haloWith += (with.getRGB(x, y) & 0xffffff) == background ? 1 : 0;
                haloNone += (none.getRGB(x, y) & 0xffffff) == background ? 1 : 0;
            }
        }
        assertThat(fillNone - fillWith).as("box pixels the trunk and near leg cover").isGreaterThan(100);
        assertThat(haloWith - haloNone).as("their halo's pixels inside the box").isGreaterThan(50);
    }

    /** @return the box's side-view bounds: least x, least y, greatest x, greatest y (m) */
    private static double[] box(StickScene scene) {
        return Fixtures.outlineBounds(scene.props().stream().filter(p -> p.kind() == StickScene.PropKind.BOX)
                .flatMap(p -> p.outline().stream()).toList());
    }

    /** @return whether a segment's side view meets the bounds: it ends inside them or crosses an edge */
    private static boolean crosses(StickScene.Segment sg, double[] b) {
        double[] p = {sg.from().xM(), sg.from().yM()};
        double[] q = {sg.to().xM(), sg.to().yM()};
        if (inside(p, b) || inside(q, b)) {
            return true;
        }
        double[][] corners = {{b[0], b[1]}, {b[2], b[1]}, {b[2], b[3]}, {b[0], b[3]}};
        for (int i = 0; i < 4; i++) {
            if (StickScene.segmentsMeet(p, q, corners[i], corners[(i + 1) % 4])) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(double[] p, double[] b) {
        return p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3];
    }

}
