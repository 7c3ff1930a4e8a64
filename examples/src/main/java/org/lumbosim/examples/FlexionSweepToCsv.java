package org.lumbosim.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lumbosim.anthropometry.Subject;
import org.lumbosim.io.OutputFiles;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.MuscleModelKind;
import org.lumbosim.model.SpinalLevel;
import org.lumbosim.posture.Posture;
import org.lumbosim.posture.PostureRange;
import org.lumbosim.sweep.Sweep;
import org.lumbosim.sweep.SweepPoints;
import org.lumbosim.sweep.SweepTable;

/**
 * Sweeps the trunk's forward inclination while standing (lumbar spine and pelvis sharing the motion
 * by the lumbopelvic rhythm, arms hanging) and writes the loads at every level to
 * {@code out/flexion-sweep.csv}: one row per angle, columns {@code trunkFlexionDeg,status} then
 * compression, AP shear, lateral shear (N) and IDP (MPa) per level, empty where the model cannot
 * solve the point. Runs the library's sweep engine ({@link Sweep}: one reused workspace, results in
 * primitive columns), the allocation-free path a researcher would use for large sweeps.
 *
 * <p>Run: {@code ./lumbosim example FlexionSweepToCsv --load-kg 10 --step-deg 5}
 */
public final class FlexionSweepToCsv {
    private FlexionSweepToCsv() {
    }

    /** Name of the output file. */
    static final String CSV = "flexion-sweep.csv";

    /**
     * @param args options; {@code --help} lists them with their defaults
     * @throws IllegalArgumentException naming the option if an option is bad or would give more than
     *     {@link ExampleArgs#MAX_POINTS} angles, or the file cannot be written (nothing written then)
     */
    public static void main(String[] args) {
        ExampleArgs o = new ExampleArgs("FlexionSweepToCsv",
                "Loads at every lumbar level while bending forward, as CSV (at most " + ExampleArgs.MAX_POINTS
                        + " angles).")
                .option("from-deg", "0", "first trunk inclination (deg)")
                .option("to-deg", "90", "last trunk inclination (deg), not below --from-deg")
                .option("step-deg", "5", "step (deg), positive")
                .option("load-kg", "0", "mass held in both hands (kg), 0 to " + HandLoad.MAX_MASS_KG)
                .option("muscles", "single-equivalent", "single-equivalent or multi-fascicle")
                .option("out", "out", "output folder");
        if (!o.parse(args, System.out)) {
            return;
        }
        LumbarModel model = LumbarModel.of(Subject.defaultSubject())
                .withMuscleModel(o.parsed("muscles", MuscleModelKind::ofId));
        List<ExternalLoad> loads = List.of(HandLoad.ofMassKg(o.number("load-kg", 0, HandLoad.MAX_MASS_KG, "kg")));
        double fromDeg = o.number("from-deg", PostureRange.TRUNK_FLEXION_MIN_DEG, PostureRange.TRUNK_FLEXION_MAX_DEG,
                "deg");
        double toDeg = o.number("to-deg", PostureRange.TRUNK_FLEXION_MIN_DEG, PostureRange.TRUNK_FLEXION_MAX_DEG, "deg");
        double[] degs = o.steps(fromDeg, toDeg, "--from-deg/--to-deg", "step-deg");
        OutputFiles files = o.outputs(CSV);
        Path file = o.outputFile(CSV);
        List<Posture> postures = new ArrayList<>();
        for (double deg : degs) {
            postures.add(Posture.standingFlexed(deg));
        }
        SweepPoints points = SweepPoints.ofPostures(postures, loads);
        SweepTable table = new SweepTable(points.size());
        Sweep.warmStarted(model).run(points, model.newWorkspace(), table);
        StringBuilder csv = new StringBuilder(LevelColumns.header("trunkFlexionDeg,status")).append('\n');
        for (int i = 0; i < table.size(); i++) {
            csv.append(String.format(Locale.ROOT, "%.3f,%s", degs[i], table.status(i)));
            for (SpinalLevel l : SpinalLevel.values()) {
                if (table.solved(i)) {
                    csv.append(String.format(Locale.ROOT, ",%.2f,%.2f,%.2f,%.4f", table.compressionN(l, i),
                            table.apShearN(l, i), table.lateralShearN(l, i), table.idpMPa(l, i)));
                } else {
                    csv.append(",,,,");
                }
            }
            csv.append('\n');
        }
        files.content(file, OutputFiles.Content.text(csv)).writeAll();
        System.out.println("wrote " + table.size() + (table.size() == 1 ? " row" : " rows") + " to "
                + OutputFiles.oneLine(file.toAbsolutePath()));
    }
}
