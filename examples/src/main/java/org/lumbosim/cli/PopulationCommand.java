package org.lumbosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.LumbosimException;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.model.AbdominalPressureMode;
import org.lumbosim.model.LevelCoupling;
import org.lumbosim.model.OverloadPolicy;
import org.lumbosim.model.TissueParameters.TissueParameter;
import org.lumbosim.population.ConstantVariation;
import org.lumbosim.population.ContactPercentiles;
import org.lumbosim.population.OutputPercentiles;
import org.lumbosim.population.PopulationDistribution;
import org.lumbosim.population.PopulationResult;
import org.lumbosim.population.PopulationStudy;
import org.lumbosim.population.Populations;
import org.lumbosim.reference.OccupationalLimits;

/**
 * {@code lumbosim population TASK.json [--n N] [--seed S] [--threads T]}: the task's L5-S1 loads
 * over a simulated adult population (percentiles and shares above limits).
 */
final class PopulationCommand {
    private PopulationCommand() {
    }

    /** People drawn when {@code --n} is not given. */
    static final int DEFAULT_PEOPLE = 100_000;
    /**
     * Most people {@code --n} may ask for: every person keeps 20 numbers (160 bytes) for the
     * percentiles, so a million people need about 170 MB, within the default memory of a small
     * machine, and take about 10 s on 2 cores (README, performance); a task resting the trunk or the
     * hands on the thighs keeps one number more per push (at most 23, about 195 MB).
     */
    static final int MAX_PEOPLE = 1_000_000;
    /** Most threads {@code --threads} may ask for. */
    static final int MAX_THREADS = 256;
    /** The fields of a population task file: those of a task file and {@code variation}. */
    private static final List<String> FIELDS = List.of("subject", "posture", "loads", "model", "variation");
    /** The subject field of a task that gives its own disc areas. */
    private static final String DISC_AREA = "discAreaMm2";
    /** The model field of a task that says what a task beyond the muscles' strength gives. */
    private static final String OVERLOAD = "overload";

    static final String USAGE = String.join("\n",
            "usage: lumbosim population TASK.json [--n 100000] [--seed 1] [--threads <cores>] [--out FILE.csv]",
            "",
            "Solves the task (its posture, loads and model: muscles, criterion, overload, abdominalCoactivation;",
            "model.levelCoupling and model.abdominalPressure only their defaults, deviations and prescribed)",
            "for N people drawn from " + Populations.NHANES_DESCRIPTION + ",",
            "and prints the 5th, 50th and 95th percentiles of L5-S1 compression and AP shear and the share of",
            "people above each limit (NIOSH 3400/6400 N, shear 1000/700 N, Dortmund 2001 by age and sex,",
            "unverified), plus the share whose muscles cannot balance the task. A person beyond their muscle",
            "strength gets loads at the strength the task requires (min-max muscle stress), is counted as",
            "solved and in the percentiles and shares, and is counted in the line \"share overloaded ...\"",
            "(unless the task gives \"model\":{\"overload\":\"fail\"}: then such a person has no loads and",
            "counts as infeasible). The task may not give a subject (exit 2): every person's sex, stature,",
            "mass, age and disc areas are the drawn person's (vary the areas with discAreaScale).",
            "Same seed and N, same output, whatever the number of threads. --out writes the 5th/50th/95th",
            "percentiles and the mean of every output (compressionN, apShearN, lateralShearN, idpMPa) at every",
            "level: level,quantity,p5,p50,p95,mean. A task that rests the trunk (trunk_on_thighs) or the hands",
            "(hands_on_thighs) on the thighs adds a line per push, e.g. \"thighs' push on the trunk (N): p5 ..\", and",
            "--out adds, after the levels' rows, a row per push with an empty level: trunkOnThighsForceN,",
            "handsOnThighsLeftForceN, handsOnThighsRightForceN (the push's magnitude, N).",
            "",
            "Limits: --n 1 to " + MAX_PEOPLE + " (memory: 20 numbers per person, one more per push), --threads 1 to " + MAX_THREADS
                    + "; a run",
            "that lasts more than 2 s shows \"progress: ...\" on stderr. --out is written only after every",
            "person is solved, whole or not at all (a temporary file moved into place), never over the task",
            "file; nothing is printed before it is written.",
            "",
            "The task file may add \"variation\": tissue constants that vary from person to person, each uniform",
            "{\"min\":a,\"max\":b} or normal {\"mean\":m,\"sd\":s} (truncated to the allowed range), e.g.",
            "  \"variation\":{\"maxMuscleStressMPa\":{\"min\":0.3,\"max\":1.0},\"nachemsonPressureFactor\":{\"mean\":1.5,\"sd\":0.1}}",
            "constants: " + constantIds() + ".",
            ExitCodes.help("population"));

    /** The printed line's words for each push of {@link PopulationResult#contacts()}. */
    private static final Map<String, String> PUSH_LINES = Map.of(
            ContactPercentiles.TRUNK_ON_THIGHS_FORCE_N, "thighs' push on the trunk",
            ContactPercentiles.HANDS_ON_THIGHS_LEFT_FORCE_N, "thighs' push on the left hand",
            ContactPercentiles.HANDS_ON_THIGHS_RIGHT_FORCE_N, "thighs' push on the right hand");

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    static final List<String> OPTIONS = List.of("--n", "--seed", "--threads", "--out");
    /** The options without a value. */
    static final List<String> FLAGS = List.of();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("population", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        int n = (int) o.integer("--n", DEFAULT_PEOPLE, 1, MAX_PEOPLE);
        long seed = o.integer("--seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        int threads = (int) o.integer("--threads", Runtime.getRuntime().availableProcessors(), 1, MAX_THREADS);
        Path outFile = o.path("--out").orElse(null);
        Path file = Path.of(o.positional("a task file: lumbosim population TASK.json"));
        OutputFiles files = new OutputFiles().input("the task file", file);
        if (outFile != null) {
            files.file("--out", outFile);
        }
        JsonNode root = JsonInput.read(file, "task", FIELDS);
        JsonInput.root(root, "task", FIELDS);
        ConstantVariation variation = ConstantVariation.none();
        if (root.has("variation")) {
            ObjectNode copy = root.deepCopy();
            variation = variation(copy.remove("variation"));
            root = copy;
        }
        Task task = TaskReader.parse(root);
        rejectSubject(root);
        if (task.levelCoupling() != LevelCoupling.DEVIATIONS) {
            // PopulationStudy builds every person's model with the default coupling; refuse rather than ignore it
            throw new BadInputException("model." + TaskReader.LEVEL_COUPLING + " = \"" + task.levelCoupling().id()
                    + "\" is not supported by population (its people use \"" + LevelCoupling.DEVIATIONS.id() + "\")");
        }
        if (task.abdominalPressure() != AbdominalPressureMode.PRESCRIBED) {
            // PopulationStudy builds every person's model with the prescribed pressure; refuse rather than ignore it
            throw new BadInputException("model." + TaskReader.ABDOMINAL_PRESSURE + " = \"" + task.abdominalPressure().id()
                    + "\" is not supported by population (its people use \"" + AbdominalPressureMode.PRESCRIBED.id() + "\")");
        }
        variation = withTaskCoactivation(variation, root, task);
        InfeasibleRecruitmentException forTaskSubject = solveForTaskSubject(task);
        PopulationDistribution d = Populations.nhanes2017To2020();
        PopulationStudy study = new PopulationStudy(d, task.muscles(), seed, threads, variation, overloadPolicy(root, task),
                task.model().solver());
        long t0 = System.nanoTime();
        PopulationResult r = study.run(task.posture(), task.loads(), n, new Progress(err, n, "people"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r.solved() == 0) {
            throw nobodySolved(r, forTaskSubject);
        }
        if (outFile != null) {
            StringBuilder csv = new StringBuilder("level,quantity,p5,p50,p95,mean\n");
            for (OutputPercentiles p : r.outputs()) {
                csvRow(csv, p.level().label(), p.quantity(), p.p5(), p.p50(), p.p95(), p.mean());
            }
            // the thighs' pushes after every level's rows: they act on no one level
            for (ContactPercentiles c : r.contacts()) {
                csvRow(csv, "", c.quantity(), c.p5(), c.p50(), c.p95(), c.mean());
            }
            files.content(outFile, OutputFiles.Content.text(csv));
        }
        files.writeAll();
        FiniteOutput.printf(out, "people: %d (solved %d, infeasible %.2f %%), seed %d, %d threads, %.2f s%n",
                r.people(), r.solved(), 100 * r.shareInfeasible(), seed, threads, seconds);
        FiniteOutput.printf(out, "L5-S1 compression (N): p5 %.0f  p50 %.0f  p95 %.0f%n",
                r.compressionP5N(), r.compressionP50N(), r.compressionP95N());
        FiniteOutput.printf(out, "L5-S1 AP shear (N):    p5 %.0f  p50 %.0f  p95 %.0f%n",
                r.apShearP5N(), r.apShearP50N(), r.apShearP95N());
        FiniteOutput.printf(out, "share above NIOSH action limit %.0f N: %.2f %%%n",
                OccupationalLimits.NIOSH_1981_ACTION_LIMIT_COMPRESSION_N, 100 * r.shareAboveActionLimit());
        FiniteOutput.printf(out, "share above NIOSH maximum permissible %.0f N: %.2f %%%n",
                OccupationalLimits.NIOSH_1981_MAX_PERMISSIBLE_COMPRESSION_N, 100 * r.shareAboveMaxPermissible());
        FiniteOutput.printf(out, "share above shear limit %.0f N (occasional): %.2f %%%n",
                OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_OCCASIONAL_N, 100 * r.shareAboveShearOccasional());
        FiniteOutput.printf(out, "share above shear limit %.0f N (frequent): %.2f %%%n",
                OccupationalLimits.GALLAGHER_MARRAS_2012_SHEAR_FREQUENT_N, 100 * r.shareAboveShearFrequent());
        FiniteOutput.printf(out, "share above own Dortmund limit (unverified values): %.2f %%%n", 100 * r.shareAboveDortmund());
        FiniteOutput.printf(out, "share overloaded (beyond their muscle strength; loads at the strength they need): %.2f %% (%d people)%n",
                100 * r.shareOverloaded(), r.overloaded());
        if (!variation.isEmpty()) {
            out.println("varied tissue constants: " + describe(variation));
        }
        // after every earlier line, so that each keeps its place; the line naming the written file stays last
        for (ContactPercentiles c : r.contacts()) {
            FiniteOutput.printf(out, "%s (N): p5 %.1f  p50 %.1f  p95 %.1f  mean %.1f%n", PUSH_LINES.get(c.quantity()),
                    c.p5(), c.p50(), c.p95(), c.mean());
        }
        if (outFile != null) {
            out.println("wrote the percentiles of " + r.outputs().size() + " outputs to " + Output.oneLine(outFile.toAbsolutePath()));
        }
        return Main.EXIT_OK;
    }

    /**
     * Appends one row of the {@code --out} CSV, every number at full precision and checked finite.
     *
     * @param level the level's label, or empty for a push that acts on no one level
     */
    private static void csvRow(StringBuilder csv, String level, String quantity, double p5, double p50, double p95,
                               double mean) {
        String what = (level.isEmpty() ? "" : level + " ") + quantity;
        csv.append(level).append(',').append(quantity).append(',')
                .append(FiniteOutput.full(what + " p5", p5)).append(',')
                .append(FiniteOutput.full(what + " p50", p50)).append(',')
                .append(FiniteOutput.full(what + " p95", p95)).append(',')
                .append(FiniteOutput.full(what + " mean", mean)).append('\n');
    }

    /**
     * Solves the task once for the default subject, before the study: supports that cannot hold the
     * posture are bad input for everyone.
     *
     * @return null if it solved or did not converge, else why the muscles cannot balance it
     * @throws BadInputException naming {@code posture.supports} if the supports cannot hold the posture
     */
    private static InfeasibleRecruitmentException solveForTaskSubject(Task task) {
        try {
            TaskSolver.analyze(task);
            return null;
        } catch (InfeasibleRecruitmentException e) {
            return e;
        } catch (LumbosimException e) {
            // did not converge for this one subject; the study tells for the population
            return null;
        }
    }

    /**
     * @param r a study in which nobody was solved
     * @param forTaskSubject why the default subject cannot be solved, or null
     * @return exit 3 saying so, with the muscle stress the default subject would need if known
     */
    private static InfeasibleTaskException nobodySolved(PopulationResult r, InfeasibleRecruitmentException forTaskSubject) {
        String need = "";
        if (forTaskSubject != null && forTaskSubject.requiredMuscleStressMPa().isPresent()) {
            need = "; for the default subject the muscles would need a largest stress of "
                    + forTaskSubject.requiredMuscleStressMPa().getAsDouble() + " MPa (allowed "
                    + forTaskSubject.allowedMuscleStressMPa() + " MPa) at " + forTaskSubject.level().label()
                    + " about the " + forTaskSubject.axis() + " axis";
        } else if (forTaskSubject != null) {
            need = "; for the default subject no muscle stress up to "
                    + InfeasibleRecruitmentException.STRESS_SEARCH_LIMIT_MPA + " MPa was found to balance "
                    + forTaskSubject.level().label() + " about the " + forTaskSubject.axis() + " axis";
        }
        return new InfeasibleTaskException("the muscles of none of the " + r.people() + " simulated people can"
                + " balance the task" + need);
    }

    private static String constantIds() {
        StringBuilder b = new StringBuilder();
        for (TissueParameter p : TissueParameter.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(p.id()).append(" [").append(p.min()).append(", ").append(p.max())
                    .append(']').append(p.unit().isEmpty() ? "" : " " + p.unit());
        }
        return b.toString();
    }

    private static String describe(ConstantVariation v) {
        StringBuilder b = new StringBuilder();
        v.spreads().forEach((p, spread) -> {
            b.append(b.length() == 0 ? "" : "; ").append(p.id()).append(' ');
            if (spread instanceof ConstantVariation.Uniform u) {
                b.append("uniform [").append(u.min()).append(", ").append(u.max()).append(']');
            } else if (spread instanceof ConstantVariation.Normal nd) {
                b.append("normal mean ").append(nd.mean()).append(" sd ").append(nd.sd());
            }
        });
        return b.toString();
    }

    /**
     * A population draws every person: a subject field in the task cannot apply to them, so it is bad
     * input rather than silently ignored.
     *
     * @param root the task (already checked by {@link TaskReader})
     * @throws BadInputException naming the first subject field given
     */
    private static void rejectSubject(JsonNode root) {
        JsonNode subject = root.get("subject");
        if (subject == null || subject.isEmpty()) {
            return;
        }
        String field = subject.fieldNames().next();
        if (field.equals(DISC_AREA)) {
            throw new BadInputException("subject." + DISC_AREA + " cannot apply in population: every person's disc"
                    + " areas are derived from their own drawn stature; vary them with \"variation\":{\"discAreaScale\":...}"
                    + " instead, or give the areas to analyze, plot, assess or day");
        }
        throw new BadInputException("subject." + field + " cannot apply in population: every person's sex, stature,"
                + " body mass and age are drawn from " + Populations.NHANES_DESCRIPTION + "; remove \"subject\" (analyze,"
                + " plot, assess and day solve for one subject)");
    }

    /**
     * @return the task's {@code model.overload} when it gives one, else {@link OverloadPolicy#REPORT}
     *     (a population's default: overload is a result)
     */
    private static OverloadPolicy overloadPolicy(JsonNode root, Task task) {
        JsonNode model = root.get("model");
        return model != null && model.has(OVERLOAD) ? task.overload() : OverloadPolicy.REPORT;
    }

    /**
     * Every person gets the task's {@code model.abdominalCoactivation} when the task gives one (a
     * constant, the same for all); it may not also vary.
     */
    private static ConstantVariation withTaskCoactivation(ConstantVariation variation, JsonNode root, Task task) {
        JsonNode model = root.get("model");
        if (model == null || !model.has(TaskReader.ABDOMINAL_COACTIVATION)) {
            return variation;
        }
        if (variation.spreads().containsKey(TissueParameter.ABDOMINAL_COACTIVATION)) {
            throw new BadInputException("give " + TaskReader.ABDOMINAL_COACTIVATION + " either in model (one value for"
                    + " everybody) or in variation (drawn per person), not both");
        }
        Map<TissueParameter, ConstantVariation.Spread> spreads = new EnumMap<>(TissueParameter.class);
        spreads.putAll(variation.spreads());
        double v = task.abdominalCoactivation();
        spreads.put(TissueParameter.ABDOMINAL_COACTIVATION, new ConstantVariation.Uniform(v, v));
        return new ConstantVariation(spreads);
    }

    /** Reads the task's "variation" object. */
    private static ConstantVariation variation(JsonNode node) {
        if (!node.isObject()) {
            throw new BadInputException("variation = " + JsonInput.shown(node) + " is not a JSON object; keys: " + constantIds());
        }
        Map<TissueParameter, ConstantVariation.Spread> spreads = new EnumMap<>(TissueParameter.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "variation." + e.getKey();
            TissueParameter p;
            try {
                p = TissueParameter.ofId(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw new BadInputException("variation: " + ex.getMessage());
            }
            JsonNode d = e.getValue();
            ConstantVariation.Spread spread;
            double width = p.max() - p.min();
            if (d.isObject() && d.size() == 2 && d.has("min") && d.has("max")) {
                spread = new ConstantVariation.Uniform(JsonInput.number(d.get("min"), path + ".min", p.min(), p.max(), p.unit()),
                        JsonInput.number(d.get("max"), path + ".max", p.min(), p.max(), p.unit()));
            } else if (d.isObject() && d.size() == 2 && d.has("mean") && d.has("sd")) {
                spread = new ConstantVariation.Normal(JsonInput.number(d.get("mean"), path + ".mean", p.min(), p.max(),
                        p.unit()), JsonInput.number(d.get("sd"), path + ".sd", 0, width, p.unit()));
            } else {
                throw new BadInputException(path + " = " + JsonInput.shown(d) + " is neither {\"min\":a,\"max\":b}"
                        + " (uniform) nor {\"mean\":m,\"sd\":s} (normal)");
            }
            try {
                spread.check(p);
            } catch (IllegalArgumentException ex) {
                throw new BadInputException("variation." + ex.getMessage());
            }
            spreads.put(p, spread);
        }
        return new ConstantVariation(spreads);
    }
}
