package org.lumbosim.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.Support;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.result.HandOnThighPush;
import org.lumbosim.result.LevelLoad;
import org.lumbosim.result.MuscleForce;
import org.lumbosim.result.TrunkOnThighsPush;

/**
 * Writes an analysis as JSON, CSV or an aligned table. JSON and CSV carry every number at full
 * precision ({@link Double#toString}); the table rounds for reading.
 */
final class Output {
    private Output() {
    }

    static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Column names of the per-level CSV's loads, also the JSON field names of each level. */
    static final String LEVEL_COLUMNS = "level,compressionN,apShearN,lateralShearN,idpMPa,"
            + "flexionMomentNm,lateralMomentNm,axialMomentNm,passiveMomentNm";

    /**
     * Columns after every level's loads (added at the end so that the loads keep their positions): the
     * thighs' push on a trunk resting on them, as the JSON's {@code trunkOnThighs} gives it (force and
     * point by component, the gap), the same on every row of an analysis; empty without
     * {@code trunk_on_thighs}.
     */
    static final String TRUNK_ON_THIGHS_COLUMNS = "trunkOnThighsForceXN,trunkOnThighsForceYN,trunkOnThighsForceZN,"
            + "trunkOnThighsPointXM,trunkOnThighsPointYM,trunkOnThighsPointZM,trunkOnThighsGapM";

    /**
     * Columns after the trunk's (added at the end so that every earlier column keeps its position): the
     * thighs' push on each hand resting on them, as the JSON's {@code handsOnThighs} gives it (left then
     * right: force and point by component, the hand's gap), the same on every row of an analysis; empty
     * without {@code hands_on_thighs}.
     */
    static final String HANDS_ON_THIGHS_COLUMNS = handColumns("Left") + "," + handColumns("Right");

    /**
     * The thighs' pushes on a resting trunk and hands, as one analysis's CSV columns: the trunk's seven,
     * then the hands' fourteen ({@link #contactCells}). Every CSV that reports an analysis's pushes (analyze
     * per level, day per sample) ends with them.
     */
    static final String CONTACT_COLUMNS = TRUNK_ON_THIGHS_COLUMNS + "," + HANDS_ON_THIGHS_COLUMNS;

    /** Header of the per-level CSV. */
    static final String LEVEL_CSV_HEADER = LEVEL_COLUMNS + "," + CONTACT_COLUMNS;

    /** @return one hand's seven CSV columns, e.g. {@code handsOnThighsLeftForceXN} */
    private static String handColumns(String side) {
        StringJoiner j = new StringJoiner(",");
        for (String c : new String[] {"ForceXN", "ForceYN", "ForceZN", "PointXM", "PointYM", "PointZM", "GapM"}) {
            j.add("handsOnThighs" + side + c);
        }
        return j.toString();
    }

    /** Pascals in a megapascal. */
    private static final double PASCALS_PER_MEGAPASCAL = 1e6;

    static final String MUSCLE_CSV_HEADER = "name,group,side,forceN,stressMPa";

    static ObjectNode json(Task task, AnalysisResult r, boolean muscleForces) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", r.overloaded() ? "overloaded" : "ok");
        if (r.overloaded()) {
            root.put("requiredMuscleStressMPa", r.largestMuscleStressMPa());
            root.put("allowedMuscleStressMPa", allowedMuscleStressMPa(task));
        }
        ArrayNode levels = root.putArray("levels");
        for (LevelLoad l : r.levels()) {
            ObjectNode n = levels.addObject();
            n.put("level", l.level().label());
            n.put("compressionN", l.compressionN());
            n.put("apShearN", l.apShearN());
            n.put("lateralShearN", l.lateralShearN());
            n.put("idpMPa", l.idpMPa());
            n.put("flexionMomentNm", l.flexionMomentNm());
            n.put("lateralMomentNm", l.lateralMomentNm());
            n.put("axialMomentNm", l.axialMomentNm());
            n.put("passiveMomentNm", l.passiveMomentNm());
        }
        root.put("iapForceN", r.iapForceN());
        root.put("backrestForceN", r.backrestForceN());
        TrunkOnThighsPush push = r.trunkOnThighs();
        if (push != null) {
            ObjectNode t = root.putObject("trunkOnThighs");
            t.putArray("forceN").add(push.forceXN()).add(push.forceYN()).add(push.forceZN());
            t.putArray("pointM").add(push.pointM().xM()).add(push.pointM().yM()).add(push.pointM().zM());
            t.put("gapM", push.gapM());
        }
        if (!r.handsOnThighs().isEmpty()) {
            ArrayNode hands = root.putArray("handsOnThighs");
            for (HandOnThighPush h : r.handsOnThighs()) {
                ObjectNode t = hands.addObject();
                t.put("side", h.side().id());
                t.putArray("forceN").add(h.forceXN()).add(h.forceYN()).add(h.forceZN());
                t.putArray("pointM").add(h.pointM().xM()).add(h.pointM().yM()).add(h.pointM().zM());
                t.put("gapM", h.gapM());
            }
        }
        root.put("equilibriumResidualNm", r.equilibriumResidualNm());
        root.put("iterations", r.iterations());
        echo(root, task);
        if (muscleForces) {
            ArrayNode muscles = root.putArray("muscles");
            for (MuscleForce m : r.muscles()) {
                ObjectNode n = muscles.addObject();
                n.put("name", m.name());
                n.put("group", m.group());
                n.put("side", m.side());
                n.put("forceN", m.forceN());
                n.put("stressMPa", m.stressMPa());
            }
        }
        return root;
    }

    /** Adds the task as solved (subject, posture after overrides, loads, model). */
    private static void echo(ObjectNode root, Task task) {
        ObjectNode s = root.putObject("subject");
        s.put("sex", task.subject().sex().name().toLowerCase(Locale.ROOT));
        s.put("statureM", task.subject().statureM());
        s.put("massKg", task.subject().bodyMassKg());
        s.put("ageYears", task.subject().ageYears());
        if (!task.discAreaMm2().isEmpty()) {
            ObjectNode areas = s.putObject("discAreaMm2");
            for (SpinalLevel level : SpinalLevel.values()) {
                if (task.discAreaMm2().containsKey(level)) {
                    areas.put(level.label(), task.discAreaMm2().get(level));
                }
            }
        }
        ObjectNode p = root.putObject("posture");
        double[] a = TaskReader.angles(task.posture());
        for (int i = 0; i < a.length; i++) {
            p.put(TaskReader.POSTURE_ANGLES.get(i), a[i]);
        }
        ArrayNode sup = p.putArray("supports");
        p.put(TaskReader.ARMS_HANG, task.posture().armsHang());
        for (Support x : Support.values()) {
            if (task.posture().has(x)) {
                sup.add(x.id());
            }
        }
        ArrayNode loads = root.putArray("loads");
        for (HandLoad l : task.loads()) {
            ObjectNode n = loads.addObject();
            n.put("massKg", l.massKg());
            n.putArray("forceN").add(l.forceXN()).add(l.forceYN()).add(l.forceZN());
            n.put("hands", l.hands().id());
            if (l.positionM() != null) {
                n.putArray("positionM").add(l.positionM().xM()).add(l.positionM().yM()).add(l.positionM().zM());
            }
        }
        ObjectNode m = root.putObject("model");
        m.put("muscles", task.muscles().id());
        m.put("criterion", task.criterion().id());
        m.put(TaskReader.ABDOMINAL_COACTIVATION, task.abdominalCoactivation());
        m.put(TaskReader.LEVEL_COUPLING, task.levelCoupling().id());
        m.put(TaskReader.ABDOMINAL_PRESSURE, task.abdominalPressure().id());
    }

    /** @return the largest muscle stress the task's subject can produce (MPa) */
    static double allowedMuscleStressMPa(Task task) {
        return task.model().tissueParameters().maxMuscleStressPa() / PASCALS_PER_MEGAPASCAL;
    }

    /**
     * The line that marks an overloaded analysis in the csv and table formats.
     *
     * @param task the task
     * @param r its result, overloaded
     * @return {@code # status: overloaded requiredMuscleStressMPa=<x> allowedMuscleStressMPa=<y>}
     */
    static String overloadedLine(Task task, AnalysisResult r) {
        return "# status: overloaded requiredMuscleStressMPa=" + FiniteOutput.full("requiredMuscleStressMPa",
                r.largestMuscleStressMPa()) + " allowedMuscleStressMPa=" + FiniteOutput.full("allowedMuscleStressMPa",
                allowedMuscleStressMPa(task));
    }

    static ObjectNode infeasibleJson(InfeasibleRecruitmentException e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", "infeasible");
        root.put("message", e.getMessage());
        root.put("level", e.level().label());
        root.put("axis", e.axis());
        root.put("unbalancedMomentNm", e.unbalancedMomentNm());
        if (e.requiredMuscleStressMPa().isPresent()) {
            root.put("requiredMuscleStressMPa", e.requiredMuscleStressMPa().getAsDouble());
        } else {
            root.putNull("requiredMuscleStressMPa");
        }
        root.put("allowedMuscleStressMPa", e.allowedMuscleStressMPa());
        return root;
    }

    /**
     * Prints what {@code print} writes only once it has all been written: a number refused as not
     * finite ({@link FiniteOutput}) half-way prints nothing (outputs are whole or nothing).
     */
    private static void whole(PrintStream out, Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        print.accept(new PrintStream(bytes, false, StandardCharsets.UTF_8));
        out.print(bytes.toString(StandardCharsets.UTF_8));
    }

    static void csv(AnalysisResult r, boolean muscleForces, PrintStream out) {
        whole(out, o -> csvLines(r, muscleForces, o));
    }

    /**
     * An analysis's cells under {@link #CONTACT_COLUMNS}, each after a comma, at full precision and checked
     * finite under its column's name: the thighs' push on the trunk (force, point, gap), then on each hand,
     * left then right; empty cells where the posture does not rest the trunk or the hands on the thighs.
     *
     * @param r the analysis
     * @return {@code ,<cell>} for each of the 21 columns
     */
    static String contactCells(AnalysisResult r) {
        StringBuilder push = new StringBuilder();
        TrunkOnThighsPush t = r.trunkOnThighs();
        String[] pushNames = TRUNK_ON_THIGHS_COLUMNS.split(",");
        if (t == null) {
            push.append(",".repeat(pushNames.length));
        } else {
            cells(push, pushNames, 0, contact(t.forceXN(), t.forceYN(), t.forceZN(), t.pointM(), t.gapM()));
        }
        String[] handNames = HANDS_ON_THIGHS_COLUMNS.split(",");
        if (r.handsOnThighs().isEmpty()) {
            push.append(",".repeat(handNames.length));
        } else {
            int first = 0;
            for (HandOnThighPush h : r.handsOnThighs()) {
                double[] v = contact(h.forceXN(), h.forceYN(), h.forceZN(), h.pointM(), h.gapM());
                cells(push, handNames, first, v);
                first += v.length;
            }
        }
        return push.toString();
    }

    private static void csvLines(AnalysisResult r, boolean muscleForces, PrintStream out) {
        out.println(LEVEL_CSV_HEADER);
        String[] names = LEVEL_COLUMNS.split(",");
        String push = contactCells(r);
        for (LevelLoad l : r.levels()) {
            double[] v = {l.compressionN(), l.apShearN(), l.lateralShearN(), l.idpMPa(), l.flexionMomentNm(),
                l.lateralMomentNm(), l.axialMomentNm(), l.passiveMomentNm()};
            StringBuilder row = new StringBuilder(l.level().label());
            for (int i = 0; i < v.length; i++) {
                row.append(',').append(FiniteOutput.full(l.level().label() + " " + names[i + 1], v[i]));
            }
            out.println(row.append(push));
        }
        if (muscleForces) {
            out.println();
            muscleCsv(r).lines().forEach(out::println);
        }
    }

    /**
     * The muscle table of {@code --muscle-forces}: {@link #MUSCLE_CSV_HEADER}, then one row per muscle line
     * (per fascicle for multi-fascicle) at full precision, each line ended by {@code \n}; the second block
     * of {@code --format csv --muscle-forces} and the whole of {@code --muscle-forces-out FILE}.
     *
     * @param r the analysis
     * @return the table's text
     */
    static String muscleCsv(AnalysisResult r) {
        StringBuilder b = new StringBuilder(MUSCLE_CSV_HEADER).append('\n');
        for (MuscleForce m : r.muscles()) {
            b.append(m.name()).append(',').append(m.group()).append(',').append(m.side()).append(',')
                    .append(FiniteOutput.full(m.name() + " forceN", m.forceN())).append(',')
                    .append(FiniteOutput.full(m.name() + " stressMPa", m.stressMPa())).append('\n');
        }
        return b.toString();
    }

    static void table(Task task, AnalysisResult r, boolean muscleForces, PrintStream out) {
        whole(out, o -> tableLines(task, r, muscleForces, o));
    }

    /**
     * @return a contact's push as its CSV columns and table line give it: force (x, y, z; N), point (x,
     *     y, z; m), gap (m)
     */
    private static double[] contact(double forceXN, double forceYN, double forceZN, PositionM pointM, double gapM) {
        return new double[] {forceXN, forceYN, forceZN, pointM.xM(), pointM.yM(), pointM.zM(), gapM};
    }

    /** Appends {@code values} as CSV cells, each checked finite under its column's name from {@code first}. */
    private static void cells(StringBuilder row, String[] names, int first, double[] values) {
        for (int i = 0; i < values.length; i++) {
            row.append(',').append(FiniteOutput.full(names[first + i], values[i]));
        }
    }

    /**
     * Prints a contact's push rounded, e.g. {@code push 9.3 N (x 0.0, y 9.3, z 0.0) at (0.291, -0.069,
     * -0.165) m, hand-thigh gap 0.020 m}.
     *
     * @param c the push as {@link #contact} gives it
     * @param gapName what the gap is between, e.g. {@code abdomen-thigh}
     */
    private static void pushText(PrintStream out, double forceN, double[] c, String gapName) {
        FiniteOutput.printf(out, "push %.1f N (x %.1f, y %.1f, z %.1f) at (%.3f, %.3f, %.3f) m, %s gap %.3f m",
                forceN, noNegativeZero(c[0]), noNegativeZero(c[1]), noNegativeZero(c[2]), noNegativeZeroMetres(c[3]),
                noNegativeZeroMetres(c[4]), noNegativeZeroMetres(c[5]), gapName, noNegativeZeroMetres(c[6]));
    }

    private static void tableLines(Task task, AnalysisResult r, boolean muscleForces, PrintStream out) {
        Posture p = task.posture();
        StringBuilder areas = new StringBuilder();
        for (SpinalLevel level : SpinalLevel.values()) {
            if (task.discAreaMm2().containsKey(level)) {
                areas.append(", disc area ").append(level.label()).append(' ').append(task.discAreaMm2().get(level))
                        .append(" mm2 (given)");
            }
        }
        FiniteOutput.printf(out, "subject: %s, %s m, %s kg, %s years%s; model: %s muscles, %s%n",
                task.subject().sex().name().toLowerCase(Locale.ROOT), task.subject().statureM(),
                task.subject().bodyMassKg(), task.subject().ageYears(), areas, task.muscles().id(), task.criterion().id());
        StringBuilder angles = new StringBuilder("posture:");
        double[] a = TaskReader.angles(p);
        for (int i = 0; i < a.length; i++) {
            angles.append(' ').append(TaskReader.POSTURE_ANGLES.get(i)).append('=').append(round(a[i], 1));
        }
        angles.append(' ').append(TaskReader.ARMS_HANG).append('=').append(p.armsHang());
        out.println(angles);
        StringJoiner supports = new StringJoiner(", ", "supports: ", "");
        supports.setEmptyValue("supports: none");
        for (Support x : Support.values()) {
            if (p.has(x)) {
                supports.add(x.id());
            }
        }
        out.println(supports);
        double totalKg = 0;
        for (HandLoad l : task.loads()) {
            totalKg += l.massKg();
        }
        out.println("loads: " + task.loads().size() + " (total mass " + totalKg + " kg)");
        out.println();
        levelTableHeader("", out);
        for (LevelLoad l : r.levels()) {
            levelTableRow("", l, out);
        }
        FiniteOutput.printf(out, "%nequilibrium residual %s N·m after %d iterations%n", r.equilibriumResidualNm(),
                r.iterations());
        TrunkOnThighsPush push = r.trunkOnThighs();
        if (push != null) {
            out.print("trunk on thighs: ");
            pushText(out, push.forceN(), contact(push.forceXN(), push.forceYN(), push.forceZN(), push.pointM(),
                    push.gapM()), "abdomen-thigh");
            out.println();
        }
        if (!r.handsOnThighs().isEmpty()) {
            out.print("hands on thighs:");
            String separator = " ";
            for (HandOnThighPush h : r.handsOnThighs()) {
                out.print(separator + h.side().id() + " ");
                pushText(out, h.forceN(), contact(h.forceXN(), h.forceYN(), h.forceZN(), h.pointM(), h.gapM()),
                        "hand-thigh");
                separator = "; ";
            }
            out.println();
        }
        if (muscleForces) {
            out.println();
            FiniteOutput.printf(out, "%-40s %-24s %-4s %10s %10s%n", "muscle", "group", "side", "force_N",
                    "stress_MPa");
            for (MuscleForce m : r.muscles()) {
                FiniteOutput.printf(out, "%-40s %-24s %-4s %10.1f %10.4f%n", m.name(), m.group(), m.side(),
                        m.forceN(), m.stressMPa());
            }
        }
    }

    static void levelTableHeader(String prefix, PrintStream out) {
        FiniteOutput.printf(out, "%s%-6s %14s %11s %16s %8s%n", prefix, "level", "compression_N", "ap_shear_N",
                "lateral_shear_N", "idp_MPa");
    }

    static void levelTableRow(String prefix, LevelLoad l, PrintStream out) {
        FiniteOutput.printf(out, "%s%-6s %14.1f %11.1f %16.1f %8.3f%n", prefix, l.level().label(),
                noNegativeZero(l.compressionN()), noNegativeZero(l.apShearN()), noNegativeZero(l.lateralShearN()),
                l.idpMPa());
    }

    /**
     * @param v a force shown with one decimal
     * @return 0.0 for anything that one decimal shows as zero (-0.0 and round-off such as -1e-12
     *     included), so that the table never shows "-0.0"; {@code v} otherwise
     */
    static double noNegativeZero(double v) {
        return Math.abs(v) < ONE_DECIMAL_HALF_STEP ? 0.0 : v;
    }

    /** Half the step of one decimal: values below it in magnitude print as zero. */
    private static final double ONE_DECIMAL_HALF_STEP = 0.05;

    /**
     * @param v a length shown with three decimals (m)
     * @return 0.0 for anything that three decimals show as zero, so that the table never shows "-0.000";
     *     {@code v} otherwise
     */
    private static double noNegativeZeroMetres(double v) {
        return Math.abs(v) < THREE_DECIMALS_HALF_STEP ? 0.0 : v;
    }

    /** Half the step of three decimals (a millimetre in metres): values below it in magnitude print as zero. */
    private static final double THREE_DECIMALS_HALF_STEP = 0.0005;

    private static String round(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * @param s a message (may be null)
     * @return the message with line breaks and control characters turned into spaces, so that it
     *     fits one line ({@link OutputFiles#oneLine})
     */
    static String oneLine(Object s) {
        return OutputFiles.oneLine(s);
    }
}
