package org.lumbosim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.UnsupportedPostureException;
import org.lumbosim.assessment.Coupling;
import org.lumbosim.assessment.FatigueDamage;
import org.lumbosim.assessment.JobAssessment;
import org.lumbosim.assessment.JobAssessor;
import org.lumbosim.assessment.JobTask;
import org.lumbosim.assessment.LiftingTask;
import org.lumbosim.assessment.NioshAssessment;
import org.lumbosim.assessment.TaskAssessment;
import org.lumbosim.assessment.WorkDuration;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.reference.DortmundRecommendations2001;

/**
 * {@code lumbosim assess JOB.json [--format json|table]}: a job's risk summary over one shift.
 *
 * <p>Job file: {@code {"subject":{...},"model":{...},"uctN":6000,"tasks":[{"name":"...","posture":{...},
 * "loads":[...],"repetitionsPerDay":120,"secondsPerRepetition":2,"lift":{"horizontalDistanceM":0.4,
 * "verticalHeightM":0.3,"verticalTravelM":0.5,"asymmetryDeg":0,"liftsPerMinute":1,"duration":"8h",
 * "coupling":"fair"}}]}}. Subject, model, posture and loads as in task files.
 */
final class AssessCommand {
    private AssessCommand() {
    }

    static final String USAGE = String.join("\n",
            "usage: lumbosim assess JOB.json [--format json|table]",
            "",
            "Grades a job over one shift for the job's subject: per task the L5-S1 compression and AP shear,",
            "each against the NIOSH (1981) 3400 N / 6400 N compression limits, the Gallagher & Marras (2012)",
            "shear limit (1000 N below 100 repetitions a day, else 700 N) and the age- and sex-specific",
            "Dortmund (2001) limit (not verified against the source), the fatigue damage per repetition",
            "(LiFFT form, % of an ultimate tolerance uctN, default 6000 N) and, for lifts, the revised NIOSH",
            "lifting equation; for the job: peaks, cumulative compression and shear (MN·s), the daily dose",
            "sqrt(8 h × Σ F² t) (kN·h) and the cumulative damage (Miner sum).",
            "",
            "Job file: {\"subject\":{...},\"model\":{...},\"uctN\":6000,\"tasks\":[{\"name\":\"lift box\",",
            "  \"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":15}],\"repetitionsPerDay\":200,",
            "  \"secondsPerRepetition\":2,\"lift\":{\"horizontalDistanceM\":0.45,\"verticalHeightM\":0.1,",
            "  \"verticalTravelM\":0.7,\"asymmetryDeg\":0,\"liftsPerMinute\":0.5,\"duration\":\"8h\",\"coupling\":\"fair\"}}]}",
            "Exit codes: 0 ok; 2 bad input; 3 a task cannot be balanced by the muscles; 1 internal failure.");

    private static final List<String> JOB_FIELDS = List.of("subject", "model", "uctN", "tasks");
    private static final List<String> TASK_FIELDS = List.of("name", "posture", "loads", "repetitionsPerDay",
            "secondsPerRepetition", "lift");
    private static final List<String> LIFT_FIELDS = List.of("horizontalDistanceM", "verticalHeightM",
            "verticalTravelM", "asymmetryDeg", "liftsPerMinute", "duration", "coupling");
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("assess", args, List.of("--format"), List.of());
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        String format = o.choice("--format", "json", List.of("json", "table"));
        Path file = Path.of(o.positional("a job file: lumbosim assess JOB.json"));
        JsonNode root = readJson(file);
        requireObject(root, "job", JOB_FIELDS);
        ObjectNode common = MAPPER.createObjectNode();
        if (root.has("subject")) {
            common.set("subject", root.get("subject"));
        }
        if (root.has("model")) {
            common.set("model", root.get("model"));
        }
        double uctN = FatigueDamage.DEFAULT_UCT_N;
        if (root.has("uctN")) {
            uctN = number(root.get("uctN"), "uctN", 1000, 20000, "N");
        }
        JsonNode tasksNode = root.get("tasks");
        if (tasksNode == null || !tasksNode.isArray() || tasksNode.isEmpty()) {
            throw new BadInputException("tasks is missing or empty: give an array of tasks with fields "
                    + String.join(", ", TASK_FIELDS));
        }
        LumbarModel model = null;
        List<JobTask> tasks = new ArrayList<>();
        for (int i = 0; i < tasksNode.size(); i++) {
            String path = "tasks[" + i + "]";
            JsonNode t = tasksNode.get(i);
            requireObject(t, path, TASK_FIELDS);
            ObjectNode taskJson = common.deepCopy();
            taskJson.set("posture", t.get("posture"));
            if (t.has("loads")) {
                taskJson.set("loads", t.get("loads"));
            }
            if (t.get("posture") == null) {
                throw new BadInputException(path + ".posture is missing");
            }
            Task parsed;
            try {
                parsed = TaskReader.parse(taskJson.toString());
            } catch (BadInputException e) {
                throw new BadInputException(path + ": " + e.getMessage());
            }
            if (model == null) {
                model = parsed.model();
            }
            String name = t.has("name") ? t.get("name").asText() : "task " + (i + 1);
            double reps = number(t.get("repetitionsPerDay"), path + ".repetitionsPerDay", 0, 100000, "1/day");
            double secs = number(t.get("secondsPerRepetition"), path + ".secondsPerRepetition", 0, 86400, "s");
            Optional<LiftingTask> lift = t.has("lift") ? Optional.of(lift(t.get("lift"), path + ".lift", parsed)) : Optional.empty();
            List<ExternalLoad> loads = new ArrayList<>(parsed.loads());
            tasks.add(new JobTask(name, parsed.posture(), loads, reps, secs, lift));
        }
        JobAssessment a;
        try {
            a = JobAssessor.assess(model, tasks, uctN);
        } catch (UnsupportedPostureException e) {
            throw unsupportedTask(model, tasks, e);
        }
        if (format.equals("table")) {
            printTable(a, out);
        } else {
            out.println(toJson(a, uctN));
        }
        return Main.EXIT_OK;
    }

    /**
     * Names the first task whose supports cannot hold its posture (the one the assessment stopped at:
     * it solves the tasks in order).
     */
    private static RuntimeException unsupportedTask(LumbarModel model, List<JobTask> tasks,
                                                    UnsupportedPostureException e) {
        for (int i = 0; i < tasks.size(); i++) {
            TaskSolver.analyze(model, tasks.get(i).posture(), tasks.get(i).loads(), "tasks[" + i + "].posture");
        }
        return e;
    }

    private static LiftingTask lift(JsonNode node, String path, Task task) {
        requireObject(node, path, LIFT_FIELDS);
        double mass = 0;
        for (var l : task.loads()) {
            mass += l.massKg();
        }
        WorkDuration duration = switch (node.has("duration") ? node.get("duration").asText() : "8h") {
            case "1h" -> WorkDuration.UP_TO_1_HOUR;
            case "2h" -> WorkDuration.UP_TO_2_HOURS;
            case "8h" -> WorkDuration.UP_TO_8_HOURS;
            default -> throw new BadInputException(path + ".duration = \"" + node.get("duration").asText()
                    + "\" is not one of 1h, 2h, 8h");
        };
        Coupling coupling;
        try {
            coupling = Coupling.valueOf((node.has("coupling") ? node.get("coupling").asText() : "good").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(path + ".coupling = \"" + node.get("coupling").asText() + "\" is not one of good, fair, poor");
        }
        try {
            return new LiftingTask(mass, req(node, "horizontalDistanceM", path), req(node, "verticalHeightM", path),
                    req(node, "verticalTravelM", path), node.has("asymmetryDeg") ? node.get("asymmetryDeg").asDouble(Double.NaN) : 0,
                    req(node, "liftsPerMinute", path), duration, coupling);
        } catch (ParameterOutOfRangeException e) {
            throw new BadInputException(new ParameterOutOfRangeException(path + "." + e.parameter(), e.value(),
                    e.min(), e.max(), e.unit()).getMessage());
        }
    }

    private static double req(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null) {
            throw new BadInputException(path + "." + field + " is missing");
        }
        if (!v.isNumber()) {
            throw new BadInputException(path + "." + field + " = " + v + " is not a number");
        }
        return v.doubleValue();
    }

    private static double number(JsonNode node, String path, double min, double max, String unit) {
        if (node == null) {
            throw new BadInputException(path + " is missing; allowed range [" + min + ", " + max + "] " + unit);
        }
        double v = node.isNumber() ? node.doubleValue() : Double.NaN;
        if (!(v >= min && v <= max)) {
            throw new BadInputException(new ParameterOutOfRangeException(path, v, min, max, unit).getMessage());
        }
        return v;
    }

    private static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try {
            JsonNode n = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (n == null || n.isMissingNode()) {
                throw new BadInputException(file + ": empty; expected a JSON object with fields " + JOB_FIELDS);
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + ": malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void requireObject(JsonNode node, String path, List<String> accepted) {
        if (node == null || !node.isObject()) {
            throw new BadInputException(path + " is not a JSON object; accepted fields: " + String.join(", ", accepted));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!accepted.contains(n)) {
                throw new BadInputException(path + "." + n + " is not a known field; accepted fields: "
                        + String.join(", ", accepted));
            }
        }
    }

    private static String toJson(JobAssessment a, double uctN) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", "ok");
        root.put("peakCompressionN", a.peakCompressionN());
        root.put("peakApShearN", a.peakApShearN());
        root.put("cumulativeCompressionMNs", a.cumulativeCompressionMNs());
        root.put("cumulativeShearMNs", a.cumulativeShearMNs());
        root.put("doseKNh", a.doseKNh());
        root.put("cumulativeDamage", a.cumulativeDamage());
        root.put("uctN", uctN);
        root.put("dortmundVerified", DortmundRecommendations2001.VERIFIED);
        ArrayNode exceeded = root.putArray("exceeded");
        ArrayNode tasks = root.putArray("tasks");
        for (TaskAssessment t : a.tasks()) {
            ObjectNode n = tasks.addObject();
            n.put("name", t.task().name());
            n.put("compressionN", t.compressionN());
            n.put("apShearN", t.apShearN());
            n.put("nioshActionLimitRatio", t.actionLimitRatio());
            n.put("nioshMaxPermissibleRatio", t.maxPermissibleRatio());
            n.put("shearLimitN", t.shearLimitN());
            n.put("shearRatio", t.shearRatio());
            n.put("dortmundLimitN", t.dortmundLimitN());
            n.put("dortmundRatio", t.dortmundRatio());
            n.put("damagePerCycle", t.damagePerCycle());
            n.put("dailyDamage", t.dailyDamage());
            n.put("cumulativeCompressionMNs", t.cumulativeCompressionNs() / 1e6);
            n.put("cumulativeShearMNs", t.cumulativeShearNs() / 1e6);
            t.niosh().ifPresent(ni -> {
                ObjectNode r = n.putObject("niosh");
                r.put("hm", ni.horizontalMultiplier());
                r.put("vm", ni.verticalMultiplier());
                r.put("dm", ni.distanceMultiplier());
                r.put("am", ni.asymmetricMultiplier());
                r.put("fm", ni.frequencyMultiplier());
                r.put("cm", ni.couplingMultiplier());
                r.put("rwlKg", ni.recommendedWeightLimitKg());
                if (Double.isFinite(ni.liftingIndex())) {
                    r.put("liftingIndex", ni.liftingIndex());
                } else {
                    r.put("liftingIndex", "infinite (a multiplier is zero)");
                }
            });
            for (String e : exceedances(t)) {
                exceeded.add(t.task().name() + ": " + e);
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The limits a task exceeds, each with the factor by which it does. */
    static List<String> exceedances(TaskAssessment t) {
        List<String> out = new ArrayList<>();
        if (t.actionLimitRatio() > 1) {
            out.add(String.format(Locale.ROOT, "NIOSH action limit 3400 N exceeded %.2fx", t.actionLimitRatio()));
        }
        if (t.maxPermissibleRatio() > 1) {
            out.add(String.format(Locale.ROOT, "NIOSH maximum permissible limit 6400 N exceeded %.2fx", t.maxPermissibleRatio()));
        }
        if (t.shearRatio() > 1) {
            out.add(String.format(Locale.ROOT, "shear limit %.0f N exceeded %.2fx", t.shearLimitN(), t.shearRatio()));
        }
        if (t.dortmundRatio() > 1) {
            out.add(String.format(Locale.ROOT, "Dortmund limit %.0f N (unverified) exceeded %.2fx", t.dortmundLimitN(), t.dortmundRatio()));
        }
        t.niosh().filter(NioshAssessment::exceedsRecommendedLimit).ifPresent(n -> out.add(Double.isFinite(n.liftingIndex())
                ? String.format(Locale.ROOT, "NIOSH lifting index %.2f > 1", n.liftingIndex())
                : "NIOSH lifting equation: outside its range (a multiplier is zero)"));
        return out;
    }

    private static void printTable(JobAssessment a, PrintStream out) {
        out.printf(Locale.ROOT, "%-24s %10s %10s %8s %8s %8s %12s%n", "task", "C (N)", "AP (N)", "C/3400",
                "AP/lim", "C/Dort", "damage/day");
        for (TaskAssessment t : a.tasks()) {
            out.printf(Locale.ROOT, "%-24s %10.0f %10.0f %8.2f %8.2f %8.2f %12.3e%n", t.task().name(), t.compressionN(),
                    t.apShearN(), t.actionLimitRatio(), t.shearRatio(), t.dortmundRatio(), t.dailyDamage());
        }
        out.printf(Locale.ROOT, "peak compression %.0f N, peak |AP shear| %.0f N%n", a.peakCompressionN(), a.peakApShearN());
        out.printf(Locale.ROOT, "cumulative compression %.3f MN·s, cumulative shear %.3f MN·s, dose %.2f kN·h%n",
                a.cumulativeCompressionMNs(), a.cumulativeShearMNs(), a.doseKNh());
        out.printf(Locale.ROOT, "cumulative damage (Miner sum) %.4g%n", a.cumulativeDamage());
        for (TaskAssessment t : a.tasks()) {
            for (String e : exceedances(t)) {
                out.println("exceeded: " + t.task().name() + ": " + e);
            }
        }
    }
}
