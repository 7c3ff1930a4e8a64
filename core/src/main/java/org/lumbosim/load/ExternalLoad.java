package org.lumbosim.load;

/** A load applied to the body from outside. The family is closed: see {@link HandLoad}. */
public sealed interface ExternalLoad permits HandLoad {
}
