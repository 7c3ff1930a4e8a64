package org.lumbosim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.lumbosim.LoadInRestingHandException;
import org.lumbosim.ParameterOutOfRangeException;
import org.lumbosim.RangeText;
import org.lumbosim.UnsupportedPostureException;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.assessment.Coupling;
import org.lumbosim.assessment.FatigueDamage;
import org.lumbosim.assessment.JobAssessment;
import org.lumbosim.assessment.JobAssessor;
import org.lumbosim.assessment.JobTask;
import org.lumbosim.assessment.LiftingTask;
import org.lumbosim.assessment.NioshAssessment;
import org.lumbosim.assessment.TaskAssessment;
import org.lumbosim.assessment.WorkDuration;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.reference.DortmundRecommendations2001;
import org.lumbosim.reference.OccupationalLimits;

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
            "each against the NIOSH (1981) " + n(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N) + " N / "
                    + n(OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N) + " N compression limits, the Gallagher & Marras (2012)",
            "shear limit (" + n(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N) + " N below 100 repetitions a day, else "
                    + n(OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_FREQUENT_N) + " N) and the age- and sex-specific",
            "Dortmund (2001) limit (not verified against the source), the fatigue damage per repetition",
            "(LiFFT form, % of an ultimate tolerance uctN, default 6000 N) and, for lifts, the revised NIOSH",
            "lifting equation; for the job: peaks, cumulative compression and shear (MN·s), the daily dose",
            "sqrt(8 h × Σ F² t) (kN·h) and the cumulative damage (Miner sum). Also each task's L5-S1",
            "intradiscal pressure (json idpMPa; peakIdpMPa; the table's line \"peak L5-S1 intradiscal pressure\"):",
            "the one output the subject's disc areas (subject.discAreaMm2) change.",
            "A task beyond the muscles' strength exits 3, unless the job's \"model\":{\"overload\":\"report\"}:",
            "then it is graded with the loads at the strength it requires, marked (json: task \"status\":",
            "\"overloaded\" with requiredMuscleStressMPa and allowedMuscleStressMPa, job \"status\":\"overloaded\";",
            "both formats count them: overloadedTasks / the table's last line summary: tasks=<n> overloaded=<k>).",
            "repetitionsPerDay in [0, 100000]; secondsPerRepetition (how long each occurrence loads the spine) in",
            "[0, 86400] s; the tasks' repetitionsPerDay x secondsPerRepetition may add up to at most 86400 s (a day).",
            "",
            "Job file: {\"subject\":{...},\"model\":{...},\"uctN\":6000,\"tasks\":[{\"name\":\"lift box\",",
            "  \"posture\":{\"preset\":\"lift_round_back\"},\"loads\":[{\"massKg\":15}],\"repetitionsPerDay\":200,",
            "  \"secondsPerRepetition\":2,\"lift\":{\"horizontalDistanceM\":0.45,\"verticalHeightM\":0.1,",
            "  \"verticalTravelM\":0.7,\"asymmetryDeg\":0,\"liftsPerMinute\":0.5,\"duration\":\"8h\",\"coupling\":\"fair\"}}]}",
            ExitCodes.help("assess"));

    private static final List<String> JOB_FIELDS = List.of("subject", "model", "uctN", "tasks");
    private static final List<String> TASK_FIELDS = List.of("name", "posture", "loads", "repetitionsPerDay",
            "secondsPerRepetition", "lift");
    private static final List<String> LIFT_FIELDS = List.of("horizontalDistanceM", "verticalHeightM",
            "verticalTravelM", "asymmetryDeg", "liftsPerMinute", "duration", "coupling");
    /** The number fields of a lift, in the order of {@link LiftingTask}'s components after the mass. */
    private static final List<String> LIFT_NUMBERS = List.of("horizontalDistanceM", "verticalHeightM",
            "verticalTravelM", "asymmetryDeg", "liftsPerMinute");
    /** Smallest ultimate compressive tolerance a job file may give (N). */
    static final double MIN_UCT_N = 1000;
    /** Largest ultimate compressive tolerance a job file may give (N). */
    static final double MAX_UCT_N = 20000;
    /** Pascals in a megapascal. */
    private static final double PASCALS_PER_MEGAPASCAL = 1e6;
    /** Square millimetres in a square metre. */
    private static final double MM2_PER_M2 = 1e6;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    static final List<String> OPTIONS = List.of("--format");
    /** The options without a value. */
    static final List<String> FLAGS = List.of();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("assess", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        String format = o.choice("--format", "json", List.of("json", "table"));
        Path file = Path.of(o.positional("a job file: lumbosim assess JOB.json"));
        Job job = parse(JsonInput.read(file, "job", JOB_FIELDS));
        JobAssessment a;
        try {
            a = JobAssessor.assess(job.model(), job.tasks(), job.uctN());
        } catch (UnsupportedPostureException | LoadInRestingHandException e) {
            throw unsupportedTask(job.model(), job.tasks(), e);
        }
        if (format.equals("table")) {
            printTable(a, out, allowedMuscleStressMPa(job.model()), job.model());
        } else {
            out.println(toJson(a, job.uctN(), allowedMuscleStressMPa(job.model())));
        }
        return Main.EXIT_OK;
    }

    /**
     * A job read from a job file.
     *
     * @param model the model of the job's subject, with the job's muscle model and criterion
     * @param tasks the tasks, in the file's order (at least one)
     * @param uctN the ultimate compressive tolerance of the fatigue damage (N)
     */
    record Job(LumbarModel model, List<JobTask> tasks, double uctN) {
    }

    /**
     * Parses and checks the text of a job file.
     *
     * @param json the text
     * @return the job
     * @throws BadInputException naming the field (or {@code job:line:column}) if it is not a valid job
     */
    static Job parse(String json) {
        return parse(JsonInput.parse(json, "job", "job", JOB_FIELDS));
    }

    /**
     * Checks a parsed job file.
     *
     * @param root the tree
     * @return the job
     * @throws BadInputException naming the field if it is not a valid job
     */
    static Job parse(JsonNode root) {
        JsonInput.root(root, "job", JOB_FIELDS);
        ObjectNode common = MAPPER.createObjectNode();
        for (String field : List.of("subject", "model")) {
            if (root.has(field)) {
                common.set(field, root.get(field));
            }
        }
        // subject and model are checked once, at the top level, as those of a task
        Task base = TaskReader.parse(common.deepCopy().set("posture", MAPPER.createObjectNode()
                .put("preset", "standing_relaxed")));
        LumbarModel model = base.model();
        double ageYears = model.subject().ageYears();
        if (ageYears < DortmundRecommendations2001.MIN_AGE_YEARS) {
            // every task is graded against the subject's Dortmund limit, whose table starts at 20 years
            throw new BadInputException(new ParameterOutOfRangeException("subject.ageYears", ageYears,
                    DortmundRecommendations2001.MIN_AGE_YEARS, Subject.MAX_AGE_YEARS, "years").getMessage()
                    + ": the Dortmund limit every task is graded against has no row below 20 years");
        }
        double uctN = root.has("uctN") ? JsonInput.number(root.get("uctN"), "uctN", MIN_UCT_N, MAX_UCT_N, "N")
                : FatigueDamage.DEFAULT_UCT_N;
        JsonNode tasksNode = root.get("tasks");
        if (tasksNode == null || !tasksNode.isArray() || tasksNode.isEmpty()) {
            throw new BadInputException("tasks = " + (tasksNode == null ? "(missing)" : JsonInput.shown(tasksNode))
                    + " is not a non-empty array of tasks with fields " + String.join(", ", TASK_FIELDS));
        }
        List<JobTask> tasks = new ArrayList<>();
        for (int i = 0; i < tasksNode.size(); i++) {
            tasks.add(task(tasksNode.get(i), i));
        }
        double dailyS = JobAssessor.dailyLoadingS(tasks);
        if (dailyS > JobTask.SECONDS_PER_DAY) {
            throw new BadInputException(String.format(Locale.ROOT, "tasks: repetitionsPerDay x secondsPerRepetition add"
                    + " up to %.0f s (%.1f h) a day, more than the %.0f s of a day; check each task's repetitionsPerDay"
                    + " and secondsPerRepetition (how long each occurrence loads the spine)", dailyS,
                    dailyS / 3600, JobTask.SECONDS_PER_DAY));
        }
        return new Job(model, tasks, uctN);
    }

    private static JobTask task(JsonNode t, int index) {
        String path = "tasks[" + index + "]";
        JsonInput.object(t, path, TASK_FIELDS);
        String name = t.has("name") ? JsonInput.name(t.get("name"), path + ".name") : "task " + (index + 1);
        if (t.get("posture") == null) {
            throw new BadInputException(path + ".posture is missing: give a \"preset\" and/or angle fields");
        }
        ObjectNode taskJson = MAPPER.createObjectNode();
        taskJson.set("posture", t.get("posture"));
        if (t.has("loads")) {
            taskJson.set("loads", t.get("loads"));
        }
        Task parsed;
        try {
            parsed = TaskReader.parse(taskJson);
        } catch (BadInputException e) {
            throw new BadInputException(path + "." + e.getMessage());
        }
        Posture probePosture = PosturePreset.STANDING_RELAXED.posture();
        double reps = JsonInput.number(t.get("repetitionsPerDay"), path + ".repetitionsPerDay",
                v -> new JobTask(name, probePosture, List.of(), v, 0, Optional.empty()));
        double secs = JsonInput.number(t.get("secondsPerRepetition"), path + ".secondsPerRepetition",
                v -> new JobTask(name, probePosture, List.of(), 0, v, Optional.empty()));
        Optional<LiftingTask> lift = t.has("lift") ? Optional.of(lift(t.get("lift"), path, parsed))
                : Optional.empty();
        return new JobTask(name, parsed.posture(), new ArrayList<>(parsed.loads()), reps, secs, lift);
    }

    /**
     * Names the first task whose supports cannot hold its posture or that holds a load in a hand resting
     * on the floor (the one the assessment stopped at: it solves the tasks in order).
     */
    private static RuntimeException unsupportedTask(LumbarModel model, List<JobTask> tasks, RuntimeException e) {
        for (int i = 0; i < tasks.size(); i++) {
            TaskSolver.analyze(model, tasks.get(i).posture(), tasks.get(i).loads(), "tasks[" + i + "].posture");
        }
        return e;
    }

    private static LiftingTask lift(JsonNode node, String taskPath, Task task) {
        String path = taskPath + ".lift";
        JsonInput.object(node, path, LIFT_FIELDS);
        double mass = 0;
        for (var l : task.loads()) {
            mass += l.massKg();
        }
        WorkDuration duration = node.has("duration") ? JsonInput.choice(node.get("duration"), path + ".duration",
                AssessCommand::duration, "1h, 2h, 8h") : WorkDuration.UP_TO_8_HOURS;
        Coupling coupling = node.has("coupling") ? JsonInput.choice(node.get("coupling"), path + ".coupling",
                c -> Coupling.valueOf(c.toUpperCase(Locale.ROOT)), "good, fair, poor") : Coupling.GOOD;
        double[] v = new double[LIFT_NUMBERS.size()];
        for (int k = 0; k < v.length; k++) {
            String field = LIFT_NUMBERS.get(k);
            int index = k;
            JsonNode value = node.get(field);
            v[k] = value == null && field.equals("asymmetryDeg") ? 0
                    : JsonInput.number(value, path + "." + field, x -> liftWith(index, x));
        }
        try {
            return new LiftingTask(mass, v[0], v[1], v[2], v[3], v[4], duration, coupling);
        } catch (ParameterOutOfRangeException e) {
            // every lift field was checked on its own: this is the mass, the sum of the task's loads
            throw new BadInputException(taskPath + ".loads: the lift's mass, " + mass + " kg in all, is outside the"
                    + " range of the NIOSH lifting equation " + RangeText.withUnit(e.min(), e.max(), e.unit()));
        }
    }

    /** Checks one number of a lift, in {@link #LIFT_NUMBERS} order, by building a lift with it. */
    private static void liftWith(int index, double value) {
        double[] v = new double[LIFT_NUMBERS.size()];
        v[index] = value;
        new LiftingTask(0, v[0], v[1], v[2], v[3], v[4], WorkDuration.UP_TO_8_HOURS, Coupling.GOOD);
    }

    private static WorkDuration duration(String text) {
        return switch (text) {
            case "1h" -> WorkDuration.UP_TO_1_HOUR;
            case "2h" -> WorkDuration.UP_TO_2_HOURS;
            case "8h" -> WorkDuration.UP_TO_8_HOURS;
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** @return the muscle stress the job's subject is allowed (MPa), the strength overloaded tasks exceed */
    private static double allowedMuscleStressMPa(LumbarModel model) {
        return model.tissueParameters().maxMuscleStressPa() / PASCALS_PER_MEGAPASCAL;
    }

    /** @return how many of the job's tasks are overloaded (loads at the muscle strength they require) */
    static int overloadedTasks(JobAssessment a) {
        int k = 0;
        for (TaskAssessment t : a.tasks()) {
            k += t.result().overloaded() ? 1 : 0;
        }
        return k;
    }

    private static String toJson(JobAssessment a, double uctN, double allowedMPa) {
        ObjectNode root = MAPPER.createObjectNode();
        int overloaded = overloadedTasks(a);
        root.put("status", overloaded > 0 ? "overloaded" : "ok");
        root.put("peakCompressionN", a.peakCompressionN());
        root.put("peakApShearN", a.peakApShearN());
        root.put("peakIdpMPa", peakIdpMPa(a));
        root.put("cumulativeCompressionMNs", a.cumulativeCompressionMNs());
        root.put("cumulativeShearMNs", a.cumulativeShearMNs());
        root.put("doseKNh", a.doseKNh());
        root.put("cumulativeDamage", a.cumulativeDamage());
        root.put("uctN", uctN);
        root.put("dortmundVerified", DortmundRecommendations2001.VERIFIED);
        root.put("overloadedTasks", overloaded);
        root.put("shareOverloaded", overloaded / (double) a.tasks().size());
        ArrayNode exceeded = root.putArray("exceeded");
        ArrayNode tasks = root.putArray("tasks");
        for (TaskAssessment t : a.tasks()) {
            ObjectNode n = tasks.addObject();
            n.put("name", t.task().name());
            n.put("status", t.result().overloaded() ? "overloaded" : "ok");
            if (t.result().overloaded()) {
                n.put("requiredMuscleStressMPa", t.result().largestMuscleStressMPa());
                n.put("allowedMuscleStressMPa", allowedMPa);
            }
            n.put("compressionN", t.compressionN());
            n.put("apShearN", t.apShearN());
            n.put("idpMPa", t.result().l5s1().idpMPa());
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
            return MAPPER.writeValueAsString(FiniteOutput.tree(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the largest L5-S1 intradiscal pressure of the job's tasks (MPa): the printed quantity
     *     that the subject's disc area ({@code subject.discAreaMm2}) sets
     */
    static double peakIdpMPa(JobAssessment a) {
        double peak = Double.NEGATIVE_INFINITY;
        for (TaskAssessment t : a.tasks()) {
            peak = Math.max(peak, t.result().l5s1().idpMPa());
        }
        return peak;
    }

    /** The limits a task exceeds, each with the factor by which it does. */
    static List<String> exceedances(TaskAssessment t) {
        List<String> out = new ArrayList<>();
        if (t.actionLimitRatio() > 1) {
            out.add(String.format(Locale.ROOT, "NIOSH action limit %.0f N exceeded %.2fx",
                    OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N, t.actionLimitRatio()));
        }
        if (t.maxPermissibleRatio() > 1) {
            out.add(String.format(Locale.ROOT, "NIOSH maximum permissible limit %.0f N exceeded %.2fx",
                    OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N, t.maxPermissibleRatio()));
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

    /** A limit as printed in text: whole newtons. */
    private static String n(double limitN) {
        return String.format(Locale.ROOT, "%.0f", limitN);
    }

    private static void printTable(JobAssessment a, PrintStream out, double allowedMPa, LumbarModel model) {
        FiniteOutput.printf(out, "%-24s %10s %10s %8s %8s %8s %12s%n", "task", "C (N)", "AP (N)",
                "C/" + n(OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N),
                "AP/lim", "C/Dort", "damage/day");
        for (TaskAssessment t : a.tasks()) {
            FiniteOutput.printf(out, "%-24s %10.0f %10.0f %8.2f %8.2f %8.2f %12.3e%n", t.task().name(), t.compressionN(),
                    t.apShearN(), t.actionLimitRatio(), t.shearRatio(), t.dortmundRatio(), t.dailyDamage());
        }
        FiniteOutput.printf(out, "peak compression %.0f N, peak |AP shear| %.0f N%n", a.peakCompressionN(), a.peakApShearN());
        FiniteOutput.printf(out, "peak L5-S1 intradiscal pressure %.2f MPa (L5-S1 disc area %.0f mm², %s)%n",
                peakIdpMPa(a), model.discAreaM2(SpinalLevel.L5_S1) * MM2_PER_M2,
                model.givenDiscAreaMm2(SpinalLevel.L5_S1).isPresent() ? "the subject's" : "derived from stature");
        FiniteOutput.printf(out, "cumulative compression %.3f MN·s, cumulative shear %.3f MN·s, dose %.2f kN·h%n",
                a.cumulativeCompressionMNs(), a.cumulativeShearMNs(), a.doseKNh());
        FiniteOutput.printf(out, "cumulative damage (Miner sum) %.4g%n", a.cumulativeDamage());
        for (TaskAssessment t : a.tasks()) {
            for (String e : exceedances(t)) {
                out.println("exceeded: " + t.task().name() + ": " + e);
            }
        }
        for (TaskAssessment t : a.tasks()) {
            if (t.result().overloaded()) {
                FiniteOutput.printf(out, "overloaded: %s: needs a muscle stress of %.2f MPa, allowed %.2f MPa (loads at"
                        + " the strength it needs)%n", t.task().name(), t.result().largestMuscleStressMPa(), allowedMPa);
            }
        }
        FiniteOutput.printf(out, "summary: tasks=%d overloaded=%d%n", a.tasks().size(), overloadedTasks(a));
    }
}
