package org.lumbosim.sweep;

import org.lumbosim.internal.Checks;
import org.lumbosim.model.LumbarModel;
import org.lumbosim.model.Workspace;

/**
 * The sweep engine: solves every point of a {@link SweepPoints} in order with one reused workspace
 * ({@link LumbarModel#solve}) and writes each point's status and loads into a caller-owned {@link
 * SweepTable}. The engine allocates nothing per point. Points the model cannot solve are recorded
 * with their status, never dropped and never thrown. A point whose input is refused as
 * {@code Lumbosim.analyze} refuses it, a hand load held in a hand that rests on the floor
 * ({@link org.lumbosim.LoadInRestingHandException}), is not a point the model failed to solve but bad
 * input: every point is checked before any is solved, so such a sweep is refused whole, no row written
 * (see {@link #run(SweepPoints, Workspace, SweepTable, PointListener)}).
 * Immutable and thread-safe; the workspace and table it is given are not (one of each per thread).
 *
 * <p>How each point starts the muscle recruitment is the engine's one setting. {@link
 * #warmStarted} starts from the previous point's dual variables, which suits neighbouring points
 * and agrees with an independent solve within the solver's tolerance. {@link #coldStarted} starts
 * every point as a new workspace does, so that each point equals {@code Lumbosim.analyze} of that
 * point to the last bit.
 *
 * <pre>{@code
 * LumbarModel model = LumbarModel.of(Subject.defaultSubject());
 * List<Posture> postures = List.of(Posture.standingFlexed(0), Posture.standingFlexed(30), Posture.standingFlexed(60));
 * SweepPoints points = SweepPoints.ofPostures(postures, List.of(HandLoad.ofMassKg(10)));
 * SweepTable table = new SweepTable(points.size());
 * Sweep.warmStarted(model).run(points, model.newWorkspace(), table);
 * double c = table.solved(0) ? table.compressionN(SpinalLevel.L5_S1, 0) : Double.NaN;
 * }</pre>
 */
public final class Sweep {
    /**
     * Reads the workspace after each point, e.g. to keep a full result of the solved points.
     * Whatever it allocates is its own; the engine allocates nothing.
     */
    @FunctionalInterface
    public interface PointListener {
        /**
         * Called once per point, in order, after the point was solved and its row written.
         *
         * @param point the point's index; its row of the table is already written
         * @param ws the workspace holding the point's solve (read only; do not solve with it)
         */
        void afterPoint(int point, Workspace ws);
    }

    private static final PointListener NONE = (point, ws) -> { };

    private final LumbarModel model;
    private final boolean coldStart;

    private Sweep(LumbarModel model, boolean coldStart) {
        Checks.given(model, "model", "a lumbar model is needed (LumbarModel.of(subject))");
        this.model = model;
        this.coldStart = coldStart;
    }

    /**
     * @param model the model every point is solved with (not modified)
     * @return an engine whose points start from the previous point's recruitment
     */
    public static Sweep warmStarted(LumbarModel model) {
        return new Sweep(model, false);
    }

    /**
     * @param model the model every point is solved with (not modified)
     * @return an engine whose points each start cold, equal to {@code Lumbosim.analyze} bit for bit
     */
    public static Sweep coldStarted(LumbarModel model) {
        return new Sweep(model, true);
    }

    /** @return the model every point is solved with */
    public LumbarModel model() {
        return model;
    }

    /**
     * Solves every point in order.
     *
     * @param points the points (not modified)
     * @param ws a workspace for the model (modified: holds the last point's solve afterwards)
     * @param out the table, as many rows as points (modified: every row written)
     * @throws IllegalArgumentException if the table's size differs from the number of points, the
     *     workspace is for another muscle model, or an argument is null
     * @throws org.lumbosim.LoadInRestingHandException if a point holds a hand load in a hand that rests on
     *     the floor, as in {@link #run(SweepPoints, Workspace, SweepTable, PointListener)}
     */
    public void run(SweepPoints points, Workspace ws, SweepTable out) {
        run(points, ws, out, NONE);
    }

    /**
     * Solves every point in order and calls the listener after each.
     *
     * @param points the points (not modified)
     * @param ws a workspace for the model (modified: holds the last point's solve afterwards)
     * @param out the table, as many rows as points (modified: every row written)
     * @param listener called after each point; an exception it throws stops the sweep and propagates
     * @throws IllegalArgumentException if the table's size differs from the number of points, the
     *     workspace is for another muscle model, or an argument is null
     * @throws org.lumbosim.LoadInRestingHandException if a point holds a hand load (at the grip) in a hand
     *     that rests on the floor ({@code Support.HANDS}): bad input, refused as {@code Lumbosim.analyze}
     *     refuses it; every point is checked before any is solved, so no row is written and the listener is
     *     not called (the first such point's refusal is thrown)
     */
    public void run(SweepPoints points, Workspace ws, SweepTable out, PointListener listener) {
        Checks.given(points, "points", "the points to solve are needed");
        Checks.given(ws, "ws", "a workspace of the model is needed (model().newWorkspace())");
        Checks.given(out, "out", "a table for the results is needed (new SweepTable(points.size()))");
        Checks.given(listener, "listener", "give (point, ws) -> { } for no listener");
        if (out.size() != points.size()) {
            throw new IllegalArgumentException("the table has " + out.size() + " rows for " + points.size()
                    + " points");
        }
        for (int i = 0; i < points.size(); i++) {
            org.lumbosim.LoadInRestingHandException.refuseIfHeldInRestingHand(points.posture(i), points.loads(i));
        }
        for (int i = 0; i < points.size(); i++) {
            if (coldStart) {
                ws.resetWarmStart();
            }
            model.solve(points.posture(i), points.loads(i), ws);
            out.record(i, ws);
            listener.afterPoint(i, ws);
        }
    }
}
