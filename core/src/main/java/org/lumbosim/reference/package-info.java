/**
 * Published in vivo measurements and occupational limits, with their sources, used to validate and
 * to grade the model's outputs. Never the model's own earlier output.
 */
package org.lumbosim.reference;
