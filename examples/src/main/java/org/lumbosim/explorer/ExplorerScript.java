package org.lumbosim.explorer;

import org.lumbosim.anthropometry.Sex;
import org.lumbosim.model.MuscleModelKind;
import org.teavm.jso.JSExport;

/**
 * The entry point TeaVM compiles to JavaScript for the explorer's page (examples/pom.xml, goal
 * {@code teavm:compile}): exports {@link #solve} and {@link #message} to the page's script, which
 * reads the sliders and draws the answer. Never used on the JVM.
 */
public final class ExplorerScript {
    private static final ExplorerSolver SOLVER = new ExplorerSolver();

    private ExplorerScript() {
    }

    /**
     * TeaVM's entry point; the page calls the exported methods.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        // nothing to start: the page calls solve() on every slider move
    }

    /**
     * Solves one setting of the sliders ({@link ExplorerInputs} has the meaning of each).
     *
     * @param female 1 for a female subject, 0 for a male one
     * @param statureM stature (m)
     * @param bodyMassKg body mass (kg)
     * @param multiFascicle 1 for the multi-fascicle muscle model, 0 for single-equivalent muscles
     * @param trunkFlexionDeg thorax inclination (deg)
     * @param lumbarFlexionDeg lumbar flexion (deg)
     * @param kneeFlexionDeg knee flexion (deg)
     * @param loadKg load in both hands (kg)
     * @param handDistanceM grip in front of L5-S1 (m)
     * @param stance the {@link ExplorerInputs.Stance}'s ordinal
     * @return the numbers laid out as {@link ExplorerSolver} says
     */
    @JSExport
    public static double[] solve(int female, double statureM, double bodyMassKg, int multiFascicle,
                                 double trunkFlexionDeg, double lumbarFlexionDeg, double kneeFlexionDeg, double loadKg,
                                 double handDistanceM, int stance) {
        return SOLVER.solve(new ExplorerInputs(female == 1 ? Sex.FEMALE : Sex.MALE, statureM, bodyMassKg,
                multiFascicle == 1 ? MuscleModelKind.MULTI_FASCICLE : MuscleModelKind.SINGLE_EQUIVALENT,
                trunkFlexionDeg, lumbarFlexionDeg, kneeFlexionDeg, loadKg, handDistanceM,
                ExplorerInputs.Stance.values()[stance]));
    }

    /** @return why the last solve has no loads, or an empty string */
    @JSExport
    public static String message() {
        return SOLVER.message();
    }
}
