package org.lumbosim.assessment;

/** Duration category of a lifting job in the revised NIOSH lifting equation (Waters et al. 1993). */
public enum WorkDuration {
    /** At most 1 hour, followed by a recovery period of at least 1.2 times the work time. */
    UP_TO_1_HOUR,
    /** More than 1 and at most 2 hours, followed by a recovery of at least 0.3 times the work time. */
    UP_TO_2_HOURS,
    /** More than 2 and at most 8 hours with standard breaks. */
    UP_TO_8_HOURS
}
