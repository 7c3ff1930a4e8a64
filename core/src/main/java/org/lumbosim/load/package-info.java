/**
 * External loads: masses and forces held in the hands ({@link org.lumbosim.load.HandLoad}), applied
 * at the grip points the posture gives or at a point of the global frame
 * ({@link org.lumbosim.load.PositionM}).
 */
package org.lumbosim.load;
