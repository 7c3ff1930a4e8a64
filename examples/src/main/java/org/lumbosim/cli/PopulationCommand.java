package org.lumbosim.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.lumbosim.population.PopulationDistribution;
import org.lumbosim.population.PopulationResult;
import org.lumbosim.population.PopulationStudy;
import org.lumbosim.population.Populations;

/**
 * {@code lumbosim population TASK.json [--n N] [--seed S] [--threads T]}: the task's L5-S1 loads
 * over a simulated adult population (percentiles and shares above limits).
 */
final class PopulationCommand {
    private PopulationCommand() {
    }

    static final String USAGE = String.join("\n",
            "usage: lumbosim population TASK.json [--n 100000] [--seed 1] [--threads <cores>]",
            "",
            "Solves the task (its posture, loads and muscle model; its subject is ignored) for N people drawn",
            "from " + Populations.NHANES_DESCRIPTION + ",",
            "and prints the 5th, 50th and 95th percentiles of L5-S1 compression and AP shear and the share of",
            "people above each limit (NIOSH 3400/6400 N, shear 1000/700 N, Dortmund 2001 by age and sex,",
            "unverified), plus the share whose muscles cannot balance the task. Same seed and N, same output,",
            "whatever the number of threads.");

    static int run(List<String> args, PrintStream out) {
        if (args.isEmpty()) {
            throw new BadInputException("population needs a task file; see lumbosim population --help");
        }
        if (args.get(0).equals("--help") || args.get(0).equals("-h")) {
            out.println(USAGE);
            return Main.EXIT_OK;
        }
        int n = 100_000;
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i < args.size(); i++) {
            String opt = args.get(i);
            if (i + 1 >= args.size()) {
                throw new BadInputException("option " + opt + " needs a value");
            }
            String v = args.get(++i);
            switch (opt) {
                case "--n" -> n = (int) integer(opt, v, 1, 100_000_000);
                case "--seed" -> seed = integer(opt, v, Long.MIN_VALUE, Long.MAX_VALUE);
                case "--threads" -> threads = (int) integer(opt, v, 1, 256);
                default -> throw new BadInputException("unknown option \"" + opt + "\" for population; see lumbosim population --help");
            }
        }
        Task task = TaskReader.read(java.nio.file.Path.of(args.get(0)));
        PopulationDistribution d = Populations.nhanes2017To2020();
        PopulationStudy study = new PopulationStudy(d, task.muscles(), seed, threads);
        long t0 = System.nanoTime();
        PopulationResult r = study.run(task.posture(), task.loads(), n);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "people: %d (solved %d, infeasible %.2f %%), seed %d, %d threads, %.2f s%n",
                r.people(), r.solved(), 100 * r.shareInfeasible(), seed, threads, seconds);
        out.printf(Locale.ROOT, "L5-S1 compression (N): p5 %.0f  p50 %.0f  p95 %.0f%n",
                r.compressionP5N(), r.compressionP50N(), r.compressionP95N());
        out.printf(Locale.ROOT, "L5-S1 AP shear (N):    p5 %.0f  p50 %.0f  p95 %.0f%n",
                r.apShearP5N(), r.apShearP50N(), r.apShearP95N());
        out.printf(Locale.ROOT, "share above NIOSH action limit 3400 N: %.2f %%%n", 100 * r.shareAboveActionLimit());
        out.printf(Locale.ROOT, "share above NIOSH maximum permissible 6400 N: %.2f %%%n", 100 * r.shareAboveMaxPermissible());
        out.printf(Locale.ROOT, "share above shear limit 1000 N (occasional): %.2f %%%n", 100 * r.shareAboveShearOccasional());
        out.printf(Locale.ROOT, "share above shear limit 700 N (frequent): %.2f %%%n", 100 * r.shareAboveShearFrequent());
        out.printf(Locale.ROOT, "share above own Dortmund limit (unverified values): %.2f %%%n", 100 * r.shareAboveDortmund());
        return Main.EXIT_OK;
    }

    private static long integer(String opt, String v, long min, long max) {
        try {
            long x = Long.parseLong(v);
            if (x < min || x > max) {
                throw new BadInputException(opt + " = " + v + " is outside [" + min + ", " + max + "]");
            }
            return x;
        } catch (NumberFormatException e) {
            throw new BadInputException(opt + " = \"" + v + "\" is not a whole number");
        }
    }
}
