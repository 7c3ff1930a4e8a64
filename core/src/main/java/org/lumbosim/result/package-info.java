/**
 * Results of a solve, and the conventions they follow.
 *
 * <h2>Global frame</h2>
 * x anterior, y superior (against gravity), z to the right (ISB convention); origin at the centre of
 * the L5-S1 disc, which stays fixed while the body moves about it. Gravity points along -y. Metres.
 *
 * <h2>Disc frame (one per level)</h2>
 * The disc's mid-plane lies halfway (in rotation) between the vertebrae above and below. Its normal
 * n points superiorly, its anterior axis a lies in the mid-plane in the sagittal plane, its lateral
 * axis l = a × n points to the right.
 * <ul>
 *   <li>compression = force on the upper vertebra from the disc, along n: positive = squeezing;</li>
 *   <li>AP shear = force of everything but the disc on the upper body, along a: positive = the upper
 *       vertebra is pushed anteriorly relative to the lower one;</li>
 *   <li>lateral shear: the same along l, positive = the upper vertebra pushed to the right;</li>
 *   <li>moments are those of gravity, hand loads and supports on the body above the disc, about the
 *       disc centre: flexion positive flexes the upper body, lateral positive bends it to the right,
 *       axial positive twists it to the left.</li>
 * </ul>
 * Intradiscal pressure (MPa) = unloaded-disc pressure + 1.5 × compression / disc area (Nachemson).
 */
package org.lumbosim.result;
