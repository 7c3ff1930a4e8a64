package org.lumbosim.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lumbosim.examples.ClaimsVersusModel;
import org.lumbosim.examples.CompareWorkDays;
import org.lumbosim.examples.CompareStoopVsSquatLift;
import org.lumbosim.examples.FlexionSweepToCsv;
import org.lumbosim.examples.JavaApiTour;
import org.lumbosim.examples.LiftingHeatMap;
import org.lumbosim.examples.PerLevelProfile;
import org.lumbosim.examples.PlotSittingPostures;
import org.lumbosim.examples.ReproduceWilke1999Table;
import org.lumbosim.examples.ValidationSensitivity;

/**
 * {@code lumbosim example NAME [options]}: runs one of the task-named example programs. The options
 * after NAME are the program's own ({@code lumbosim example NAME --help} lists them).
 */
final class Examples {
    private Examples() {
    }

    /** An example's entry point. */
    @FunctionalInterface
    interface Program {
        void main(String[] args) throws Exception;
    }

    private static final Map<String, Program> PROGRAMS = new LinkedHashMap<>();

    static {
        PROGRAMS.put("ReproduceWilke1999Table", ReproduceWilke1999Table::main);
        PROGRAMS.put("FlexionSweepToCsv", FlexionSweepToCsv::main);
        PROGRAMS.put("CompareStoopVsSquatLift", CompareStoopVsSquatLift::main);
        PROGRAMS.put("PlotSittingPostures", PlotSittingPostures::main);
        PROGRAMS.put("LiftingHeatMap", LiftingHeatMap::main);
        PROGRAMS.put("PerLevelProfile", PerLevelProfile::main);
        PROGRAMS.put("JavaApiTour", JavaApiTour::main);
        PROGRAMS.put("ClaimsVersusModel", ClaimsVersusModel::main);
        PROGRAMS.put("CompareWorkDays", CompareWorkDays::main);
        PROGRAMS.put("ValidationSensitivity", ValidationSensitivity::main);
    }

    static final String USAGE = String.join("\n",
            "usage: lumbosim example NAME [options]   (NAME --help lists an example's options)",
            "examples: " + String.join(", ", PROGRAMS.keySet()),
            "Output files go under ./out/ unless --out says otherwise.",
            ExitCodes.help("example"));

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return Main.EXIT_BAD_INPUT;
        }
        Options o = Options.parse("example", args.subList(0, 1), List.of(), List.of());
        if (o.help()) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        String name = o.positional("an example's NAME: lumbosim example NAME");
        Program p = PROGRAMS.get(name);
        if (p == null) {
            throw new BadInputException("example = \"" + name + "\" is not one of "
                    + String.join(", ", PROGRAMS.keySet()));
        }
        try {
            p.main(args.subList(1, args.size()).toArray(new String[0]));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("example " + name + " failed: " + e.getMessage(), e);
        }
        return Main.EXIT_OK;
    }
}
