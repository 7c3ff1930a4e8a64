/**
 * The time-dependent disc: disc height and intradiscal pressure through a day of postures, with
 * fluid loss under load and recovery when lying ({@link org.lumbosim.disc.DiurnalDisc}). The
 * model and the provenance of each constant are described in {@link org.lumbosim.disc.DiurnalDiscConstants}.
 */
package org.lumbosim.disc;
