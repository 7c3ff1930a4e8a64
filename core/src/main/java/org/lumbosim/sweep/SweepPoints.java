package org.lumbosim.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lumbosim.internal.Checks;
import org.lumbosim.load.ExternalLoad;
import org.lumbosim.posture.Posture;

/**
 * The points of a sweep: the posture and the external loads solved at each point. They are made
 * before the sweep runs, so that running it allocates nothing. Immutable.
 */
public final class SweepPoints {
    private final List<Posture> postures;
    private final List<List<? extends ExternalLoad>> loads;

    private SweepPoints(List<Posture> postures, List<List<? extends ExternalLoad>> loads) {
        this.postures = postures;
        this.loads = loads;
    }

    /**
     * Points that differ in posture only, e.g. a trunk flexion sweep.
     *
     * @param postures the posture of each point, in order (not modified; copied)
     * @param loads the loads at every point (not modified; copied; may be empty)
     * @return one point per posture
     * @throws IllegalArgumentException if the list of postures or of loads is null, or a posture or a load
     *     in them is (naming it, as {@code "postures[3] is null: ..."})
     */
    public static SweepPoints ofPostures(List<Posture> postures, List<? extends ExternalLoad> loads) {
        Checks.givenEach(postures, "postures", "every point's posture is needed");
        Checks.givenEach(loads, "loads", "give List.of() for no load, and leave a missing load out of the list");
        List<? extends ExternalLoad> same = List.copyOf(loads);
        return new SweepPoints(List.copyOf(postures), Collections.nCopies(postures.size(), same));
    }

    /**
     * Points that differ in their loads only, e.g. a load mass sweep or a grid of hand positions.
     *
     * @param posture the posture at every point (not modified)
     * @param loads the loads of each point, in order (not modified; copied; an inner list may be empty)
     * @return one point per list of loads
     * @throws IllegalArgumentException if the posture or the list of lists is null, or an inner list or a
     *     load is (naming it, as {@code "loads[3] is null: ..."} or {@code "loads[3][0] is null: ..."})
     */
    public static SweepPoints ofLoads(Posture posture, List<? extends List<? extends ExternalLoad>> loads) {
        Checks.given(posture, "posture", "a posture is needed (e.g. Posture.uprightStanding())");
        Checks.givenEach(loads, "loads", "every point's list of loads is needed (List.of() for none)");
        List<List<? extends ExternalLoad>> copy = new ArrayList<>(loads.size());
        for (int i = 0; i < loads.size(); i++) {
            List<? extends ExternalLoad> point = loads.get(i);
            for (int j = 0; j < point.size(); j++) {
                if (point.get(j) == null) { // the name is built only for the message
                    throw new IllegalArgumentException("loads[" + i + "][" + j
                            + "] is null: leave a missing load out of the point's list");
                }
            }
            copy.add(List.copyOf(point));
        }
        return new SweepPoints(Collections.nCopies(loads.size(), posture), List.copyOf(copy));
    }

    /** @return the number of points */
    public int size() {
        return postures.size();
    }

    /**
     * @param point index, 0 to {@link #size()} - 1
     * @return the posture of that point
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code point} is not such an index
     */
    public Posture posture(int point) {
        Checks.wholeInRange("point", point, 0, postures.size() - 1L, "");
        return postures.get(point);
    }

    /**
     * @param point index, 0 to {@link #size()} - 1
     * @return the loads of that point (unmodifiable)
     * @throws org.lumbosim.ParameterOutOfRangeException if {@code point} is not such an index
     */
    public List<? extends ExternalLoad> loads(int point) {
        Checks.wholeInRange("point", point, 0, loads.size() - 1L, "");
        return loads.get(point);
    }
}
