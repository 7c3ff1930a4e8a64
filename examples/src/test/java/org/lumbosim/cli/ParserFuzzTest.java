package org.lumbosim.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fuzz tests of the task, schedule, job and motion parsers (as text, and the job and schedule readers also
 * structure-aware, objects built field by field): whatever the input, the only failure allowed is
 * the documented {@link BadInputException} (exit code 2), never another exception. Under plain
 * {@code mvn test} they replay the inputs under {@code src/test/resources/org/lumbosim/cli/ParserFuzzTestInputs};
 * to fuzz, run {@code JAZZER_FUZZ=1 mvn -pl examples -am test -Dtest=ParserFuzzTest} (see the README).
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void taskFiles(FuzzedDataProvider data) {
        try {
            TaskReader.parse(data.consumeRemainingAsString());
        } catch (BadInputException expected) {
            assertOneLineMessage(expected);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void scheduleFiles(FuzzedDataProvider data) {
        try {
            DayCommand.parse(data.consumeRemainingAsString());
        } catch (BadInputException expected) {
            assertOneLineMessage(expected);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void jobFiles(FuzzedDataProvider data) {
        try {
            AssessCommand.parse(data.consumeRemainingAsString());
        } catch (BadInputException expected) {
            assertOneLineMessage(expected);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void motionFiles(FuzzedDataProvider data) {
        String name = data.pickValue(List.of("m.csv", "m.mot", "m.sto"));
        double cutoff = data.consumeBoolean() ? 0 : 6;
        List<String> lines = data.consumeRemainingAsString().lines().toList();
        try {
            MotionFile.parse(name, lines, cutoff);
        } catch (BadInputException expected) {
            assertOneLineMessage(expected);
        }
    }

    /**
     * Structure-aware: a job built field by field (known fields with plausible, extreme or wrongly typed
     * values, sometimes an unknown field) goes straight to assess's job reader as a tree, so NaN and
     * infinite numbers reach the typed reads ({@link JsonInput}) without a parser in between.
     */
    @FuzzTest(maxDuration = "60s")
    void jobObjects(FuzzedDataProvider data) {
        ObjectNode job = JSON.objectNode();
        maybe(data, job, "subject", () -> subject(data));
        maybe(data, job, "model", () -> model(data));
        maybe(data, job, "uctN", () -> number(data, 1000, 20000));
        ArrayNode tasks = job.putArray("tasks");
        for (int n = data.consumeInt(0, 3); n > 0; n--) {
            ObjectNode t = tasks.addObject();
            maybe(data, t, "name", () -> name(data));
            maybe(data, t, "posture", () -> posture(data));
            maybe(data, t, "loads", () -> loads(data));
            maybe(data, t, "repetitionsPerDay", () -> number(data, 0, 100000));
            maybe(data, t, "secondsPerRepetition", () -> number(data, 0, 86400));
            maybe(data, t, "lift", () -> {
                ObjectNode l = JSON.objectNode();
                for (String f : List.of("horizontalDistanceM", "verticalHeightM", "verticalTravelM", "asymmetryDeg",
                        "liftsPerMinute")) {
                    maybe(data, l, f, () -> number(data, 0, 180));
                }
                maybe(data, l, "duration", () -> word(data, List.of("1h", "2h", "8h")));
                maybe(data, l, "coupling", () -> word(data, List.of("good", "fair", "poor")));
                return l;
            });
            unknownField(data, t);
        }
        unknownField(data, job);
        try {
            AssessCommand.parse(job);
        } catch (BadInputException expected) {
            assertOneLineMessage(expected);
        }
    }

    /** Structure-aware: a day schedule built field by field, read as a tree by day's schedule reader. */
    @FuzzTest(maxDuration = "60s")
    void scheduleObjects(FuzzedDataProvider data) {
        ObjectNode schedule = JSON.objectNode();
        maybe(data, schedule, "subject", () -> subject(data));
        maybe(data, schedule, "model", () -> model(data));
        ArrayNode acts = schedule.putArray("activities");
        for (int n = data.consumeInt(0, 4); n > 0; n--) {
            ObjectNode a = acts.addObject();
            maybe(data, a, "label", () -> name(data));
            maybe(data, a, "hours", () -> number(data, 1.0 / 60, 24));
            maybe(data, a, "posture", () -> posture(data));
            maybe(data, a, "loads", () -> loads(data));
            unknownField(data, a);
        }
        unknownField(data, schedule);
        try {
            DayCommand.parse(schedule);
        } catch (BadInputException expected) {
            assertOneLineMessage(expected);
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Sets the field most of the time: to a value from {@code value}, or to a value of any type. */
    private static void maybe(FuzzedDataProvider data, ObjectNode o, String field, Supplier<JsonNode> value) {
        switch (data.consumeInt(0, 5)) {
            case 0 -> { }
            case 1 -> o.set(field, any(data, 2));
            default -> o.set(field, value.get());
        }
    }

    private static void unknownField(FuzzedDataProvider data, ObjectNode o) {
        if (data.consumeInt(0, 9) == 0) {
            o.set(data.consumeString(8), any(data, 1));
        }
    }

    /** A number: in [lo, hi], at or past a bound, or any double (NaN and infinities included). */
    private static JsonNode number(FuzzedDataProvider data, double lo, double hi) {
        return switch (data.consumeInt(0, 3)) {
            case 0 -> JSON.numberNode(data.consumeDouble());
            case 1 -> JSON.numberNode(data.pickValue(List.of(lo, hi, Math.nextDown(lo), Math.nextUp(hi), -0.0)));
            default -> JSON.numberNode(data.consumeRegularDouble(lo, hi));
        };
    }

    private static JsonNode word(FuzzedDataProvider data, List<String> words) {
        return data.consumeBoolean() ? JSON.textNode(data.pickValue(words)) : JSON.textNode(data.consumeString(12));
    }

    private static JsonNode name(FuzzedDataProvider data) {
        return JSON.textNode(data.pickValue(List.of("lift", "", "   ", "\t", "NaN", data.consumeString(20))));
    }

    private static JsonNode subject(FuzzedDataProvider data) {
        ObjectNode s = JSON.objectNode();
        maybe(data, s, "sex", () -> word(data, List.of("male", "female")));
        maybe(data, s, "statureM", () -> number(data, 1.3, 2.2));
        maybe(data, s, data.consumeBoolean() ? "massKg" : "bodyMassKg", () -> number(data, 35, 200));
        maybe(data, s, "ageYears", () -> number(data, 16, 100));
        return s;
    }

    private static JsonNode model(FuzzedDataProvider data) {
        ObjectNode m = JSON.objectNode();
        maybe(data, m, "muscles", () -> word(data, List.of("single-equivalent", "multi-fascicle")));
        maybe(data, m, "criterion", () -> word(data, List.of("squared-stress", "cubed-stress", "min-max")));
        return m;
    }

    private static JsonNode posture(FuzzedDataProvider data) {
        ObjectNode p = JSON.objectNode();
        maybe(data, p, "preset", () -> word(data, List.of("standing_relaxed", "lift_round_back", "lying_supine",
                "sitting_slouched")));
        for (String angle : TaskReader.POSTURE_ANGLES) {
            if (data.consumeInt(0, 3) == 0) {
                p.set(angle, number(data, -180, 180));
            }
        }
        maybe(data, p, "supports", () -> {
            ArrayNode a = JSON.arrayNode();
            for (int n = data.consumeInt(0, 3); n > 0; n--) {
                a.add(word(data, List.of("feet", "seat", "backrest", "lying_surface", "shoulders")));
            }
            return a;
        });
        return p;
    }

    private static JsonNode loads(FuzzedDataProvider data) {
        ArrayNode a = JSON.arrayNode();
        for (int n = data.consumeInt(0, 2); n > 0; n--) {
            ObjectNode l = a.addObject();
            maybe(data, l, "massKg", () -> number(data, 0, 200));
            maybe(data, l, "hands", () -> word(data, List.of("both", "left", "right")));
            maybe(data, l, "forceN", () -> JSON.arrayNode().add(number(data, -5000, 5000))
                    .add(number(data, -5000, 5000)).add(number(data, -5000, 5000)));
            maybe(data, l, "positionM", () -> JSON.arrayNode().add(number(data, -3, 3)).add(number(data, -3, 3)));
        }
        return a;
    }

    /** Any JSON value, nested at most {@code depth} deep. */
    private static JsonNode any(FuzzedDataProvider data, int depth) {
        switch (data.consumeInt(0, depth > 0 ? 7 : 5)) {
            case 0:
                return JSON.nullNode();
            case 1:
                return JSON.booleanNode(data.consumeBoolean());
            case 2:
                return JSON.numberNode(data.consumeDouble());
            case 3:
                return JSON.numberNode(data.consumeLong());
            case 4:
                return JSON.textNode(data.consumeString(16));
            case 5:
                return JSON.numberNode(data.pickValue(List.of(Double.NaN, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY)));
            case 6: {
                ArrayNode a = JSON.arrayNode();
                for (int n = data.consumeInt(0, 3); n > 0; n--) {
                    a.add(any(data, depth - 1));
                }
                return a;
            }
            default: {
                ObjectNode o = JSON.objectNode();
                for (int n = data.consumeInt(0, 3); n > 0; n--) {
                    o.set(data.consumeString(8), any(data, depth - 1));
                }
                return o;
            }
        }
    }

    /** The documented rejection: a non-empty message that fits the one stderr line the CLI prints. */
    private static void assertOneLineMessage(BadInputException e) {
        String m = e.getMessage();
        assertTrue(m != null && !m.isBlank() && m.lines().count() == 1, () -> "bad-input message not one line: " + m);
    }
}
