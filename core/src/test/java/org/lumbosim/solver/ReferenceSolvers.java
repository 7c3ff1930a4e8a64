package org.lumbosim.solver;

import java.util.ArrayList;
import java.util.List;
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
        return simplex(p, false);
    }

    /**
     * Feasibility of A F = b, l ≤ F ≤ u by Commons Math's simplex (phase 1).
     *
     * @throws org.apache.commons.math3.optim.linear.NoFeasibleSolutionException when infeasible
     */
    public static void commonsMathFeasible(QpWorkspace p) {
        simplex(p, true);
    }

    private static double simplex(QpWorkspace p, boolean feasibilityOnly) {
        int m = p.rows();
        int n = p.cols();
        List<LinearConstraint> cons = new ArrayList<>(m + 2 * n);
        for (int j = 0; j < m; j++) {
            double[] c = new double[n + 1];
            for (int i = 0; i < n; i++) {
                c[i] = p.getA(j, i);
            }
            cons.add(new LinearConstraint(c, Relationship.EQ, p.getB(j) / KN));
        }
        for (int i = 0; i < n; i++) {
            double[] c = new double[n + 1];
            c[i] = 1;
            cons.add(new LinearConstraint(c, Relationship.LEQ, p.upperN(i) / KN));
            if (p.lowerN(i) > 0) {
                cons.add(new LinearConstraint(c, Relationship.GEQ, p.lowerN(i) / KN));
            }
            if (!feasibilityOnly) {
                double[] d = new double[n + 1];
                d[i] = 1;
                d[n] = -p.pcsaM2(i) * MPA / KN;
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
        return r.getValue() * MPA;
    }
}
