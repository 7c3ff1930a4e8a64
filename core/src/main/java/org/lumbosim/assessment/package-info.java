/**
 * Grading of loads against occupational criteria: the revised NIOSH lifting equation, and (in the
 * reference package) compression and shear limits.
 */
package org.lumbosim.assessment;
