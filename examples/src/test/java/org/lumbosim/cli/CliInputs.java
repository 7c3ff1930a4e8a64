package org.lumbosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.posture.Support;

/**
 * Random inputs of the command line, from one seeded generator: task, job, schedule and motion files
 * whose every value is in its documented range, and hostile variants of them (values of the wrong
 * type or out of range, NaN and Infinity tokens, duplicate and unknown keys, truncated or garbled
 * text, blank names). Test support for {@link CliContractPropertyTest}; it never reads the clock or
 * any other unseeded source.
 */
final class CliInputs {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Written in place of a value as {@code "@@hostile:<i>"}, then replaced by the text of
     * {@code HOSTILE_VALUES[i]}: the file holds it as written (a NaN token, 1e400), not as Jackson would
     * write the value it parses it to.
     */
    private static final String TOKEN = "@@hostile:";
    private static final List<String> LYING = List.of("lying_supine", "lying_prone", "lying_side");
    private static final String[] ANGLES = TaskReader.POSTURE_ANGLES.toArray(new String[0]);
    /** Each posture angle's documented range (deg), in {@link TaskReader#POSTURE_ANGLES} order. */
    private static final double[][] ANGLE_RANGES = {{-180, 180}, {-16, 52}, {-30, 30}, {-30, 30}, {-30, 150},
        {0, 170}, {-60, 180}, {0, 150}, {-90, 90}, {-20, 50}, {0, 180}, {0, 30}};
    /** Values that no number field accepts, as JSON text. */
    private static final List<String> HOSTILE_VALUES = List.of("\"30\"", "\"abc\"", "null", "true", "{}", "[]",
            "[1,2,3]", "1e400", "-1e400", "123456789012345678901234567890", "-0.0", "1e-320", "\"\"", "\"   \"",
            "{\"a\":{\"b\":[1]}}", "[".repeat(20) + "1" + "]".repeat(20), "\"\\u0000\"", "\"ü\"",
            "NaN", "Infinity", "-Infinity", "1e308", "-5", "99999");

    private final SplittableRandom r;

    /** @param seed the seed of every choice */
    CliInputs(long seed) {
        r = new SplittableRandom(seed);
    }

    boolean chance(double p) {
        return r.nextDouble() < p;
    }

    int between(int lo, int hi) {
        return r.nextInt(lo, hi + 1);
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * r.nextDouble();
    }

    <T> T pick(List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    <T> T pick(T[] from) {
        return from[r.nextInt(from.length)];
    }

    /**
     * A number in [lo, hi], sometimes at a bound or a whole number. A drawn value is rounded only when
     * the whole number is still in range: rounding 1.3 to 2.2 m could give a stature of 1 m.
     */
    double inRange(double lo, double hi) {
        double u = r.nextDouble();
        if (u < 0.05) {
            return lo;
        }
        if (u < 0.1) {
            return hi;
        }
        double x = uniform(lo, hi);
        double whole = Math.round(x);
        return u < 0.3 && whole >= lo && whole <= hi ? whole : x;
    }

    // ------------------------------------------------------------------ in-range files

    ObjectNode subject() {
        ObjectNode s = JSON.createObjectNode();
        if (chance(0.5)) {
            s.put("sex", pick(List.of("male", "female", "FEMALE", "Male")));
        }
        if (chance(0.5)) {
            s.put("statureM", inRange(1.3, 2.2));
        }
        if (chance(0.5)) {
            s.put(chance(0.5) ? "massKg" : "bodyMassKg", inRange(35, 200));
        }
        if (chance(0.5)) {
            s.put("ageYears", inRange(16, 100));
        }
        return s;
    }

    ObjectNode model() {
        ObjectNode m = JSON.createObjectNode();
        if (chance(0.5)) {
            m.put("muscles", chance(0.7) ? "single-equivalent" : "multi-fascicle");
        }
        if (chance(0.5)) {
            m.put("criterion", pick(List.of("squared-stress", "cubed-stress", "min-max")));
        }
        return m;
    }

    /** @param lying whether the posture lies (a lying preset), is upright (not lying), or either (null) */
    ObjectNode posture(Boolean lying) {
        ObjectNode p = JSON.createObjectNode();
        if (lying != null && lying) {
            p.put("preset", pick(LYING));
            return p;
        }
        boolean preset = chance(0.8);
        if (preset) {
            String id;
            do {
                id = pick(PosturePreset.values()).id();
            } while (lying != null && (LYING.contains(id) || PosturePreset.ofId(id).posture().has(Support.LYING_SURFACE)));
            p.put("preset", id);
        }
        for (int i = 0; i < ANGLES.length; i++) {
            if (chance(preset ? 0.1 : 0.4)) {
                p.put(ANGLES[i], inRange(ANGLE_RANGES[i][0], ANGLE_RANGES[i][1]));
            }
        }
        if (p.isEmpty()) {
            p.put("trunkFlexionDeg", inRange(-20, 90));
        }
        if (lying == null && chance(0.1)) {
            ArrayNode s = p.putArray("supports");
            for (int k = between(1, 2); k > 0; k--) {
                s.add(pick(Support.values()).name().toLowerCase(Locale.ROOT));
            }
        }
        return p;
    }

    ArrayNode loads() {
        ArrayNode a = JSON.createArrayNode();
        for (int k = between(0, 2); k > 0; k--) {
            ObjectNode l = a.addObject();
            if (chance(0.8)) {
                l.put("massKg", chance(0.9) ? inRange(0, 30) : inRange(0, 200));
            }
            if (chance(0.1)) {
                l.putArray("forceN").add(inRange(-100, 100)).add(inRange(-100, 100)).add(inRange(-100, 100));
            }
            if (chance(0.3)) {
                l.put("hands", pick(List.of("both", "left", "right")));
            }
            if (chance(0.1)) {
                l.putArray("positionM").add(inRange(0, 0.6)).add(inRange(-0.3, 0.6)).add(inRange(-0.3, 0.3));
            }
        }
        return a;
    }

    /** A task file: subject, posture, loads and model, each but the posture optional. */
    ObjectNode task() {
        ObjectNode t = JSON.createObjectNode();
        if (chance(0.3)) {
            t.set("subject", subject());
        }
        t.set("posture", posture(null));
        if (chance(0.6)) {
            t.set("loads", loads());
        }
        if (chance(0.3)) {
            t.set("model", model());
        }
        return t;
    }

    /** A population variation block over one or two tissue constants, within their ranges. */
    ObjectNode variation() {
        ObjectNode v = JSON.createObjectNode();
        for (int k = between(1, 2); k > 0; k--) {
            var p = pick(org.lumbosim.model.TissueParameters.TissueParameter.values());
            ObjectNode s = v.putObject(p.id());
            if (chance(0.5)) {
                double a = inRange(p.min(), p.max());
                double b = inRange(p.min(), p.max());
                s.put("min", Math.min(a, b)).put("max", Math.max(a, b));
            } else {
                s.put("mean", inRange(p.min(), p.max())).put("sd", inRange(0, (p.max() - p.min()) / 4));
            }
        }
        return v;
    }

    /** A job file: one to three tasks, some of them lifts. */
    ObjectNode job() {
        ObjectNode j = JSON.createObjectNode();
        if (chance(0.3)) {
            j.set("subject", subject());
        }
        if (chance(0.2)) {
            j.set("model", model());
        }
        if (chance(0.2)) {
            j.put("uctN", inRange(1000, 20000));
        }
        ArrayNode tasks = j.putArray("tasks");
        for (int k = between(1, 3); k > 0; k--) {
            ObjectNode t = tasks.addObject();
            if (chance(0.9)) {
                t.put("name", pick(List.of("lift box", "hold", "t", "stack crates, shelf 2", "trägt \"Kiste\"")));
            }
            t.set("posture", posture(null));
            if (chance(0.7)) {
                t.set("loads", loads());
            }
            t.put("repetitionsPerDay", inRange(0, 2000));
            t.put("secondsPerRepetition", inRange(0, 10));
            if (chance(0.4)) {
                ObjectNode l = t.putObject("lift");
                l.put("horizontalDistanceM", inRange(0, 1)).put("verticalHeightM", inRange(0, 2))
                        .put("verticalTravelM", inRange(0, 2)).put("liftsPerMinute", inRange(0, 15));
                if (chance(0.5)) {
                    l.put("asymmetryDeg", inRange(0, 180));
                }
                if (chance(0.5)) {
                    l.put("duration", pick(List.of("1h", "2h", "8h")));
                }
                if (chance(0.5)) {
                    l.put("coupling", pick(List.of("good", "fair", "poor", "POOR")));
                }
            }
        }
        return j;
    }

    /** A day schedule: upright activities, then a night of lying ones; at most 48 h in all. */
    ObjectNode schedule() {
        ObjectNode s = JSON.createObjectNode();
        if (chance(0.3)) {
            s.set("subject", subject());
        }
        if (chance(0.2)) {
            s.set("model", model());
        }
        ArrayNode acts = s.putArray("activities");
        boolean many = chance(0.1);
        int upright = many ? between(10, 40) : between(1, 5);
        int lying = between(1, 2);
        double budget = 47;
        for (int i = 0; i < upright + lying; i++) {
            ObjectNode a = acts.addObject();
            a.put("label", i < upright ? pick(List.of("work", "desk, phone", "walk \"home\"", "a")) + " " + i : "night");
            double most = Math.min(budget - (upright + lying - i - 1) / 60.0, many ? 0.5 : 12);
            double h = Math.max(1.0 / 60, Math.min(most, inRange(1.0 / 60, many ? 0.5 : 10)));
            budget -= h;
            a.put("hours", h);
            a.set("posture", posture(i >= upright));
            if (i < upright && chance(0.3)) {
                ArrayNode l = a.putArray("loads");
                l.addObject().put("massKg", inRange(0, 10));
            }
        }
        return s;
    }

    /**
     * A motion CSV: a time column and some posture angle columns moving smoothly within range.
     *
     * @return the text
     */
    String motionCsv() {
        List<String> columns = new ArrayList<>();
        for (String a : ANGLES) {
            if (chance(0.35)) {
                columns.add(a);
            }
        }
        if (columns.isEmpty()) {
            columns.add("trunkFlexionDeg");
        }
        int n = between(3, 150);
        double dt = pick(List.of(0.01, 0.005, 1.0 / 60, 0.1));
        double t0 = chance(0.8) ? 0 : uniform(-100, 1000);
        StringBuilder b = new StringBuilder("time");
        columns.forEach(c -> b.append(',').append(c));
        b.append('\n');
        double[][] wave = new double[columns.size()][3];
        for (double[] w : wave) {
            w[0] = r.nextDouble();
            w[1] = r.nextDouble();
            w[2] = uniform(0.1, 2);
        }
        for (int i = 0; i < n; i++) {
            b.append(t0 + i * dt);
            for (int c = 0; c < columns.size(); c++) {
                double[] range = ANGLE_RANGES[TaskReader.POSTURE_ANGLES.indexOf(columns.get(c))];
                double mid = range[0] + (range[1] - range[0]) * (0.3 + 0.4 * wave[c][0]);
                double amp = (range[1] - range[0]) * 0.25 * wave[c][1];
                b.append(',').append(mid + amp * Math.sin(wave[c][2] * i * dt));
            }
            b.append('\n');
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ hostile variants

    /** @return the file as JSON text, sometimes with one hostile change */
    String text(ObjectNode file, double hostileChance) {
        if (!chance(hostileChance)) {
            return file.toString();
        }
        switch (between(0, 9)) {
            case 0, 1, 2 -> replaceAValue(file);
            case 3 -> addAField(file, pick(List.of("speed", "Preset", "", "posture ", "tasks", "label")));
            case 4 -> removeAField(file);
            default -> {
                return textChange(file.toString());
            }
        }
        String text = file.toString();
        for (int i = 0; i < HOSTILE_VALUES.size(); i++) {
            text = text.replace("\"" + TOKEN + i + "\"", HOSTILE_VALUES.get(i));
        }
        return text;
    }

    /** Replaces one value anywhere in the tree by a hostile one. */
    private void replaceAValue(ObjectNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode c = pick(containers);
        JsonNode value = JSON.getNodeFactory().textNode(TOKEN + r.nextInt(HOSTILE_VALUES.size()));
        if (c instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            o.set(pick(names), value);
        } else if (c instanceof ArrayNode a && !a.isEmpty()) {
            a.set(r.nextInt(a.size()), value);
        } else if (c instanceof ArrayNode a) {
            a.add(value);
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                collect(it.next(), out);
            }
        }
    }

    private void addAField(ObjectNode root, String name) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        for (JsonNode c : containers) {
            if (c instanceof ObjectNode o && chance(0.3)) {
                o.put(name, 1);
                return;
            }
        }
        root.put(name, 1);
    }

    private void removeAField(ObjectNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode c = pick(containers);
        if (c instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            o.remove(pick(names));
        }
    }

    /** A syntax-level change: a duplicate key, truncation, a stray character, another top level. */
    private String textChange(String json) {
        switch (between(0, 6)) {
            case 0 -> {
                // the first key of a random object, given twice
                List<Integer> keys = new ArrayList<>();
                for (int i = json.indexOf("{\""); i >= 0; i = json.indexOf("{\"", i + 1)) {
                    keys.add(i + 1);
                }
                if (keys.isEmpty()) {
                    return json + "}";
                }
                int at = pick(keys);
                int end = json.indexOf("\":", at);
                return json.substring(0, at) + json.substring(at, end + 2) + "0," + json.substring(at);
            }
            case 1 -> {
                return json.substring(0, r.nextInt(json.length()));
            }
            case 2 -> {
                int at = r.nextInt(json.length() + 1);
                return json.substring(0, at) + pick(List.of("}", "]", ",", "\"", ":", "x", "\n", "\u0000", "//"))
                        + json.substring(at);
            }
            case 3 -> {
                return pick(List.of("", "   \n", "[]", "[" + json + "]", "null", "42", "\"task\"", json + json,
                        json + " trailing"));
            }
            case 4 -> {
                return "\uFEFF" + json;
            }
            case 5 -> {
                StringBuilder deep = new StringBuilder();
                deep.append("[".repeat(3000)).append("]".repeat(3000));
                return json.replaceFirst("\\{", "{\"deep\":" + deep + ",");
            }
            default -> {
                return json.replace("\n", "\r\n").replace(":", " :\t");
            }
        }
    }

    /** @return the CSV, sometimes with one hostile change */
    String motionText(String csv, double hostileChance) {
        if (!chance(hostileChance)) {
            return csv;
        }
        List<String> lines = new ArrayList<>(csv.lines().toList());
        int row = lines.size() > 1 ? between(1, lines.size() - 1) : 0;
        String[] cells = lines.get(row).split(",", -1);
        switch (between(0, 9)) {
            case 0 -> cells[r.nextInt(cells.length)] = pick(List.of("NaN", "Infinity", "abc", "", "1e300", "-1e300",
                    "0x10", "1,5", "\"3\""));
            case 1 -> cells[0] = pick(List.of("1e306", "-1e306", "1e9", "0", cells[0] + "1"));
            case 2 -> lines.set(0, lines.get(0) + "," + pick(List.of("trunkFlexionDeg", "time", "speed", "hip_flexion_r")));
            case 3 -> cells[cells.length - 1] = pick(List.of("200", "-200", "500", "1e5"));
            case 4 -> {
                return String.join("\n", lines.subList(0, Math.min(lines.size(), between(0, 3))));
            }
            case 5 -> lines.add(row, lines.get(row));
            case 6 -> lines.set(0, lines.get(0).replace("time", pick(List.of("Time", "t", "time "))));
            case 7 -> {
                lines.remove(row);
                return String.join("\n", lines) + "\n";
            }
            case 8 -> {
                return csv.substring(0, r.nextInt(csv.length()));
            }
            default -> {
                return "\uFEFF" + csv.replace("\n", "\r\n");
            }
        }
        lines.set(row, String.join(",", cells));
        return String.join("\n", lines) + "\n";
    }

    // ------------------------------------------------------------------ options

    /**
     * A random value for an option: usually valid, sometimes not.
     *
     * @param valid the valid values
     * @return one of them, or a hostile value
     */
    String optionValue(List<String> valid) {
        return chance(0.85) ? pick(valid) : pick(List.of("", "-1", "NaN", "Infinity", "1e999", "x", "0", "--out",
                "99999999999", "1.5", " "));
    }

}
