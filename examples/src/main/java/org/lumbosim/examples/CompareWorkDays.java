package org.lumbosim.examples;

import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.lumbosim.RangeText;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.disc.Activity;
import org.lumbosim.disc.DayResult;
import org.lumbosim.disc.DaySchedule;
import org.lumbosim.disc.DiurnalDisc;
import org.lumbosim.disc.LevelDay;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.PosturePreset;
import org.lumbosim.viz.Charts;
import org.lumbosim.viz.LumbosimTheme;

/**
 * Two days of the same person through the time-dependent disc: the built-in office day against a
 * warehouse day (its 7.5 h at a desk replaced by carrying a load close to the body and bending; the
 * same morning, lunch, evening and night).
 * Prints, for every level, the height lost by the start of the night and the pressure at the start
 * and end of the night; writes {@code out/work-days.csv} and {@code out/warehouse-day.png}. A day in
 * which a disc's unloaded pressure reaches zero (a heavy shift: its annulus slack, the diurnal model's
 * tension-only law) is computed and gets one {@code note: <day> day: ...} line per such disc on stderr,
 * as {@code lumbosim day} prints it ({@link DayResult#extrapolationNotes()}).
 *
 * <p>Run: {@code ./lumbosim example CompareWorkDays --load-kg 10 --bending-h 2}
 */
public final class CompareWorkDays {
    private CompareWorkDays() {
    }

    /** Name of the CSV file. */
    static final String CSV = "work-days.csv";
    /** Name of the figure. */
    static final String PNG = "warehouse-day.png";

    /** Working hours of the warehouse shift: the office day's 7.5 h at a desk. */
    static final double SHIFT_H = 7.5;

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IllegalArgumentException naming the option if an option is bad, or naming {@code --out}
     *     and the path if a file cannot be written (then none is)
     */
    public static void main(String[] args) {
        ExampleArgs o = new ExampleArgs("CompareWorkDays",
                "Disc height and night pressure after an office day and after a warehouse day: table, CSV, PNG.")
                .option("load-kg", "10", "mass carried close to the body during the warehouse shift (kg), 0 to " + HandLoad.MAX_MASS_KG)
                .option("bending-h", "2", "hours of the 7.5 h shift spent bent forward (no load), in [0, 7.5]")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        double kg = o.number("load-kg", 0, HandLoad.MAX_MASS_KG, "kg");
        double bending = o.number("bending-h");
        if (!(bending >= 0 && bending <= SHIFT_H)) {
            throw new IllegalArgumentException("--bending-h = " + bending + " is outside "
                    + RangeText.withUnit(0, SHIFT_H, "h"));
        }
        OutputFiles files = o.outputs(CSV, PNG);
        LumbarModel model = LumbarModel.of(Subject.defaultSubject());
        DiurnalDisc disc = DiurnalDisc.of(model);
        DayResult office = disc.simulate(DaySchedule.builtIn(), 1.0 / 6);
        DayResult warehouse = disc.simulate(warehouseDay(kg, bending), 1.0 / 6);
        StringBuilder csv = new StringBuilder("day,level,dailyHeightLossMm,idpStartOfNightMPa,idpEndOfNightMPa\n");
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-10s %-6s %12s %14s %12s%n", "day",
                "level", "height loss", "IDP night start", "night end"));
        for (DayResult d : List.of(office, warehouse)) {
            String name = d == office ? "office" : "warehouse";
            for (SpinalLevel level : SpinalLevel.values()) {
                LevelDay l = d.level(level);
                csv.append(String.format(Locale.ROOT, "%s,%s,%.4f,%.4f,%.4f%n", name, level.label(),
                        l.dailyHeightLossMm(), l.idpStartOfNightMPa(), l.idpEndOfNightMPa()));
                table.append(String.format(Locale.ROOT, "%-10s %-6s %9.2f mm %10.3f MPa %8.3f MPa%n", name,
                        level.label(), l.dailyHeightLossMm(), l.idpStartOfNightMPa(), l.idpEndOfNightMPa()));
            }
        }
        JFreeChart chart = Charts.day(warehouse, SpinalLevel.L4_L5,
                String.format(Locale.ROOT, "Warehouse day, %.0f kg carried", kg), LumbosimTheme.slides());
        o.writeCsvAndPng(files, CSV, csv, PNG, chart, table);
        for (DayResult d : List.of(office, warehouse)) {
            for (String note : d.extrapolationNotes()) {
                System.err.println("note: " + (d == office ? "office" : "warehouse") + " day: " + note);
            }
        }
    }

    /**
     * The office day with its 8 h of desk work replaced by a warehouse shift.
     *
     * @param kg mass carried close to the body
     * @param bendingH hours bent forward
     * @return the schedule
     */
    static DaySchedule warehouseDay(double kg, double bendingH) {
        List<Activity> office = DaySchedule.builtIn().activities();
        List<Activity> day = new java.util.ArrayList<>(office.subList(0, 3));
        if (SHIFT_H - bendingH > 0) {
            day.add(new Activity("carrying", PosturePreset.HOLD_CLOSE.posture(), List.of(HandLoad.ofMassKg(kg)),
                    SHIFT_H - bendingH));
        }
        if (bendingH > 0) {
            day.add(Activity.of("bending", PosturePreset.STANDING_FLEXED.posture(), bendingH));
        }
        day.addAll(office.subList(4, 6));                 // lunch queue, lunch
        day.addAll(office.subList(7, office.size()));     // housework to night
        return new DaySchedule(day);
    }
}
