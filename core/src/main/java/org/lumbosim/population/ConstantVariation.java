package org.lumbosim.population;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.lumbosim.RangeText;
import org.lumbosim.internal.Checks;
import org.lumbosim.model.TissueParameters;
import org.lumbosim.model.TissueParameters.TissueParameter;

/**
 * Which tissue constants vary from person to person in a population study, and how. Constants not
 * named keep their published values ({@link TissueParameters#published()}). Each person's constants
 * are drawn independently of each other and of the person (a stream of their own, seeded by the
 * study), so a study stays reproducible from its seed and simulates the same people as without
 * variation.
 *
 * @param spreads the distribution of each varied constant (copied)
 */
public record ConstantVariation(Map<TissueParameter, Spread> spreads) {
    private static final ConstantVariation NONE = new ConstantVariation(Map.of());

    /** Checks that every distribution fits its constant's allowed range, and copies the map. */
    public ConstantVariation {
        Checks.given(spreads, "spreads", "an empty map for no variation");
        EnumMap<TissueParameter, Spread> copy = new EnumMap<>(TissueParameter.class);
        for (Map.Entry<TissueParameter, Spread> e : spreads.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("a varied constant and its distribution are both needed");
            }
            e.getValue().check(e.getKey());
            copy.put(e.getKey(), e.getValue());
        }
        spreads = Collections.unmodifiableMap(copy);
    }

    /** @return no variation: every person has the published constants */
    public static ConstantVariation none() {
        return NONE;
    }

    /** @return whether any constant varies */
    public boolean isEmpty() {
        return spreads.isEmpty();
    }

    /**
     * Draws one person's constants.
     *
     * @param random the person's random stream (advanced)
     * @return the constants
     */
    public TissueParameters draw(SplittableRandom random) {
        TissueParameters t = TissueParameters.published();
        for (Map.Entry<TissueParameter, Spread> e : spreads.entrySet()) {
            t = t.with(e.getKey(), e.getValue().draw(e.getKey(), random));
        }
        return t;
    }

    /** How one constant is distributed over the population. */
    public sealed interface Spread permits Uniform, Normal {
        /**
         * @param p the constant
         * @param random the stream
         * @return one value within the constant's allowed range
         */
        double draw(TissueParameter p, SplittableRandom random);

        /**
         * @param p the constant this spread is for
         * @throws IllegalArgumentException if the spread does not fit the constant's allowed range
         */
        void check(TissueParameter p);
    }

    /**
     * Uniform on {@code [min, max]}.
     *
     * @param min lower end, within the constant's allowed range
     * @param max upper end, at least min, within the range
     */
    public record Uniform(double min, double max) implements Spread {
        /**
         * Checks that both ends are finite numbers; whether they fit a constant's range, and {@code min <= max},
         * is checked where the spread is given to it ({@link #check}).
         */
        public Uniform {
            Checks.finite("min", min, "");
            Checks.finite("max", max, "");
        }

        @Override
        public double draw(TissueParameter p, SplittableRandom random) {
            return min + (max - min) * random.nextDouble();
        }

        @Override
        public void check(TissueParameter p) {
            if (!(min >= p.min() && max <= p.max() && min <= max)) {
                throw new IllegalArgumentException(p.id() + ": uniform [" + min + ", " + max
                        + "] is not an interval within the allowed range "
                        + RangeText.withUnit(p.min(), p.max(), p.unit()));
            }
        }
    }

    /**
     * Normal with the given mean and standard deviation, truncated to the constant's allowed range
     * (draws outside it are redrawn).
     *
     * @param mean mean, within the constant's allowed range
     * @param sd standard deviation, at least 0 and at most the width of the range
     */
    public record Normal(double mean, double sd) implements Spread {
        /**
         * Checks that the mean is a finite number and the standard deviation a finite one, at least 0; whether
         * they fit a constant's range is checked where the spread is given to it ({@link #check}).
         */
        public Normal {
            Checks.finite("mean", mean, "");
            Checks.inRange("sd", sd, 0, Double.MAX_VALUE, "");
        }

        @Override
        public double draw(TissueParameter p, SplittableRandom random) {
            // each draw lands in the range with probability >= P(0 < Z < 1) = 0.34 (mean inside, sd <= width)
            while (true) {
                double v = mean + sd * random.nextGaussian();
                if (v >= p.min() && v <= p.max()) {
                    return v;
                }
            }
        }

        @Override
        public void check(TissueParameter p) {
            if (!(mean >= p.min() && mean <= p.max() && sd >= 0 && sd <= p.max() - p.min())) {
                throw new IllegalArgumentException(p.id() + ": normal mean " + mean + ", sd " + sd
                        + " needs the mean within " + RangeText.withUnit(p.min(), p.max(), p.unit())
                        + " and the sd within " + RangeText.interval(0, p.max() - p.min()));
            }
        }
    }
}
