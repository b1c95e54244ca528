package io.verifact.capture;

/**
 * One file of the demo set: the bill it shows, how it reached the workstation, and why it is there.
 *
 * @param name the file name, whose extension says its form: {@code .pdf}, {@code .png} or {@code .tif}
 * @param scan how the printout was scanned, or null for a born-digital PDF
 * @param shows what the file is in the set to show, in a developer's words
 */
record DemoFile(String name, DemoBill bill, ScanLook scan, String shows) {

    boolean scanned() {
        return scan != null;
    }
}
