package org.lumbosim.explorer;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.reference.OccupationalLimits;
import org.lumbosim.viz.LumbosimTheme;
import org.lumbosim.viz.StickFigure;
import org.lumbosim.viz.StickScene;

/**
 * Builds the explorer's page: one HTML file with its styles, its script and the model compiled to
 * JavaScript ({@code lumbosim-model.js}, made by TeaVM at build time from {@link ExplorerScript})
 * inside it, so that it opens from the disc with no network and no server. The limits come from
 * {@link OccupationalLimits}, the slider ranges from {@link ExplorerInputs} and {@link PostureRange},
 * the layout of the model's answer from {@link ExplorerSolver}.
 */
public final class ExplorerPage {
    /** File name of the page. */
    public static final String FILE = "explorer.html";

    private static final String TEMPLATE = "explorer.html";
    private static final String MODEL = "lumbosim-model.js";
    private static final String VERSION = "version.properties";
    private static final double CM_PER_M = 100;

    private ExplorerPage() {
    }

    /**
     * @return the page's HTML
     * @throws IllegalStateException if the compiled model is missing from the jar (the build did not
     *     run TeaVM)
     */
    public static String html() {
        String model = resource(MODEL);
        if (model.contains("</script")) {
            throw new IllegalStateException(MODEL + " contains \"</script\" and cannot be inlined in a page");
        }
        String page = resource(TEMPLATE)
                .replace("@VERSION@", version())
                .replace("@TRUNK_MIN@", fmt(ExplorerInputs.TRUNK_MIN_DEG))
                .replace("@TRUNK_MAX@", fmt(ExplorerInputs.TRUNK_MAX_DEG))
                .replace("@LUMBAR_MIN@", fmt(Math.ceil(PostureRange.LUMBAR_FLEXION_MIN_DEG)))
                .replace("@LUMBAR_MAX@", fmt(Math.floor(PostureRange.LUMBAR_FLEXION_MAX_DEG)))
                .replace("@KNEE_MAX@", fmt(ExplorerInputs.KNEE_MAX_DEG))
                .replace("@LOAD_MAX@", fmt(ExplorerInputs.LOAD_MAX_KG))
                .replace("@LOAD_DEFAULT@", fmt(ExplorerInputs.DEFAULT_LOAD_KG))
                .replace("@DIST_MIN_CM@", cm(ExplorerInputs.HAND_DISTANCE_MIN_M))
                .replace("@DIST_MAX_CM@", cm(ExplorerInputs.HAND_DISTANCE_MAX_M))
                .replace("@DIST_DEFAULT_CM@", cm(ExplorerInputs.DEFAULT_HAND_DISTANCE_M))
                .replace("@STATURE_MIN_CM@", cm(Subject.MIN_STATURE_M))
                .replace("@STATURE_MAX_CM@", cm(Subject.MAX_STATURE_M))
                .replace("@STATURE_DEFAULT_CM@", cm(Subject.defaultSubject().statureM()))
                .replace("@MASS_DEFAULT@", fmt(Subject.defaultSubject().bodyMassKg()))
                .replace("@MASS_MIN@", fmt(ExplorerInputs.BODY_MASS_MIN_KG))
                .replace("@MASS_MAX@", fmt(ExplorerInputs.BODY_MASS_MAX_KG))
                .replace("/*@LIMITS@*/", limits())
                .replace("/*@LAYOUT@*/", layout())
                .replace("/*@COLOURS@*/", colours(LumbosimTheme.slides()))
                .replace("/*@CSS_COLOURS@*/", cssColours(LumbosimTheme.slides()));
        return page.replace("/*@MODEL@*/", model);
    }

    /**
     * Writes the page into a folder.
     *
     * @param dir an existing folder (written)
     * @return the page's file name ({@link #FILE})
     * @throws IOException if it cannot be written
     */
    public static String writeInto(Path dir) throws IOException {
        Checks.given(dir, "dir");
        Files.writeString(dir.resolve(FILE), html(), StandardCharsets.UTF_8);
        return FILE;
    }

    /** @return the project version the page was built with, e.g. {@code 0.1.0-SNAPSHOT} */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = ExplorerPage.class.getResourceAsStream(VERSION)) {
            if (in == null) {
                throw new IllegalStateException(VERSION + " is missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static String limits() {
        return "{\"nioshActionN\":" + fmt(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N)
                + ",\"nioshMaxN\":" + fmt(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N)
                + ",\"shearOccasionalN\":" + fmt(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N)
                + ",\"shearFrequentN\":" + fmt(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_FREQUENT_N) + "}";
    }

    /**
     * @param theme the library's figure look
     * @return the colours the page's figure shares with the library's stick figures and charts, as a JSON object,
     *     each with the one meaning it has there: the ground line and its hatching (and the contacts on it, the
     *     centre of mass and its plumb line), the furniture's fill and outline, a support's push on the body, the
     *     compression (the discs), the held load's box and its outline, a mark beyond a limit (the rings round a disc
     *     above a NIOSH limit). The page drew the contacts and the plumb line in the shear's green, the discs above
     *     the action limit and the box in one orange, and a disc above the maximum limit red, hard to tell from the
     *     push's vermilion
     */
    static String colours(LumbosimTheme theme) {
        return "{\"ground\":\"" + hex(theme.groundColor()) + "\",\"groundHatch\":\"" + hex(theme.groundHatchColor())
                + "\",\"furnitureFill\":\"" + hex(theme.furnitureFill()) + "\",\"furnitureEdge\":\""
                + hex(theme.furnitureEdge()) + "\",\"push\":\"" + hex(theme.pushColor())
                + "\",\"compression\":\"" + hex(theme.compressionColor())
                + "\",\"heldLoadFill\":\"" + hex(theme.heldLoadFill()) + "\",\"heldLoadEdge\":\""
                + hex(theme.heldLoadEdge()) + "\",\"limit\":\"" + hex(theme.overloadColor()) + "\"}";
    }

    /**
     * @param theme the library's figure look
     * @return the page's stylesheet colours as CSS custom properties: the compression's bars ({@code --compression}),
     *     the NIOSH limits' lines, the outlines of table cells above them and the border of a warning
     *     ({@code --limit}, the library's {@link LumbosimTheme#overloadColor()}: they were vermilion, the push's
     *     colour), the border of a plain status ({@code --neutral}, the grid's grey: it was the shear's green)
     */
    static String cssColours(LumbosimTheme theme) {
        return "--compression:" + hex(theme.compressionColor()) + ";--limit:" + hex(theme.overloadColor())
                + ";--neutral:" + hex(theme.gridColor());
    }

    /** @return the colour as CSS writes it, e.g. {@code #d55e00} */
    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String layout() {
        return "{\"status\":" + ExplorerSolver.STATUS + ",\"ok\":" + ExplorerSolver.OK
                + ",\"infeasible\":" + ExplorerSolver.INFEASIBLE + ",\"unsupported\":" + ExplorerSolver.UNSUPPORTED
                + ",\"shoulder\":" + ExplorerSolver.SHOULDER_DEG + ",\"gripX\":" + ExplorerSolver.GRIP_X_M
                + ",\"hip\":" + ExplorerSolver.HIP_DEG + ",\"levels\":" + ExplorerSolver.LEVELS
                + ",\"push\":" + ExplorerSolver.PUSH + ",\"hands\":" + ExplorerSolver.HANDS
                + ",\"perLevel\":" + ExplorerSolver.PER_LEVEL + ",\"scene\":" + ExplorerSolver.SCENE
                + ",\"segmentSize\":" + ExplorerSolver.SEGMENT_SIZE + ",\"contactSize\":" + ExplorerSolver.CONTACT_SIZE
                + ",\"head\":" + ExplorerSolver.HEAD + ",\"girdle\":" + ExplorerSolver.GIRDLE
                + ",\"arm\":" + ExplorerSolver.ARM + ",\"leg\":" + ExplorerSolver.LEG
                + ",\"box\":" + StickScene.PropKind.BOX.ordinal()
                + ",\"leader\":" + StickScene.PropKind.LEADER.ordinal()
                + ",\"sled\":" + StickScene.PropKind.SLED.ordinal()
                + ",\"seat\":" + StickScene.PropKind.SEAT.ordinal() + ",\"gripY\":" + ExplorerSolver.GRIP_Y_M
                + ",\"tolerance\":" + StickScene.CONTACT_TOLERANCE_M
                + ",\"leastArrowM\":" + StickFigure.LEAST_ARROW_M
                + ",\"standing\":" + ExplorerInputs.Stance.STANDING.ordinal()
                + ",\"sitting\":" + ExplorerInputs.Stance.SITTING.ordinal()
                + ",\"trunkOnThighs\":" + ExplorerInputs.Stance.SITTING_TRUNK_ON_THIGHS.ordinal()
                + ",\"handsOnThighs\":" + ExplorerInputs.Stance.SITTING_HANDS_ON_THIGHS.ordinal()
                + ",\"restingTrunkPose\":" + trunkPose(PosturePreset.SITTING_MAX_FLEXION)
                + ",\"restingHandsPose\":" + trunkPose(PosturePreset.SITTING_UNSUPPORTED) + "}";
    }

    /**
     * @return the preset's trunk and lumbar flexion in whole degrees (the sliders' step), as the page poses
     *     the trunk when a stance is chosen: {@code [trunk, lumbar]}
     */
    private static String trunkPose(PosturePreset preset) {
        return "[" + fmt(Math.round(preset.posture().trunkFlexionDeg())) + ","
                + fmt(Math.round(preset.posture().lumbarFlexionDeg())) + "]";
    }

    /** Whole centimetres: the page's length sliders step by 1 cm, so every value is exact. */
    private static String cm(double m) {
        return fmt(Math.round(m * CM_PER_M));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : Double.toString(v);
    }

    private static String resource(String name) {
        try (InputStream in = ExplorerPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar (built by the examples module's"
                        + " TeaVM step: mvn -pl examples -am package)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
