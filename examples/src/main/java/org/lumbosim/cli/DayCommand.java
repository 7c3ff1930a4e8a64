package org.lumbosim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ui.Drawable;
import org.lumbosim.InfeasibleRecruitmentException;
import org.lumbosim.disc.Activity;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySample;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiscState;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.disc.LevelDay;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.model.Workspace;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.FigureExporter;
import org.lumbosim.viz.LumbosimTheme;

/**
 * {@code lumbosim day [SCHEDULE.json] [--step-min 10] [--out FILE.csv] [--plot FILE.png|svg|pdf]}:
 * intradiscal pressure and disc height through a day (the time-dependent disc).
 */
final class DayCommand {
    private DayCommand() {
    }

    static final String USAGE = String.join("\n",
            "usage: lumbosim day [SCHEDULE.json] [--step-min 10] [--out FILE.csv] [--plot FILE.png|svg|pdf]",
            "",
            "Intradiscal pressure and height of every lumbar disc through a day: each activity's compression",
            "from the static model, fluid loss under load and recovery when lying from the time-dependent disc.",
            "The schedule is repeated until the day is periodic. Without a file, a built-in 24 h day (16 h of",
            "office work and leisure, 8 h lying on the back) is used.",
            "",
            "Prints a CSV row per sample (every --step-min minutes and at each activity's start and end):",
            "  timeH,activity,<level>_idpMPa,<level>_heightMm,<level>_compressionN for L5-S1 .. L1-L2,",
            "  then the thighs' pushes of the sample's activity in the columns of analyze's CSV",
            "  (trunkOnThighs..., handsOnThighsLeft..., handsOnThighsRight...; empty cells without",
            "  trunk_on_thighs or hands_on_thighs), then <level>_heightStrain,<level>_unloadedIdpMPa",
            "  for L5-S1 .. L1-L2 (the unloaded part of the pressure; 0 where the annulus is slack)",
            "(to FILE.csv instead with --out), then one line per activity for L4-L5, and last",
            "  summary: idpStartOfNightMPa=<a> idpEndOfNightMPa=<b> dailyHeightLossMm=<c>",
            "for L4-L5: the pressure when the night (the last block of lying activities) starts and ends, and",
            "the height lost between waking and the start of the night. --plot draws L4-L5 pressure and height.",
            "Limits: 1 to " + DaySchedule.MAX_ACTIVITIES + " activities of 1 min to 24 h, at most "
                    + (long) DaySchedule.MAX_TOTAL_H + " h in all; --step-min 1 to 60.",
            "Outputs: --out and --plot are written only after the whole day is computed, each whole or not at",
            "all (a temporary file moved into place); neither may be the schedule file or the other one.",
            "Nothing is printed before they are written.",
            "",
            "Schedule file: {\"subject\":{...},\"model\":{...},\"activities\":[",
            "  {\"label\":\"desk work\",\"hours\":4,\"posture\":{\"preset\":\"sitting_upright\"},\"loads\":[{\"massKg\":2}]},",
            "  ...,{\"label\":\"night\",\"hours\":8,\"posture\":{\"preset\":\"lying_supine\"}}]}",
            "subject, model, posture and loads as in task files; the first activity starts at waking and must",
            "not be lying; at least one activity must be lying (a posture with the lying_surface support).",
            "The unloaded part of the pressure follows a tension-only law, max(0, pi0 - s e), calibrated between",
            "full hydration and relaxed standing's equilibrium strain; a day in which a disc's unloaded pressure",
            "reaches zero (its annulus slack) is computed (exit 0) and extrapolated: one line per such disc on",
            "stderr, \"note: <level> unloaded pressure zero (annulus slack, tension-only law) from <h> h for <h> h",
            "of the day: largest height strain <e>, beyond the calibrated range [0, <e>] ... and the slack",
            "strain <e>; extrapolated\".",
            ExitCodes.help("day"));

    private static final List<String> SCHEDULE_FIELDS = List.of("subject", "model", "activities");
    private static final List<String> ACTIVITY_FIELDS = List.of("label", "hours", "posture", "loads");
    private static final double MINUTES_PER_HOUR = 60;
    /** Time between samples when {@code --step-min} is not given (min). */
    static final double DEFAULT_STEP_MIN = 10;
    /** Smallest {@code --step-min} (min). */
    static final double MIN_STEP_MIN = 1;
    /** Largest {@code --step-min} (min). */
    static final double MAX_STEP_MIN = 60;

    /** The options that take a value (each named in the help text and in docs/cli.md: ContractDocTest). */
    static final List<String> OPTIONS = List.of("--step-min", "--out", "--plot");
    /** The options without a value. */
    static final List<String> FLAGS = List.of();

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Options o = Options.parse("day", args, OPTIONS, FLAGS);
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        double stepMin = o.number("--step-min", DEFAULT_STEP_MIN, MIN_STEP_MIN, MAX_STEP_MIN, "min");
        Path outFile = o.path("--out").orElse(null);
        Path plotFile = o.figure("--plot").orElse(null);
        Path scheduleFile = o.optionalPositional("a schedule file").map(Path::of).orElse(null);
        OutputFiles files = new OutputFiles();
        if (scheduleFile != null) {
            files.input("the schedule file", scheduleFile);
        }
        if (outFile != null) {
            files.file("--out", outFile);
        }
        if (plotFile != null) {
            files.file("--plot", plotFile);
        }
        Schedule parsed = scheduleFile == null
                ? new Schedule(TaskReader.parse("{\"posture\":{\"preset\":\"standing_relaxed\"}}"), DaySchedule.builtIn())
                : parse(JsonInput.read(scheduleFile, "schedule", SCHEDULE_FIELDS));
        DaySchedule schedule = parsed.schedule();
        LumbarModel model = parsed.base().model();
        Workspace ws = model.newWorkspace();
        List<AnalysisResult> activities = solveEach(model, schedule, ws);
        DayResult day = DiurnalDisc.of(model).simulate(schedule, stepMin / MINUTES_PER_HOUR, ws);
        String csv = csv(day, activities);
        if (outFile != null) {
            files.content(outFile, OutputFiles.Content.text(csv));
        }
        if (plotFile != null) {
            Drawable chart = Options.checked("--plot", () -> Charts.day(day, SpinalLevel.L4_L5,
                    "A day of the L4-L5 disc", LumbosimTheme.slides()));
            files.content(plotFile, s -> FigureExporter.slides().write(chart, FigureExporter.Format.of(plotFile), s));
        }
        files.writeAll();
        if (outFile == null) {
            out.print(csv);
        } else {
            out.println("wrote " + day.samples().size() + " samples to " + Output.oneLine(outFile.toAbsolutePath()));
        }
        if (plotFile != null) {
            out.println("plot: " + Output.oneLine(plotFile.toAbsolutePath()));
        }
        printActivities(day, out);
        LevelDay l = day.level(SpinalLevel.L4_L5);
        out.println("summary: idpStartOfNightMPa=" + FiniteOutput.full("idpStartOfNightMPa", l.idpStartOfNightMPa())
                + " idpEndOfNightMPa=" + FiniteOutput.full("idpEndOfNightMPa", l.idpEndOfNightMPa())
                + " dailyHeightLossMm=" + FiniteOutput.full("dailyHeightLossMm", l.dailyHeightLossMm()));
        for (String note : day.extrapolationNotes()) {
            err.println("note: " + note);
        }
        return Main.EXIT_OK;
    }

    /**
     * Solves every activity once before the day is simulated, so that a failure names the activity's
     * place in the schedule file ({@code activities[i]}, from 0) and its supports' field: the diurnal disc
     * reports a failed activity as an {@link org.lumbosim.ActivityFailedException} counted from 1, without
     * the file's paths.
     *
     * @return every activity's analysis, in the schedule's order (its pushes go into the CSV)
     * @throws BadInputException naming {@code activities[i].posture.supports} if they cannot hold the posture
     * @throws InfeasibleTaskException naming the activity if the muscles cannot balance it
     */
    private static List<AnalysisResult> solveEach(LumbarModel model, DaySchedule schedule, Workspace ws) {
        List<Activity> acts = schedule.activities();
        List<AnalysisResult> out = new ArrayList<>();
        for (int i = 0; i < acts.size(); i++) {
            Activity a = acts.get(i);
            try {
                out.add(TaskSolver.analyze(model, a.posture(), a.loads(), "activities[" + i + "].posture", ws));
            } catch (InfeasibleRecruitmentException e) {
                throw new InfeasibleTaskException("activities[" + i + "] (\"" + a.label() + "\"): " + e.getMessage());
            }
        }
        return out;
    }

    /**
     * A parsed schedule file.
     *
     * @param base the subject and model (a task whose posture is unused)
     * @param schedule the activities
     */
    record Schedule(Task base, DaySchedule schedule) {
    }

    /**
     * Parses and checks the text of a schedule file.
     *
     * @param json the text
     * @return the schedule
     * @throws BadInputException naming the field if it is not a valid schedule
     */
    static Schedule parse(String json) {
        return parse(JsonInput.parse(json, "schedule", "schedule", SCHEDULE_FIELDS));
    }

    /**
     * Checks a parsed schedule.
     *
     * @param root the tree
     * @return the schedule
     * @throws BadInputException naming the field if it is not a valid schedule
     */
    static Schedule parse(JsonNode root) {
        Task base = baseTask(root);
        return new Schedule(base, schedule(root));
    }

    /** The subject and model of a schedule, checked as those of a task. */
    private static Task baseTask(JsonNode root) {
        JsonInput.root(root, "schedule", SCHEDULE_FIELDS);
        ObjectNode task = root.deepCopy();
        task.remove("activities");
        task.putObject("posture").put("preset", "standing_relaxed");
        return TaskReader.parse(task);
    }

    private static DaySchedule schedule(JsonNode root) {
        JsonNode list = root.get("activities");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new BadInputException("activities is missing or not a non-empty array of activity objects");
        }
        List<Activity> acts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "activities[" + i + "]";
            JsonNode a = list.get(i);
            JsonInput.object(a, path, ACTIVITY_FIELDS);
            String label = JsonInput.name(a.get("label"), path + ".label");
            double hours = JsonInput.number(a.get("hours"), path + ".hours",
                    h -> new Activity("probe", Posture.uprightStanding(), List.of(), h));
            ObjectNode task = a.deepCopy();
            task.remove("label");
            task.remove("hours");
            Task t;
            try {
                t = TaskReader.parse(task);
            } catch (BadInputException e) {
                throw new BadInputException(path + "." + e.getMessage());
            }
            acts.add(new Activity(label, t.posture(), List.copyOf(t.loads()), hours));
        }
        try {
            return new DaySchedule(acts);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("activities: " + e.getMessage());
        }
    }

    /**
     * Every sample, every level, full precision; then, after every level's columns, the thighs' pushes of
     * the sample's activity ({@link Output#CONTACT_COLUMNS}, as {@code analyze --format csv} writes them;
     * empty cells for an activity that does not rest the trunk or the hands on the thighs); then every
     * level's height strain and unloaded pressure (zero where the annulus is slack), added last so that
     * the earlier columns keep their positions.
     *
     * @param day the simulated day
     * @param activities every activity's analysis, in the schedule's order
     * @return the CSV
     */
    static String csv(DayResult day, List<AnalysisResult> activities) {
        StringWriter s = new StringWriter();
        PrintWriter w = new PrintWriter(s);
        StringBuilder header = new StringBuilder("timeH,activity");
        for (SpinalLevel l : SpinalLevel.values()) {
            String p = l.label();
            header.append(',').append(p).append("_idpMPa,").append(p).append("_heightMm,").append(p).append("_compressionN");
        }
        header.append(',').append(Output.CONTACT_COLUMNS);
        for (SpinalLevel l : SpinalLevel.values()) {
            header.append(',').append(l.label()).append("_heightStrain,").append(l.label()).append("_unloadedIdpMPa");
        }
        w.println(header);
        List<String> pushes = new ArrayList<>();
        for (AnalysisResult a : activities) {
            pushes.add(Output.contactCells(a));
        }
        for (DaySample x : day.samples()) {
            StringBuilder row = new StringBuilder();
            row.append(FiniteOutput.full("timeH", x.timeH())).append(',')
                    .append(org.lumbosim.viz.report.Atlas.csvQuote(x.activity()));
            for (DiscState d : x.levels()) {
                row.append(',').append(FiniteOutput.full("idpMPa", d.idpMPa())).append(',')
                        .append(FiniteOutput.full("heightMm", d.heightMm())).append(',')
                        .append(FiniteOutput.full("compressionN", d.compressionN()));
            }
            row.append(pushes.get(x.activityIndex()));
            for (DiscState d : x.levels()) {
                row.append(',').append(FiniteOutput.full("heightStrain", d.heightStrain())).append(',')
                        .append(FiniteOutput.full("unloadedIdpMPa", d.unloadedIdpMPa()));
            }
            w.println(row);
        }
        w.flush();
        return s.toString();
    }

    private static void printActivities(DayResult day, PrintStream out) {
        List<Activity> acts = day.schedule().activities();
        List<DaySample> samples = day.samples();
        FiniteOutput.printf(out, "# L4-L5 through the day (periodic after %d repetitions)%n", day.daysSimulated());
        for (int i = 0; i < acts.size(); i++) {
            DaySample start = null;
            DaySample end = null;
            for (DaySample x : samples) {
                if (x.activityIndex() == i) {
                    start = start == null ? x : start;
                    end = x;
                }
            }
            DiscState a = start.level(SpinalLevel.L4_L5);
            DiscState b = end.level(SpinalLevel.L4_L5);
            FiniteOutput.printf(out, "# %5.2f-%5.2f h  %-28s IDP %.3f -> %.3f MPa  height %.2f -> %.2f mm%s%n",
                    start.timeH(), end.timeH(), acts.get(i).label(), a.idpMPa(), b.idpMPa(), a.heightMm(), b.heightMm(),
                    acts.get(i).isLying() ? "  (lying)" : "");
        }
    }
}
