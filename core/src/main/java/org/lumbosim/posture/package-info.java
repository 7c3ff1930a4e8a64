/**
 * Postures: the {@link org.lumbosim.posture.Posture} record (angles in degrees, all zero in upright
 * standing), named presets, supports, the accepted ranges and how lumbar motion is shared among the
 * levels and with the pelvis ({@link org.lumbosim.posture.LumbarMotion}).
 *
 * <p>Signs: trunk inclination and lumbar flexion positive forward; lateral bend positive to the
 * right; axial rotation positive twisting to the left; hip, knee, shoulder and elbow flexion positive
 * in the usual anatomical sense; body roll positive onto the right side.
 */
package org.lumbosim.posture;
