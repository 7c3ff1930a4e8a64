/**
 * Implementation details (numerical kernels, input checks). Not part of the API: anything here may
 * change without notice.
 */
package org.lumbosim.internal;
