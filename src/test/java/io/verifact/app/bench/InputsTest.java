package io.verifact.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path folder;

    @Test
    void theFirstPdfsByNameAreTaken() throws Exception {
        for (String name : new String[] {"c.pdf", "a.pdf", "b.PDF", "notes.txt"}) {
            Files.createFile(folder.resolve(name));
        }
        assertThat(Inputs.pdfs(folder, 2)).extracting(p -> p.getFileName().toString()).containsExactly("a.pdf", "b.PDF");
    }

    @Test
    void scansArePngsFirstThenPhotocopiesToMakeUpTheCount() throws Exception {
        for (String name : new String[] {"b.png", "a.degraded.jpg", "a.png", "a.truth.json", "c.tif"}) {
            Files.createFile(folder.resolve(name));
        }
        assertThat(Inputs.scans(folder, 4)).extracting(p -> p.getFileName().toString())
                .containsExactly("a.png", "b.png", "a.degraded.jpg", "c.tif");
    }
}
