package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scanning station's watched folder hands over to ingest, look after look. */
class FolderWatchTest {

    @TempDir
    Path inbox;

    @Test
    void aFileIsHandedOverOnceItHoldsStillAndOnlyOnce() throws IOException {
        FolderWatch watch = new FolderWatch(List.of(inbox));
        Path scan = Files.write(inbox.resolve("scan.pdf"), new byte[] {1, 2, 3});

        assertThat(watch.look()).as("first look: still being written, perhaps").isEmpty();
        assertThat(watch.look()).containsExactly(scan);
        assertThat(watch.look()).as("already handed over").isEmpty();
    }

    @Test
    void aFileStillGrowingWaitsUntilTheScannerIsDone() throws IOException {
        FolderWatch watch = new FolderWatch(List.of(inbox));
        Path scan = inbox.resolve("scan.tiff");
        Files.write(scan, new byte[] {1});
        watch.look();
        Files.write(scan, new byte[] {1, 2, 3, 4});

        assertThat(watch.look()).as("it grew since the last look").isEmpty();
        assertThat(watch.look()).containsExactly(scan);
    }

    @Test
    void subfoldersAreWatchedAndOtherFilesIgnored() throws IOException {
        FolderWatch watch = new FolderWatch(List.of(inbox));
        Path scan = Files.write(Files.createDirectories(inbox.resolve("client-a/2024")).resolve("invoice.PNG"), new byte[] {7});
        Files.writeString(inbox.resolve("notes.txt"), "not an invoice");
        watch.look();

        assertThat(watch.look()).containsExactly(scan);
    }

    @Test
    void aFileThatVanishesBetweenLooksIsNoTrouble() throws IOException {
        FolderWatch watch = new FolderWatch(List.of(inbox));
        Path temporary = Files.write(inbox.resolve("~scan.pdf"), new byte[] {1});
        watch.look();
        Files.delete(temporary);

        assertThat(watch.look()).isEmpty();
    }
}
