/** Timing Verifact against the reference tools on the same files: rounds, medians, ratios and their report. */
package io.verifact.app.bench;
