package org.lumbosim.solver;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/** Independent solvers for the recruitment problem held in a {@link QpWorkspace}: the references of the cross-checks. */
public final class ReferenceSolvers {
    /** Stress unit used to scale the reference problems (Pa): 1 MPa. */
    private static final double MPA = 1e6;
    /** Force unit of the reference LP (N): forces in kN keep the tableau near 1. */
    private static final double KN = 1e3;

    private ReferenceSolvers() {
    }

    /**
     * Least squared stress with ojAlgo's convex QP solver: minimise ½ Σ (F_i / pcsa_i)², A F = b, l ≤ F ≤ u.
     *
     * @return the forces (N), or null when ojAlgo finds no optimum
     */
    public static double[] ojAlgoSquaredStress(QpWorkspace p) {
        int m = p.rows();
        int n = p.cols();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        List<Variable> v = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // variable = stress in kPa keeps the numbers near 1 for muscles and for columns with a
            // tiny weight alike (the level deviations: forces of 1e-3 N at 1e-6 m², which a force
            // variable would resolve only to its absolute precision)
            double kPaPerN = 1 / (p.pcsaM2(i) * 1e3);
            v.add(model.addVariable("s" + i).lower(p.lowerN(i) * kPaPerN).upper(p.upperN(i) * kPaPerN));
        }
        Expression obj = model.addExpression("stress").weight(1);
        for (int i = 0; i < n; i++) {
            obj.set(i, i, 0.5);
        }
        for (int j = 0; j < m; j++) {
            Expression row = model.addExpression("row" + j).level(p.getB(j));
            for (int i = 0; i < n; i++) {
                double a = p.getA(j, i);
                if (a != 0) {
                    row.set(i, a * p.pcsaM2(i) * 1e3);
                }
            }
        }
        model.options.solution = org.ojalgo.type.context.NumberContext.of(8);
        model.options.feasibility = org.ojalgo.type.context.NumberContext.of(8);
        Optimisation.Result r = model.minimise();
        if (!r.getState().isOptimal()) {
            return null;
        }
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = r.doubleValue(i) * p.pcsaM2(i) * 1e3;
        }
        return f;
    }

    /**
     * Least largest stress with Commons Math's simplex: minimise s, A F = b, l_i ≤ F_i ≤ s pcsa_i, F_i ≤ u_i.
     *
     * @return the optimal largest stress (Pa)
     * @throws org.apache.commons.math3.optim.linear.NoFeasibleSolutionException when infeasible
     */
    public static double commonsMathMinMaxStressPa(QpWorkspace p) {
        PointValuePair r = minMax(p);
        return r.getValue() * MPA;
    }

    /**
     * The forces of {@link #commonsMathMinMaxStressPa}'s optimum.
     *
     * @return the forces (N)
     * @throws org.apache.commons.math3.optim.linear.NoFeasibleSolutionException when infeasible
     */
    public static double[] commonsMathMinMaxForcesN(QpWorkspace p) {
        return forcesN(p, minMax(p), KN, false);
    }

    /**
     * The min-max LP in force variables (kN); where its forces are not a feasible point at its reported
     * stress (moment residual above {@value #REFERENCE_RESIDUAL_NM} N·m or a larger stress reached), the
     * same LP in stress variables (MPa, every column of order one), if that one's forces are and reach
     * a lower stress than the force-variable ones. On a
     * multi-fascicle problem with minimum forces the force-variable simplex reported 88,756.70 Pa with
     * forces that reached 88,761.24 Pa and missed the equations by 3.8e-4 N·m (the stress-variable one:
     * 88,757.388 Pa, 6e-14 N·m); on most other problems the force variables are the more reliable
     * (the stress-variable simplex stops early on 20 of the presets).
     */
    private static PointValuePair minMax(QpWorkspace p) {
        PointValuePair kn = simplex(p, false, false);
        if (feasibleAtValue(p, forcesN(p, kn, KN, false), kn.getValue() * MPA)) {
            return kn;
        }
        PointValuePair mpa;
        try {
            mpa = simplex(p, false, true);
        } catch (MathIllegalStateException e) {
            return kn; // no better reference: the force-variable one stands
        }
        // returned in force variables (kN) so that callers read one layout
        double[] f = forcesN(p, mpa, MPA, true);
        double[] fKn = forcesN(p, kn, KN, false);
        double reachedKn = 0;
        for (int i = 0; i < p.cols(); i++) {
            reachedKn = Math.max(reachedKn, fKn[i] / p.pcsaM2(i));
        }
        // only a feasible point that reaches a lower stress than the force-variable forces replaces them
        if (!feasibleAtValue(p, f, mpa.getValue() * MPA) || mpa.getValue() * MPA >= reachedKn) {
            return kn;
        }
        double[] x = new double[p.cols() + 1];
        for (int i = 0; i < p.cols(); i++) {
            x[i] = f[i] / KN;
        }
        x[p.cols()] = mpa.getValue();
        return new PointValuePair(x, mpa.getValue());
    }

    /** Largest moment residual (N·m) of a reference point that counts as balancing the moments. */
    private static final double REFERENCE_RESIDUAL_NM = 1e-6;

    private static double[] forcesN(QpWorkspace p, PointValuePair r, double unit, boolean stressVariables) {
        double[] x = r.getPoint();
        double[] f = new double[p.cols()];
        for (int i = 0; i < f.length; i++) {
            f[i] = x[i] * (stressVariables ? p.pcsaM2(i) * unit : unit);
        }
        return f;
    }

    private static boolean feasibleAtValue(QpWorkspace p, double[] f, double stressPa) {
        for (int i = 0; i < p.cols(); i++) {
            if (f[i] / p.pcsaM2(i) > stressPa * (1 + 1e-9) || f[i] < p.lowerN(i) - 1e-9 || f[i] > p.upperN(i) + 1e-9) {
                return false;
            }
        }
        for (int j = 0; j < p.rows(); j++) {
            double r = -p.getB(j);
            for (int i = 0; i < p.cols(); i++) {
                r += p.getA(j, i) * f[i];
            }
            if (Math.abs(r) > REFERENCE_RESIDUAL_NM) {
                return false;
            }
        }
        return true;
    }

    /**
     * Feasibility of A F = b, l ≤ F ≤ u by Commons Math's simplex (phase 1).
     *
     * @throws org.apache.commons.math3.optim.linear.NoFeasibleSolutionException when infeasible
     */
    public static void commonsMathFeasible(QpWorkspace p) {
        simplex(p, true, false);
    }

    /**
     * Commons Math's simplex on min-max (or its phase 1 alone), in force variables (kN) or, with
     * {@code stressVariables}, in stress variables (MPa: {@code F_i = x_i · pcsa_i · 1 MPa}).
     */
    private static PointValuePair simplex(QpWorkspace p, boolean feasibilityOnly, boolean stressVariables) {
        int m = p.rows();
        int n = p.cols();
        double[] unitN = new double[n];
        for (int i = 0; i < n; i++) {
            unitN[i] = stressVariables ? p.pcsaM2(i) * MPA : KN;
        }
        List<LinearConstraint> cons = new ArrayList<>(m + 2 * n);
        for (int j = 0; j < m; j++) {
            double[] c = new double[n + 1];
            for (int i = 0; i < n; i++) {
                // force variables: the coefficient itself (a product with KN / KN would perturb the simplex)
                c[i] = stressVariables ? p.getA(j, i) * unitN[i] / KN : p.getA(j, i);
            }
            cons.add(new LinearConstraint(c, Relationship.EQ, p.getB(j) / KN));
        }
        for (int i = 0; i < n; i++) {
            double[] c = new double[n + 1];
            c[i] = 1;
            cons.add(new LinearConstraint(c, Relationship.LEQ, p.upperN(i) / unitN[i]));
            if (p.lowerN(i) > 0) {
                cons.add(new LinearConstraint(c, Relationship.GEQ, p.lowerN(i) / unitN[i]));
            }
            if (!feasibilityOnly) {
                // F_i <= s pcsa_i, with s in MPa
                double[] d = new double[n + 1];
                d[i] = 1;
                d[n] = stressVariables ? -1 : -p.pcsaM2(i) * MPA / KN;
                cons.add(new LinearConstraint(d, Relationship.LEQ, 0));
            }
        }
        double[] obj = new double[n + 1];
        obj[n] = feasibilityOnly ? 0 : 1;
        LinearObjectiveFunction f = new LinearObjectiveFunction(obj, 0);
        LinearConstraintSet set = new LinearConstraintSet(cons);
        PointValuePair r;
        try {
            r = new SimplexSolver(1e-8, 10, 1e-12).optimize(new MaxIter(100_000), f, set, GoalType.MINIMIZE,
                    new NonNegativeConstraint(true));
        } catch (NoFeasibleSolutionException e) {
            // the tight pivot tolerance sometimes rejects a feasible problem: confirm with the default one
            r = new SimplexSolver().optimize(new MaxIter(100_000), f, set, GoalType.MINIMIZE, new NonNegativeConstraint(true));
        }
        return r;
    }
}
