package org.lumbosim.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.lumbosim.ParameterOutOfRangeException;

/**
 * The one reading policy of every JSON input of the command line (task files of analyze, plot and
 * population, job files of assess, day schedules, population variation blocks). Every problem is a
 * {@link BadInputException} with one line:
 * <ul>
 *   <li>text that is not JSON: {@code <file>:<line>:<column>: malformed JSON: ...};</li>
 *   <li>a key given twice in one object: {@code <file>:<line>:<column>: <json.path> is given twice ...};</li>
 *   <li>a field that is not accepted: {@code <json.path> is not a known field; accepted fields of ...};</li>
 *   <li>a number field that is not a JSON number ({@code "30"} included: strings are never coerced), not
 *       finite ({@code NaN} and {@code Infinity} tokens are parsed only to be rejected here; a literal too
 *       large for a double, such as {@code 1e309}, is named as written, not as {@code Infinity}) or outside
 *       its range: {@code <json.path> = <value> ... <allowed range>};</li>
 *   <li>a name that is not a non-blank one-line string (no control characters), or a word that is not
 *       one of the accepted ones.</li>
 * </ul>
 * A top-level object is named by what it is ({@code task}, {@code schedule}, {@code job}); its
 * fields' paths have no prefix.
 */
final class JsonInput {
    private JsonInput() {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final int MAX_SHOWN_CHARS = 60;
    /** Longest parser reason shown after {@code malformed JSON:}; longer ones are cut. */
    private static final int MAX_REASON_CHARS = 160;

    /**
     * Reads a JSON file.
     *
     * @param file the file (UTF-8)
     * @param what what the file holds ({@code task}, {@code schedule}, {@code job}), for messages
     * @param fields the fields its top-level object accepts, for the message about an empty file
     * @return the tree, not empty
     * @throws BadInputException if the file is missing, unreadable, empty or not JSON
     */
    static JsonNode read(Path file, String what, List<String> fields) {
        return parse(text(file), file.toString(), what, fields);
    }

    /**
     * Parses JSON text.
     *
     * @param json the text
     * @param source where it comes from (a file name, or what it is), the first part of a location
     * @param what what the text holds ({@code task}, {@code schedule}, {@code job}), for messages
     * @param fields the fields its top-level object accepts, for the message about empty text
     * @return the tree, not empty
     * @throws BadInputException if the text is empty or not JSON (naming {@code source:line:column})
     */
    static JsonNode parse(String json, String source, String what, List<String> fields) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = location(e, json);
            String where = source + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr());
            String duplicate = duplicateKey(e);
            if (duplicate != null) {
                throw new BadInputException(where + ": " + duplicate + " is given twice in " + what
                        + " (duplicate key); give each field once");
            }
            throw new BadInputException(where + ": malformed JSON: " + reason(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new BadInputException(source + ": the file is empty; expected a JSON object (" + what
                    + ") with fields " + String.join(", ", fields));
        }
        markTooLargeNumbers(json, root);
        return root;
    }

    /**
     * A number literal too large for a double ({@code 1e309}, a 400-digit integer): the parser reads it
     * as an infinity; this node keeps its text so that every message names the value as written.
     */
    static final class TooLargeNumber extends DoubleNode {
        private static final long serialVersionUID = 1L;
        private final String literal;

        TooLargeNumber(double infinity, String literal) {
            super(infinity);
            this.literal = literal;
        }

        /** @return the literal as written in the file */
        @Override
        public String toString() {
            return literal;
        }

        /** @return the literal as written in the file */
        @Override
        public String asText() {
            return literal;
        }
    }

    /**
     * Replaces, in {@code root}, every number whose literal in {@code json} overflowed to an infinity
     * by a {@link TooLargeNumber} (a token pass; {@code NaN} and {@code Infinity} tokens have no digit
     * and stay as they are).
     */
    private static void markTooLargeNumbers(String json, JsonNode root) {
        try (JsonParser p = MAPPER.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (!t.isNumeric() || !Double.isInfinite(p.getDoubleValue())
                        || p.getText().chars().noneMatch(Character::isDigit)) {
                    continue;
                }
                JsonPointer at = p.getParsingContext().pathAsPointer();
                if (at.matches()) {
                    continue; // the whole text is one number: rejected as not an object
                }
                JsonNode parent = root.at(at.head());
                TooLargeNumber n = new TooLargeNumber(p.getDoubleValue(), p.getText());
                if (parent instanceof ObjectNode o) {
                    o.set(at.last().getMatchingProperty(), n);
                } else if (parent instanceof ArrayNode a) {
                    a.set(at.last().getMatchingIndex(), n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the JSON text parsed once and not again", e);
        }
    }

    /**
     * @return where the parser stopped: the exception's location, or for a broken limit (nesting
     *     depth, number length; Jackson gives it neither location nor parser), where a fresh
     *     token-by-token pass stops
     */
    private static JsonLocation location(JsonProcessingException e, String json) {
        if (e.getLocation() != null) {
            return e.getLocation();
        }
        try (JsonParser p = MAPPER.createParser(json)) {
            try {
                while (p.nextToken() != null) {
                    p.getText();
                }
            } catch (JsonProcessingException again) {
                return p.currentLocation();
            }
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }

    /**
     * @return the parser's reason in short: without the redacted source location it appends and
     *     without the names of its own settings
     */
    private static String reason(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        // the parser lists NaN and INF among the number forms; the policy rejects them, so the hint goes
        m = m.replace("Number (or 'NaN'/'+INF'/'-INF')", "Number").replace("Number (or 'NaN'/'INF'/'+INF')", "Number");
        m = m.replaceAll("\\s*\\([^()]*\\[Source:[^\\]]*\\][^()]*\\)", "")
                .replaceAll(",? from `[^`]*`", "")
                .replaceAll("\\s*at \\[Source:.*$", "");
        return m.length() <= MAX_REASON_CHARS ? m : m.substring(0, MAX_REASON_CHARS) + "...";
    }

    /**
     * @return the JSON path of the key a duplicate-key error stopped at, e.g. {@code loads[0].massKg},
     *     or null if the error is another one
     */
    private static String duplicateKey(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser p) || !e.getOriginalMessage().startsWith("Duplicate field")) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (JsonPointer ptr = p.getParsingContext().pathAsPointer(); !ptr.matches(); ptr = ptr.tail()) {
            if (ptr.mayMatchElement()) {
                b.append('[').append(ptr.getMatchingIndex()).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(ptr.getMatchingProperty());
            }
        }
        return b.toString();
    }

    /**
     * Reads the text of a file.
     *
     * @param file the file (UTF-8)
     * @return its text
     * @throws BadInputException if it is missing, a folder or another non-regular file (such as a
     *     device), or unreadable
     */
    static String text(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": is not a regular file");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // a UTF-8 byte-order mark, as some editors write, is not part of the JSON
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
    }

    /**
     * Checks a top-level object.
     *
     * @param node the value
     * @param what what it is ({@code task}, {@code schedule}, {@code job}); its fields' paths have no prefix
     * @param accepted the fields it may have
     * @throws BadInputException if it is not an object or has another field
     */
    static void root(JsonNode node, String what, List<String> accepted) {
        check(node, what, "", accepted);
    }

    /**
     * Checks a nested object.
     *
     * @param node the value
     * @param path its JSON path, e.g. {@code loads[0]}
     * @param accepted the fields it may have
     * @throws BadInputException if it is missing, not an object or has another field
     */
    static void object(JsonNode node, String path, List<String> accepted) {
        check(node, path, path + ".", accepted);
    }

    private static void check(JsonNode node, String name, String prefix, List<String> accepted) {
        if (node == null) {
            throw new BadInputException(name + " is missing; give a JSON object with fields "
                    + String.join(", ", accepted));
        }
        if (!node.isObject()) {
            throw new BadInputException(name + " = " + shown(node) + " is not a JSON object; accepted fields: "
                    + String.join(", ", accepted));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            if (!accepted.contains(field)) {
                throw new BadInputException(prefix + field + " is not a known field; accepted fields of " + name
                        + ": " + String.join(", ", accepted));
            }
        }
    }

    /**
     * Reads a number whose range the model checks.
     *
     * @param node the value (may be null: missing)
     * @param path its JSON path
     * @param modelCheck the model's check of the value (for example building a record with it); throws
     *     {@link ParameterOutOfRangeException} naming the range if it rejects the value
     * @return the value: a JSON number, finite, accepted by {@code modelCheck}
     * @throws BadInputException naming the path, the value and the range otherwise
     */
    static double number(JsonNode node, String path, DoubleConsumer modelCheck) {
        if (node instanceof TooLargeNumber) {
            throw new BadInputException(path + " = " + shown(node) + " is too large for a number" + range(modelCheck));
        }
        if (node != null && node.isNumber()) {
            double v = node.doubleValue();
            try {
                modelCheck.accept(v);
            } catch (ParameterOutOfRangeException e) {
                throw new BadInputException(rangeMessage(path, e));
            }
            return v;
        }
        throw new BadInputException(path + (node == null ? " is missing" : " = " + shown(node) + " is not a number")
                + range(modelCheck));
    }

    /** @return {@code "; allowed range [min, max] unit"} as the model's check states it, or "" */
    private static String range(DoubleConsumer modelCheck) {
        try {
            modelCheck.accept(Double.NaN);
        } catch (ParameterOutOfRangeException e) {
            // the model's own wording of its range (a NaN is "not a finite number; allowed range [min, max] unit")
            String m = e.getMessage();
            return m.substring(m.lastIndexOf("; allowed range ["));
        }
        return "";
    }

    /**
     * Reads a number with a range of the command line's own.
     *
     * @param node the value (may be null: missing)
     * @param path its JSON path
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param unit unit symbol ({@code ""} if dimensionless)
     * @return the value: a JSON number in [min, max]
     * @throws BadInputException naming the path, the value and the range otherwise
     */
    static double number(JsonNode node, String path, double min, double max, String unit) {
        return number(node, path, v -> {
            if (!(v >= min && v <= max)) {
                throw new ParameterOutOfRangeException(path, v, min, max, unit);
            }
        });
    }

    /**
     * @param path a JSON path
     * @param e the model's rejection of a value
     * @return the model's message about that value, naming {@code path}
     */
    static String rangeMessage(String path, ParameterOutOfRangeException e) {
        return e.named(path).getMessage();
    }

    /**
     * Reads a name (a label, a task's name).
     *
     * @param node the value (may be null: missing)
     * @param path its JSON path
     * @return the text, a string with a character other than white space and no control character
     *     (line break, tab, NUL, ...)
     * @throws BadInputException naming the path and the value otherwise
     */
    static String name(JsonNode node, String path) {
        if (node == null) {
            throw new BadInputException(path + " is missing; give a non-blank string");
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw new BadInputException(path + " = " + shown(node) + " is not a non-blank string");
        }
        if (node.textValue().chars().anyMatch(Character::isISOControl)) {
            // a line break would split the name's line in the text outputs (day's # lines, assess's table)
            throw new BadInputException(path + " = " + shown(node) + " is not a one-line name; give a non-blank string"
                    + " without line breaks, tabs or other control characters");
        }
        return node.textValue();
    }

    /**
     * Reads a JSON boolean ({@code true} or {@code false}; strings and numbers are never coerced).
     *
     * @param node the value (not null)
     * @param path its JSON path
     * @return the value
     * @throws BadInputException naming the path and the value if it is not a JSON boolean
     */
    static boolean bool(JsonNode node, String path) {
        if (!node.isBoolean()) {
            throw new BadInputException(path + " = " + shown(node) + " is not true or false");
        }
        return node.booleanValue();
    }

    /**
     * Reads a word of a closed set (a preset, a muscle model, a duration).
     *
     * @param <T> what the word names
     * @param node the value (not null)
     * @param path its JSON path
     * @param parse turns the word into the value; throws {@link IllegalArgumentException} if it names none
     * @param accepted the accepted words, comma-separated
     * @return the value
     * @throws BadInputException naming the path, the value and the accepted words if the value is not a
     *     string or {@code parse} rejects it
     */
    static <T> T choice(JsonNode node, String path, Function<String, T> parse, String accepted) {
        if (node.isTextual()) {
            try {
                return parse.apply(node.textValue());
            } catch (IllegalArgumentException e) {
                // named below
            }
        }
        throw new BadInputException(path + " = " + shown(node) + " is not one of " + accepted);
    }

    /**
     * @param node a JSON value
     * @return it as JSON text, cut after 60 characters
     */
    static String shown(JsonNode node) {
        String s = node.toString();
        return s.length() <= MAX_SHOWN_CHARS ? s : s.substring(0, MAX_SHOWN_CHARS) + "...";
    }
}
