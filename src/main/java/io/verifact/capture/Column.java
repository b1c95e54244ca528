package io.verifact.capture;

import java.util.function.Function;

/**
 * A column of the lines table.
 *
 * @param x where its text starts, or for a right-aligned column where it ends
 * @param right whether its figures are right-aligned, as amounts are
 */
record Column(String header, float x, boolean right, Function<Row, String> cell) {

    static Column left(String header, float x, Function<Row, String> cell) {
        return new Column(header, x, false, cell);
    }

    static Column right(String header, float x, Function<Row, String> cell) {
        return new Column(header, x, true, cell);
    }
}
