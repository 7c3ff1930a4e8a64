package org.lumbosim.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.anthropometry.Sex;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.load.HandLoad;
import org.lumbosim.load.Hands;
import org.lumbosim.load.PositionM;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;
import org.lumbosim.solver.RecruitmentCriterion;

/**
 * Reads and checks a task file (format in {@code docs/cli.md}). Every problem is reported as
 * a {@link BadInputException} whose one-line message starts with the JSON path of the offending
 * field, e.g. {@code posture.trunkFlexionDeg = 200.0 deg is outside the model's valid range
 * [-180.0, 180.0] deg}. Unknown fields are rejected with the list of accepted ones. {@code NaN} and
 * {@code Infinity} tokens are accepted by the parser so that they are rejected with the field's
 * range, like any other out-of-range number.
 */
public final class TaskReader {
    private TaskReader() {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Posture fields that are angles, in the order of the {@link Posture} record's components. */
    static final List<String> POSTURE_ANGLES = List.of("trunkFlexionDeg", "lumbarFlexionDeg", "lateralBendDeg",
            "axialRotationDeg", "hipFlexionDeg", "kneeFlexionDeg", "shoulderFlexionDeg", "elbowFlexionDeg",
            "bodyRollDeg");

    private static final List<String> TASK_FIELDS = List.of("subject", "posture", "loads", "model");
    private static final List<String> SUBJECT_FIELDS = List.of("sex", "statureM", "massKg", "bodyMassKg", "ageYears");
    private static final List<String> POSTURE_FIELDS;
    private static final List<String> LOAD_FIELDS = List.of("massKg", "forceN", "hands", "positionM");
    private static final List<String> MODEL_FIELDS = List.of("muscles", "criterion");
    private static final int XYZ = 3;
    /** Most loads one task may hold (a million took 22.6 s and echoed 82 MB). */
    static final int MAX_LOADS = 1000;

    static {
        List<String> f = new ArrayList<>();
        f.add("preset");
        f.addAll(POSTURE_ANGLES);
        f.add("supports");
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
        return parse(text(file));
    }

    /**
     * Parses the text of a task.
     *
     * @param json the JSON text
     * @return the task
     * @throws BadInputException if it is not JSON or not a valid task
     */
    public static Task parse(String json) {
        return parse(tree(json, "task", TASK_FIELDS));
    }

    /**
     * Parses JSON text into a tree.
     *
     * @param json the text
     * @param what what the text is, for messages ("task", "schedule")
     * @param fields the fields the top-level object accepts, for the message about an empty file
     * @return the tree, not empty
     * @throws BadInputException if the text is not JSON or is empty
     */
    static JsonNode tree(String json, String what, List<String> fields) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new BadInputException(what + ": malformed JSON" + where + ": " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException(what + ": the file is empty; expected a JSON object with fields "
                    + String.join(", ", fields));
        }
        return root;
    }

    /**
     * Reads the text of a file.
     *
     * @param file the file (UTF-8)
     * @return its text
     * @throws BadInputException if it is missing or unreadable
     */
    static String text(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
    }

    /**
     * Checks a parsed task tree.
     *
     * @param root the tree
     * @return the task
     * @throws BadInputException if it is not a valid task
     */
    static Task parse(JsonNode root) {
        requireObject(root, "task", TASK_FIELDS);
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
        JsonNode model = root.get("model");
        if (model != null) {
            requireObject(model, "model", MODEL_FIELDS);
            if (model.has("muscles")) {
                String v = text(model.get("muscles"));
                try {
                    muscles = MuscleModelKind.ofId(v);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("model." + e.getMessage());
                }
            }
            if (model.has("criterion")) {
                String v = text(model.get("criterion"));
                try {
                    criterion = RecruitmentCriterion.ofId(v);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("model." + e.getMessage());
                }
            }
        }
        return new Task(subject, posture, loads, muscles, criterion);
    }

    // ------------------------------------------------------------------ subject

    private static Subject subject(JsonNode node) {
        Subject s = Subject.defaultSubject();
        if (node == null) {
            return s;
        }
        requireObject(node, "subject", SUBJECT_FIELDS);
        if (node.has("sex")) {
            try {
                s = s.withSex(Sex.parse(text(node.get("sex"))));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("subject." + e.getMessage());
            }
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

    // ------------------------------------------------------------------ posture

    private static Posture posture(JsonNode node) {
        requireObject(node, "posture", POSTURE_FIELDS);
        PosturePreset preset = null;
        if (node.has("preset")) {
            try {
                preset = PosturePreset.ofId(text(node.get("preset")));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("posture." + e.getMessage());
            }
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
        if (preset == null && given.isEmpty() && supports == null) {
            throw new BadInputException("posture: give a \"preset\" (one of " + presetIds()
                    + ") and/or angle fields (" + String.join(", ", POSTURE_ANGLES) + ")");
        }
        Posture base = preset != null ? preset.posture()
                : new Posture(0, 0, 0, 0, 0, 0, 0, 0, 0, Set.of(Support.FEET));
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
            return new Posture(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                    supports != null ? supports : base.supports());
        } catch (ParameterOutOfRangeException e) {
            // Every given angle was checked on its own: this one follows from the preset and the overrides.
            throw new BadInputException(rangeMessage("posture." + e.parameter(), e)
                    + " (derived from the preset" + (rhythm ? " and the trunkFlexionDeg override by the"
                    + " lumbopelvic rhythm" : "") + "; give " + e.parameter() + " explicitly)");
        } catch (IllegalArgumentException e) {
            // Each support was checked on its own: these cannot be combined (a backrest with an upper-body contact).
            throw new BadInputException("posture.supports = " + node.get("supports") + " cannot be combined: "
                    + e.getMessage().replaceFirst("^supports: ", ""));
        }
    }

    private static void postureWith(int index, double value) {
        double[] v = new double[POSTURE_ANGLES.size()];
        v[index] = value;
        new Posture(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], Set.of());
    }

    /**
     * @param p a posture
     * @return its angles in the order of {@link #POSTURE_ANGLES}
     */
    static double[] angles(Posture p) {
        return new double[] {p.trunkFlexionDeg(), p.lumbarFlexionDeg(), p.lateralBendDeg(), p.axialRotationDeg(),
            p.hipFlexionDeg(), p.kneeFlexionDeg(), p.shoulderFlexionDeg(), p.elbowFlexionDeg(), p.bodyRollDeg()};
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
                if (s.name().toLowerCase(Locale.ROOT).equals(item.textValue())) {
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
            throw new BadInputException("loads = " + abbreviate(node) + " is not an array of load objects");
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
        requireObject(node, path, LOAD_FIELDS);
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
                if (h.isTextual() && c.name().toLowerCase(Locale.ROOT).equals(h.textValue())) {
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
            throw new BadInputException(path + " = " + abbreviate(node) + " is not an array of 3 numbers [x, y, z] ("
                    + unit + "; x anterior, y superior, z right)");
        }
        double[] out = new double[XYZ];
        for (int k = 0; k < XYZ; k++) {
            int component = k;
            out[k] = value(node.get(k), path + "[" + k + "]", v -> probe.check(component, v));
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /**
     * @param node a JSON value
     * @param path its JSON path, for messages ("task" or "schedule" for the top level)
     * @param accepted the fields it may have
     * @throws BadInputException if it is not an object or has another field
     */
    static void requireObject(JsonNode node, String path, List<String> accepted) {
        if (!node.isObject()) {
            throw new BadInputException(path + " = " + abbreviate(node) + " is not a JSON object; accepted fields: "
                    + String.join(", ", accepted));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!accepted.contains(name)) {
                String full = path.equals("task") || path.equals("schedule") ? name : path + "." + name;
                throw new BadInputException(full + " is not a known field; accepted fields of " + path + ": "
                        + String.join(", ", accepted));
            }
        }
    }

    /**
     * Reads an optional number field and checks it with {@code probe}, which throws
     * {@link ParameterOutOfRangeException} for values outside the model's range.
     */
    private static double number(JsonNode obj, String field, String path, double fallback, DoubleConsumer probe) {
        JsonNode node = obj.get(field);
        if (node == null) {
            return fallback;
        }
        return value(node, path, probe);
    }

    private static double value(JsonNode node, String path, DoubleConsumer probe) {
        if (node.isNumber()) {
            double v = node.doubleValue();
            try {
                probe.accept(v);
            } catch (ParameterOutOfRangeException e) {
                throw new BadInputException(rangeMessage(path, e));
            }
            return v;
        }
        try {
            probe.accept(Double.NaN);
        } catch (ParameterOutOfRangeException e) {
            String u = e.unit().isEmpty() ? "" : " " + e.unit();
            throw new BadInputException(path + " = " + abbreviate(node) + " is not a number; allowed range ["
                    + e.min() + ", " + e.max() + "]" + u);
        }
        throw new BadInputException(path + " = " + abbreviate(node) + " is not a number");
    }

    private static String rangeMessage(String path, ParameterOutOfRangeException e) {
        return new ParameterOutOfRangeException(path, e.value(), e.min(), e.max(), e.unit()).getMessage();
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }

    private static String abbreviate(JsonNode node) {
        String s = node.toString();
        int max = 60;
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }

    private static String presetIds() {
        StringBuilder b = new StringBuilder();
        for (PosturePreset p : PosturePreset.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(p.id());
        }
        return b.toString();
    }

    /**
     * @param p a posture
     * @return its supports as in a task file, e.g. {@code ["feet","seat"]}
     */
    static String supportsJson(Posture p) {
        StringBuilder b = new StringBuilder("[");
        for (Support s : Support.values()) {
            if (p.has(s)) {
                b.append(b.length() == 1 ? "" : ",").append('"').append(s.name().toLowerCase(Locale.ROOT)).append('"');
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
            b.append(b.length() == 0 ? "" : ", ").append(s.name().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
