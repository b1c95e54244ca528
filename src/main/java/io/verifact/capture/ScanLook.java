package io.verifact.capture;

/**
 * How a sheet comes out of an office scanner or copier.
 *
 * @param degrees how far the sheet lay askew on the glass, clockwise
 * @param paper the grey of the paper, 255 being white
 * @param grain how far the sensor's grain moves a grey level, at most
 * @param photocopy whether the sheet is a copy of a copy: softer, darker, with toner specks
 * @param seed where the grain's and the specks' pseudo-random sequence starts, so every scan is repeatable
 */
record ScanLook(double degrees, int paper, int grain, boolean photocopy, long seed) {
}
