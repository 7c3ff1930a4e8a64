package org.lumbosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.lumbosim.IncompatibleSupportsException;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.RecruitmentCriterion;

/**
 * Reads and checks a task file (format in {@code docs/cli.md}) under the one JSON reading policy
 * ({@link JsonInput}). Every problem is reported as a {@link BadInputException} whose one-line message
 * starts with the JSON path of the offending field, e.g. {@code posture.trunkFlexionDeg = 200.0 deg is
 * outside the model's valid range [-180.0, 180.0] deg}, or with {@code file:line:column} for text that
 * is not JSON. Unknown fields are rejected with the list of accepted ones.
 */
public final class TaskReader {
    private TaskReader() {
    }

    /** Posture fields that are angles, in the order of the {@link Posture} record's components. */
    static final List<String> POSTURE_ANGLES = List.of("trunkFlexionDeg", "lumbarFlexionDeg", "lateralBendDeg",
            "axialRotationDeg", "hipFlexionDeg", "kneeFlexionDeg", "shoulderFlexionDeg", "elbowFlexionDeg",
            "bodyRollDeg", "anklePlantarFlexionDeg", "shoulderAbductionDeg",
            "hipAdductionDeg");

    /** The posture field that says whether the upper arms hang under gravity ({@link Posture#armsHang()}). */
    static final String ARMS_HANG = "armsHang";

    private static final List<String> TASK_FIELDS = List.of("subject", "posture", "loads", "model");
    private static final List<String> SUBJECT_FIELDS = List.of("sex", "statureM", "massKg", "bodyMassKg", "ageYears",
            "discAreaMm2");
    private static final List<String> POSTURE_FIELDS;
    private static final List<String> LOAD_FIELDS = List.of("massKg", "forceN", "hands", "positionM");
    /** The task field that sets {@link TissueParameters#abdominalCoactivation()}. */
    static final String ABDOMINAL_COACTIVATION = "abdominalCoactivation";
    /** The task field that sets {@link LumbarModel#withLevelCoupling}. */
    static final String LEVEL_COUPLING = "levelCoupling";
    /** The task field that sets {@link LumbarModel#withAbdominalPressure}. */
    static final String ABDOMINAL_PRESSURE = "abdominalPressure";
    private static final List<String> MODEL_FIELDS = List.of("muscles", "criterion", "overload", ABDOMINAL_COACTIVATION,
            LEVEL_COUPLING, ABDOMINAL_PRESSURE);
    private static final int XYZ = 3;
    /** Most loads one task may hold (a million took 22.6 s and echoed 82 MB). */
    static final int MAX_LOADS = 1000;

    static {
        List<String> f = new ArrayList<>();
        f.add("preset");
        f.addAll(POSTURE_ANGLES);
        f.add("supports");
        f.add(ARMS_HANG);
        POSTURE_FIELDS = List.copyOf(f);
    }

    /**
     * Reads a task file.
     *
     * @param file the file (UTF-8 JSON)
     * @return the task
     * @throws BadInputException if the file is missing, unreadable, not JSON or not a valid task
     */
    public static Task read(Path file) {
        Checks.given(file, "file");
        return parse(JsonInput.read(file, "task", TASK_FIELDS));
    }

    /**
     * Parses the text of a task.
     *
     * @param json the JSON text
     * @return the task
     * @throws BadInputException if it is not JSON or not a valid task
     */
    public static Task parse(String json) {
        Checks.given(json, "json");
        return parse(JsonInput.parse(json, "task", "task", TASK_FIELDS));
    }

    /**
     * Checks a parsed task tree.
     *
     * @param root the tree
     * @return the task
     * @throws BadInputException if it is not a valid task
     */
    static Task parse(JsonNode root) {
        JsonInput.root(root, "task", TASK_FIELDS);
        Subject subject = subject(root.get("subject"));
        JsonNode postureNode = root.get("posture");
        if (postureNode == null) {
            throw new BadInputException("posture is missing: give a \"preset\" (one of " + presetIds()
                    + ") and/or angle fields");
        }
        Posture posture = posture(postureNode);
        List<HandLoad> loads = loads(root.get("loads"));
        MuscleModelKind muscles = MuscleModelKind.SINGLE_EQUIVALENT;
        RecruitmentCriterion criterion = RecruitmentCriterion.SQUARED_STRESS;
        OverloadPolicy overload = OverloadPolicy.FAIL;
        double coactivation = TissueParameters.published().abdominalCoactivation();
        LevelCoupling coupling = LevelCoupling.DEVIATIONS;
        AbdominalPressureMode pressure = AbdominalPressureMode.PRESCRIBED;
        JsonNode model = root.get("model");
        if (model != null) {
            JsonInput.object(model, "model", MODEL_FIELDS);
            if (model.has("muscles")) {
                muscles = JsonInput.choice(model.get("muscles"), "model.muscles", MuscleModelKind::ofId,
                        ids(MuscleModelKind.values(), MuscleModelKind::id));
            }
            if (model.has("criterion")) {
                criterion = JsonInput.choice(model.get("criterion"), "model.criterion", RecruitmentCriterion::ofId,
                        ids(RecruitmentCriterion.values(), RecruitmentCriterion::id));
            }
            if (model.has("overload")) {
                overload = JsonInput.choice(model.get("overload"), "model.overload", TaskReader::overloadPolicy,
                        "fail, report");
            }
            if (model.has(LEVEL_COUPLING)) {
                coupling = JsonInput.choice(model.get(LEVEL_COUPLING), "model." + LEVEL_COUPLING, LevelCoupling::ofId,
                        ids(LevelCoupling.values(), LevelCoupling::id));
            }
            if (model.has(ABDOMINAL_PRESSURE)) {
                pressure = JsonInput.choice(model.get(ABDOMINAL_PRESSURE), "model." + ABDOMINAL_PRESSURE,
                        AbdominalPressureMode::ofId, ids(AbdominalPressureMode.values(), AbdominalPressureMode::id));
            }
            coactivation = number(model, ABDOMINAL_COACTIVATION, "model." + ABDOMINAL_COACTIVATION, coactivation,
                    v -> TissueParameters.published().with(TissueParameter.ABDOMINAL_COACTIVATION, v));
        }
        return new Task(subject, posture, loads, muscles, criterion, overload, discAreas(root.get("subject")),
                coactivation, coupling, pressure);
    }

    /**
     * @param id {@code fail} or {@code report}
     * @return the overload policy of a task file's {@code model.overload}
     * @throws IllegalArgumentException for any other text
     */
    static OverloadPolicy overloadPolicy(String id) {
        switch (id) {
            case "fail":
                return OverloadPolicy.FAIL;
            case "report":
                return OverloadPolicy.REPORT;
            default:
                throw new IllegalArgumentException("unknown overload policy " + id);
        }
    }

    // ------------------------------------------------------------------ subject

    private static Subject subject(JsonNode node) {
        Subject s = Subject.defaultSubject();
        if (node == null) {
            return s;
        }
        JsonInput.object(node, "subject", SUBJECT_FIELDS);
        if (node.has("sex")) {
            s = s.withSex(JsonInput.choice(node.get("sex"), "subject.sex", Sex::parse, "male, female"));
        }
        if (node.has("massKg") && node.has("bodyMassKg")) {
            throw new BadInputException("subject: give either massKg or bodyMassKg (the same quantity), not both");
        }
        Subject probe = Subject.defaultSubject();
        double stature = number(node, "statureM", "subject.statureM", s.statureM(), probe::withStatureM);
        String massField = node.has("bodyMassKg") ? "bodyMassKg" : "massKg";
        double mass = number(node, massField, "subject." + massField, s.bodyMassKg(), probe::withBodyMassKg);
        double age = number(node, "ageYears", "subject.ageYears", s.ageYears(), probe::withAgeYears);
        return new Subject(s.sex(), stature, mass, age);
    }

    /**
     * Reads {@code subject.discAreaMm2}: an object whose fields are level labels ({@code "L4-L5"}) and
     * whose values are the subject's own disc areas (mm²), each checked by the model.
     *
     * @param subjectNode the task's subject (may be null)
     * @return the given areas by level (empty if none)
     */
    private static Map<SpinalLevel, Double> discAreas(JsonNode subjectNode) {
        Map<SpinalLevel, Double> out = new EnumMap<>(SpinalLevel.class);
        if (subjectNode == null || !subjectNode.has("discAreaMm2")) {
            return out;
        }
        List<String> labels = new ArrayList<>();
        for (SpinalLevel level : SpinalLevel.values()) {
            labels.add(0, level.label()); // listed from L1-L2 down, as SpinalLevel.ofLabel lists them
        }
        JsonNode node = subjectNode.get("discAreaMm2");
        JsonInput.object(node, "subject.discAreaMm2", labels);
        LumbarModel probe = LumbarModel.of(Subject.defaultSubject());
        for (SpinalLevel level : SpinalLevel.values()) {
            if (node.has(level.label())) {
                out.put(level, JsonInput.number(node.get(level.label()), "subject.discAreaMm2." + level.label(),
                        v -> probe.withDiscAreaMm2(level, v)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ posture

    private static Posture posture(JsonNode node) {
        JsonInput.object(node, "posture", POSTURE_FIELDS);
        PosturePreset preset = null;
        if (node.has("preset")) {
            preset = JsonInput.choice(node.get("preset"), "posture.preset", PosturePreset::ofId, presetIds());
        }
        Map<String, Double> given = new LinkedHashMap<>();
        for (int i = 0; i < POSTURE_ANGLES.size(); i++) {
            String name = POSTURE_ANGLES.get(i);
            if (node.has(name)) {
                int index = i;
                given.put(name, number(node, name, "posture." + name, 0, v -> postureWith(index, v)));
            }
        }
        Set<Support> supports = node.has("supports") ? supports(node.get("supports")) : null;
        Boolean armsHangGiven = node.has(ARMS_HANG) ? JsonInput.bool(node.get(ARMS_HANG), "posture." + ARMS_HANG) : null;
        if (preset == null && given.isEmpty() && supports == null && armsHangGiven == null) {
            throw new BadInputException("posture: give a \"preset\" (one of " + presetIds()
                    + ") and/or angle fields (" + String.join(", ", POSTURE_ANGLES) + ")");
        }
        boolean shoulderGiven = given.containsKey("shoulderFlexionDeg");
        if (Boolean.TRUE.equals(armsHangGiven) && shoulderGiven) {
            throw new BadInputException("posture: give either shoulderFlexionDeg (arms held at that angle to the"
                    + " thorax) or armsHang = true (arms hanging vertically), not both");
        }
        Posture base = preset != null ? preset.posture() : Posture.uprightStanding();
        // Arms hang when told so, or when no shoulder angle is given and the preset's arms hang (no preset: they hang).
        boolean armsHang = armsHangGiven != null ? armsHangGiven : !shoulderGiven && base.armsHang();
        boolean rhythm = given.containsKey("trunkFlexionDeg") && !given.containsKey("lumbarFlexionDeg");
        try {
            if (rhythm) {
                base = base.withTrunkFlexionFollowingRhythmDeg(given.get("trunkFlexionDeg"));
            }
            double[] v = angles(base);
            for (int i = 0; i < POSTURE_ANGLES.size(); i++) {
                Double g = given.get(POSTURE_ANGLES.get(i));
                if (g != null) {
                    v[i] = g;
                }
            }
            return new Posture(v[0], v[1], v[2], v[3], v[4], v[5], armsHang ? Double.NaN : v[6], v[7], v[8],
                    supports != null ? supports : base.supports(), armsHang, v[9], v[10], v[11]);
        } catch (ParameterOutOfRangeException e) {
            // Every given angle was checked on its own: this one follows from the preset and the overrides.
            throw new BadInputException(JsonInput.rangeMessage("posture." + e.parameter(), e)
                    + " (derived from the preset" + (rhythm ? " and the trunkFlexionDeg override by the"
                    + " lumbopelvic rhythm" : "") + "; give " + e.parameter() + " explicitly)");
        } catch (IncompatibleSupportsException e) {
            // Each support was checked on its own: these cannot be combined (SupportCombinations, e.g. a backrest
            // with an upper-body contact); the core's message names both, why, and what the first combines with.
            throw new BadInputException("posture.supports = " + node.get("supports") + " cannot be combined: "
                    + e.getMessage().replaceFirst("^supports: ", ""));
        }
    }

    private static void postureWith(int index, double value) {
        double[] v = new double[POSTURE_ANGLES.size()];
        v[index] = value;
        new Posture(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], Set.of(), false, v[9], v[10], v[11]);
    }

    /**
     * @param p a posture
     * @return its angles in the order of {@link #POSTURE_ANGLES}
     */
    static double[] angles(Posture p) {
        return new double[] {p.trunkFlexionDeg(), p.lumbarFlexionDeg(), p.lateralBendDeg(), p.axialRotationDeg(),
            p.hipFlexionDeg(), p.kneeFlexionDeg(), p.shoulderFlexionDeg(), p.elbowFlexionDeg(), p.bodyRollDeg(),
            p.anklePlantarFlexionDeg(), p.shoulderAbductionDeg(), p.hipAdductionDeg()};
    }

    private static Set<Support> supports(JsonNode node) {
        String accepted = supportIds();
        if (!node.isArray()) {
            throw new BadInputException("posture.supports = " + node + " is not an array of " + accepted);
        }
        Set<Support> out = EnumSet.noneOf(Support.class);
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            out.add(support(item, "posture.supports[" + i + "]", accepted));
        }
        return out;
    }

    private static Support support(JsonNode item, String path, String accepted) {
        if (item.isTextual()) {
            for (Support s : Support.values()) {
                if (s.id().equals(item.textValue())) {
                    return s;
                }
            }
        }
        throw new BadInputException(path + " = " + item + " is not one of " + accepted);
    }

    // ------------------------------------------------------------------ loads

    private static List<HandLoad> loads(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new BadInputException("loads = " + JsonInput.shown(node) + " is not an array of load objects");
        }
        if (node.size() > MAX_LOADS) {
            throw new BadInputException("loads has " + node.size() + " entries; a task may have at most " + MAX_LOADS
                    + " loads");
        }
        List<HandLoad> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(load(node.get(i), "loads[" + i + "]"));
        }
        return out;
    }

    private static HandLoad load(JsonNode node, String path) {
        JsonInput.object(node, path, LOAD_FIELDS);
        double mass = number(node, "massKg", path + ".massKg", 0, v -> new HandLoad(v, 0, 0, 0, Hands.BOTH, null));
        double[] force = new double[XYZ];
        if (node.has("forceN")) {
            force = vector(node.get("forceN"), path + ".forceN", "N", (k, v) -> {
                double[] f = new double[XYZ];
                f[k] = v;
                new HandLoad(0, f[0], f[1], f[2], Hands.BOTH, null);
            });
        }
        Hands hands = Hands.BOTH;
        if (node.has("hands")) {
            JsonNode h = node.get("hands");
            hands = null;
            for (Hands c : Hands.values()) {
                if (h.isTextual() && c.id().equals(h.textValue())) {
                    hands = c;
                }
            }
            if (hands == null) {
                throw new BadInputException(path + ".hands = " + h + " is not one of both, left, right");
            }
        }
        PositionM position = null;
        if (node.has("positionM")) {
            double[] p = vector(node.get("positionM"), path + ".positionM", "m", (k, v) -> {
                double[] x = new double[XYZ];
                x[k] = v;
                new PositionM(x[0], x[1], x[2]);
            });
            position = new PositionM(p[0], p[1], p[2]);
        }
        return new HandLoad(mass, force[0], force[1], force[2], hands, position);
    }

    /** Checks one component of a vector by building an object with it. */
    private interface ComponentProbe {
        void check(int component, double value);
    }

    private static double[] vector(JsonNode node, String path, String unit, ComponentProbe probe) {
        if (!node.isArray() || node.size() != XYZ) {
            throw new BadInputException(path + " = " + JsonInput.shown(node) + " is not an array of 3 numbers [x, y, z] ("
                    + unit + "; x anterior, y superior, z right)");
        }
        double[] out = new double[XYZ];
        for (int k = 0; k < XYZ; k++) {
            int component = k;
            out[k] = JsonInput.number(node.get(k), path + "[" + k + "]", v -> probe.check(component, v));
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * Reads an optional number field and checks it with the model's {@code check}.
     *
     * @return the value, or {@code fallback} if the field is not given
     */
    private static double number(JsonNode obj, String field, String path, double fallback, DoubleConsumer check) {
        return obj.has(field) ? JsonInput.number(obj.get(field), path, check) : fallback;
    }

    /**
     * @param <T> an enumeration
     * @param values its constants
     * @param id each one's word in a task file
     * @return the words, comma-separated
     */
    private static <T> String ids(T[] values, Function<T, String> id) {
        StringBuilder b = new StringBuilder();
        for (T v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(id.apply(v));
        }
        return b.toString();
    }

    private static String presetIds() {
        return ids(PosturePreset.values(), PosturePreset::id);
    }

    /**
     * @param p a posture
     * @return its supports as in a task file, e.g. {@code ["feet","seat"]}
     */
    static String supportsJson(Posture p) {
        StringBuilder b = new StringBuilder("[");
        for (Support s : Support.values()) {
            if (p.has(s)) {
                b.append(b.length() == 1 ? "" : ",").append('"').append(s.id()).append('"');
            }
        }
        return b.append(']').toString();
    }

    /**
     * @return the support names a task file accepts, comma-separated
     */
    static String supportIds() {
        StringBuilder b = new StringBuilder();
        for (Support s : Support.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(s.id());
        }
        return b.toString();
    }
}
