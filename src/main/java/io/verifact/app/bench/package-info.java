/** Timing Verifact against the reference tools on the same files, and the workstation's waits against their targets: rounds, medians, ratios and their report. */
package io.verifact.app.bench;
