package org.lumbosim.model;

import org.lumbosim.internal.Checks;
import org.lumbosim.internal.Units;

/**
 * The uncertain tissue constants of a model, for sensitivity and population studies. The published
 * values ({@link #published()}) are those of {@link TissueConstants}; the others scale them.
 *
 * @param maxMuscleStressPa largest muscle stress in recruitment (Pa), in [0.1e6, 2e6]
 * @param unloadedDiscPressureMPa the disc's own pressure with no force on it (MPa), in [0, 0.5]; the
 *     compression of the ligaments' pre-tension and of the muscles is in the disc force, not here
 *     ({@link TissueConstants#UNLOADED_DISC_PRESSURE_MPA})
 * @param nachemsonPressureFactor intradiscal pressure per mean axial stress (dimensionless), in [0.5, 3]
 * @param passiveMomentScale factor on the passive tissue moment of the segments (ligaments and disc, not the passive muscle tension; dimensionless), in [0, 10]
 * @param iapScale factor on the intra-abdominal pressure (dimensionless), in [0, 10]
 * @param discAreaScale factor on every disc's cross-sectional area, the default one derived from stature and
 *     one given for the subject alike ({@link LumbarModel#withDiscAreaMm2}) (dimensionless), in [0.25, 4]
 * @param minimumActivation smallest activation of every muscle in postures where the muscles hold
 *     the trunk up (force as a fraction of the muscle's largest force, dimensionless), in [0, 0.5];
 *     see {@link TissueConstants#RELAXED_POSTURE_MINIMUM_ACTIVATION}
 * @param abdominalCoactivation smallest activation of the abdominal flexors (rectus abdominis,
 *     external and internal oblique lines) in the same postures, their stabilising co-activation
 *     (dimensionless, a fraction of each line's largest force at the published strength
 *     {@link TissueConstants#MAX_MUSCLE_STRESS_PA}, so a force that does not change with
 *     {@code maxMuscleStressPa}; at most the line's largest force), in [0, 0.5]; default
 *     {@link UprightCoactivationConstants#ABDOMINAL_ACTIVATION} (0.017), 0 switches it off. An
 *     abdominal line's floor is the larger of this and {@code minimumActivation}
 */
public record TissueParameters(double maxMuscleStressPa, double unloadedDiscPressureMPa,
                               double nachemsonPressureFactor, double passiveMomentScale, double iapScale,
                               double discAreaScale, double minimumActivation, double abdominalCoactivation) {
    private static final TissueParameters PUBLISHED = new TissueParameters(TissueConstants.MAX_MUSCLE_STRESS_PA,
            TissueConstants.UNLOADED_DISC_PRESSURE_MPA, TissueConstants.NACHEMSON_PRESSURE_FACTOR, 1, 1, 1,
            TissueConstants.RELAXED_POSTURE_MINIMUM_ACTIVATION, UprightCoactivationConstants.ABDOMINAL_ACTIVATION);

    /** Checks every field. */
    public TissueParameters {
        for (TissueParameter p : TissueParameter.values()) {
            p.check(p.valueIn(maxMuscleStressPa, unloadedDiscPressureMPa, nachemsonPressureFactor, passiveMomentScale,
                    iapScale, discAreaScale, minimumActivation, abdominalCoactivation));
        }
    }

    /** @return the values of {@link TissueConstants}, all factors 1 */
    public static TissueParameters published() {
        return PUBLISHED;
    }

    /**
     * @param parameter which constant
     * @return its value, in the parameter's unit ({@link TissueParameter#unit()})
     */
    public double get(TissueParameter parameter) {
        Checks.given(parameter, "parameter", "a tissue parameter is needed");
        return parameter.valueIn(maxMuscleStressPa, unloadedDiscPressureMPa, nachemsonPressureFactor,
                passiveMomentScale, iapScale, discAreaScale, minimumActivation, abdominalCoactivation);
    }

    /**
     * @param parameter which constant
     * @param value its new value, in the parameter's unit
     * @return a copy with that constant changed
     */
    public TissueParameters with(TissueParameter parameter, double value) {
        Checks.given(parameter, "parameter", "a tissue parameter is needed");
        double[] v = {maxMuscleStressPa / Units.PA_PER_MPA, unloadedDiscPressureMPa, nachemsonPressureFactor,
                passiveMomentScale, iapScale, discAreaScale, minimumActivation, abdominalCoactivation};
        v[parameter.ordinal()] = value;
        return new TissueParameters(v[0] * Units.PA_PER_MPA, v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    }

    /** One constant of {@link TissueParameters}, with its identifier, unit and allowed range. */
    public enum TissueParameter {
        /** Largest muscle stress (MPa in this enum's unit; the record holds Pa). */
        MAX_MUSCLE_STRESS("maxMuscleStressMPa", "MPa", 0.1, 2),
        /** Unloaded disc pressure, the disc's own (MPa). */
        UNLOADED_DISC_PRESSURE("unloadedDiscPressureMPa", "MPa", 0, 0.5),
        /** Nachemson pressure factor. */
        NACHEMSON_FACTOR("nachemsonPressureFactor", "", 0.5, 3),
        /** Factor on the passive moment. */
        PASSIVE_MOMENT_SCALE("passiveMomentScale", "", 0, 10),
        /** Factor on the abdominal pressure. */
        IAP_SCALE("iapScale", "", 0, 10),
        /** Factor on the disc areas. */
        DISC_AREA_SCALE("discAreaScale", "", 0.25, 4),
        /** Smallest muscle activation in postures where the muscles hold the trunk up (fraction of the largest force). */
        MINIMUM_ACTIVATION("minimumActivation", "", 0, 0.5),
        /**
         * Smallest activation of the abdominal flexors in the same postures (fraction of the largest
         * force at the published strength; default 0.017, Cholewicki et al. 1997).
         */
        ABDOMINAL_COACTIVATION("abdominalCoactivation", "", 0, 0.5);

        private final String id;
        private final String unit;
        private final double min;
        private final double max;

        TissueParameter(String id, String unit, double min, double max) {
            this.id = id;
            this.unit = unit;
            this.min = min;
            this.max = max;
        }

        /** @return the identifier used in files, e.g. {@code "maxMuscleStressMPa"} */
        public String id() {
            return id;
        }

        /** @return the unit of {@link TissueParameters#get} for this constant ("" if dimensionless) */
        public String unit() {
            return unit;
        }

        /** @return smallest allowed value */
        public double min() {
            return min;
        }

        /** @return largest allowed value */
        public double max() {
            return max;
        }

        /**
         * @param id an identifier such as {@code "iapScale"}
         * @return the parameter
         * @throws IllegalArgumentException naming the accepted identifiers if none matches
         */
        public static TissueParameter ofId(String id) {
            Checks.given(id, "id", "a tissue parameter id is needed");
            for (TissueParameter p : values()) {
                if (p.id.equals(id)) {
                    return p;
                }
            }
            StringBuilder ids = new StringBuilder();
            for (TissueParameter p : values()) {
                ids.append(ids.length() == 0 ? "" : ", ").append(p.id);
            }
            throw new IllegalArgumentException("\"" + id + "\" is not a tissue parameter; one of " + ids);
        }

        void check(double value) {
            Checks.inRange(id, value, min, max, unit);
        }

        private double valueIn(double stressPa, double p0, double nachemson, double passive, double iap, double area,
                               double activation, double coactivation) {
            return switch (this) {
                case MAX_MUSCLE_STRESS -> stressPa / Units.PA_PER_MPA;
                case UNLOADED_DISC_PRESSURE -> p0;
                case NACHEMSON_FACTOR -> nachemson;
                case PASSIVE_MOMENT_SCALE -> passive;
                case IAP_SCALE -> iap;
                case DISC_AREA_SCALE -> area;
                case MINIMUM_ACTIVATION -> activation;
                case ABDOMINAL_COACTIVATION -> coactivation;
            };
        }
    }
}
