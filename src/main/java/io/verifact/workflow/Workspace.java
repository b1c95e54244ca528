package io.verifact.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What the workstation works with: the operator's verification, the teaching of suppliers' masks, the
 * intake of files, the demo invoices offered on a first start, the name of the local store for the
 * status bar, the sharing with colleagues through the firm's database, and the registers of suppliers
 * and client files.
 */
public record Workspace(Verification verification, Teaching teaching, Intake intake, DemoFiles demo, String storeName,
                        Sharing sharing, Registers registers) {

    /** Writes a set of demo invoices somewhere and says where. */
    @FunctionalInterface
    public interface DemoFiles {
        List<Path> write() throws IOException;
    }
}
