package org.lumbosim.viz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lumbosim.Lumbosim;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.load.HandLoad;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.posture.Posture;
import org.lumbosim.result.AnalysisResult;
import org.lumbosim.sweep.Sweep;
import org.lumbosim.sweep.SweepPoints;
import org.lumbosim.sweep.SweepTable;

/**
 * Results of a one-parameter sweep, the data of {@link Charts#sweep}: one full result per value of a
 * posture or load parameter. The factories solve through the library's sweep engine ({@link Sweep},
 * cold-started, so every result equals {@link Lumbosim#analyze} of its point).
 *
 * @param parameterLabel axis label of the parameter, with its unit in parentheses, e.g.
 *     {@code "Trunk flexion (deg)"}
 * @param parameterValues the parameter's values, one per result (copied; never exposed mutably)
 * @param results one result per value, same order (copied)
 */
public record ParameterSweep(String parameterLabel, double[] parameterValues, List<AnalysisResult> results) {

    /** Checks the label has a unit, the values are finite and match the results; copies both. */
    public ParameterSweep {
        Checks.given(parameterLabel, "parameterLabel");
        Checks.given(parameterValues, "parameterValues");
        Checks.givenEach(results, "results");
        if (!parameterLabel.matches(".*\\(.+\\)\\s*$")) {
            throw new IllegalArgumentException("parameterLabel = \"" + parameterLabel
                    + "\" must end with its unit in parentheses, e.g. \"Trunk flexion (deg)\"");
        }
        parameterValues = parameterValues.clone();
        results = List.copyOf(results);
        if (parameterValues.length != results.size()) {
            throw new IllegalArgumentException("parameterValues has " + parameterValues.length
                    + " values but results has " + results.size());
        }
        if (parameterValues.length < 2) {
            throw new IllegalArgumentException("a sweep needs at least 2 points, got " + parameterValues.length);
        }
        for (double v : parameterValues) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("parameterValues contains " + v);
            }
        }
    }

    /** @return a copy of the parameter values */
    @Override
    public double[] parameterValues() {
        return parameterValues.clone();
    }

    /** @return number of points */
    public int size() {
        return parameterValues.length;
    }

    /**
     * @param i point index
     * @return the parameter value of point {@code i}
     */
    public double parameterValue(int i) {
        return parameterValues[i];
    }

    /**
     * Standing bent forward ({@link Posture#standingFlexed}) at each trunk flexion, with given loads.
     *
     * @param model the model (not modified)
     * @param trunkFlexionDeg thorax inclinations (deg; not modified)
     * @param loads hand loads at every point (not modified)
     * @return the sweep, labelled "Trunk flexion (deg)"
     * @throws org.lumbosim.InfeasibleRecruitmentException if a point cannot be balanced
     * @throws org.lumbosim.ParameterOutOfRangeException if an inclination is outside the posture's range
     */
    public static ParameterSweep trunkFlexion(LumbarModel model, double[] trunkFlexionDeg,
                                              List<? extends ExternalLoad> loads) {
        Checks.given(model, "model");
        Checks.given(trunkFlexionDeg, "trunkFlexionDeg");
        Checks.givenEach(loads, "loads");
        List<Posture> postures = new ArrayList<>(trunkFlexionDeg.length);
        for (double deg : trunkFlexionDeg) {
            postures.add(Posture.standingFlexed(deg));
        }
        return new ParameterSweep("Trunk flexion (deg)", trunkFlexionDeg,
                resultsOf(model, SweepPoints.ofPostures(postures, loads)));
    }

    /**
     * A mass held in both hands at the grip points, for each mass.
     *
     * @param model the model (not modified)
     * @param posture the posture (not modified)
     * @param loadMassKg masses (kg; not modified)
     * @return the sweep, labelled "Load mass (kg)"
     * @throws org.lumbosim.InfeasibleRecruitmentException if a point cannot be balanced
     * @throws org.lumbosim.LoadInRestingHandException if the posture's hands rest on the floor ({@code
     *     Support.HANDS}, e.g. {@code cat}): a mass at their grips, even 0 kg, is refused before any point is solved
     *     ({@link Sweep#run(SweepPoints, org.lumbosim.model.Workspace, SweepTable, Sweep.PointListener)})
     */
    public static ParameterSweep loadMass(LumbarModel model, Posture posture, double[] loadMassKg) {
        Checks.given(model, "model");
        Checks.given(posture, "posture");
        Checks.given(loadMassKg, "loadMassKg");
        List<List<HandLoad>> loads = new ArrayList<>(loadMassKg.length);
        for (double kg : loadMassKg) {
            loads.add(List.of(HandLoad.ofMassKg(kg)));
        }
        return new ParameterSweep("Load mass (kg)", loadMassKg, resultsOf(model, SweepPoints.ofLoads(posture, loads)));
    }

    /** Solves every point; throws at the first one the model cannot solve, as {@link Lumbosim#analyze} does. */
    private static List<AnalysisResult> resultsOf(LumbarModel model, SweepPoints points) {
        List<AnalysisResult> out = new ArrayList<>(points.size());
        Sweep.coldStarted(model).run(points, model.newWorkspace(), new SweepTable(points.size()),
                (i, ws) -> out.add(Lumbosim.toResult(ws, points.posture(i), points.loads(i))));
        return out;
    }

    /**
     * @param first first value
     * @param last last value
     * @param count number of values (at least 2)
     * @return {@code count} evenly spaced values from {@code first} to {@code last}
     */
    public static double[] linspace(double first, double last, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("count = " + count + " is below 2");
        }
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = first + (last - first) * i / (count - 1);
        }
        v[count - 1] = last;
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSweep s && s.parameterLabel.equals(parameterLabel)
                && Arrays.equals(s.parameterValues, parameterValues) && s.results.equals(results);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * parameterLabel.hashCode() + Arrays.hashCode(parameterValues)) + results.hashCode();
    }

    @Override
    public String toString() {
        return "ParameterSweep[" + parameterLabel + ", " + Arrays.toString(parameterValues) + ", "
                + results.size() + " results]";
    }
}
