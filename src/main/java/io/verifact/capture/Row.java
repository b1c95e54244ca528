package io.verifact.capture;

/** An invoice line as the table prints it: its position, from 1, and the line. */
record Row(int position, DemoLine line) {
}
