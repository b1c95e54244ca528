package io.verifact.workflow;

import io.verifact.identify.Identification;
import io.verifact.model.Engine;
import io.verifact.model.PageText;
import io.verifact.model.Recognition;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What reading one file gave: its fields, or the reason it was refused. */
public sealed interface Outcome {

    String sha256();

    /** The file was read. */
    record Read(String sha256, List<PageText> pages, Recognition recognition, Identification supplier) implements Outcome {

        public Read(String sha256, List<PageText> pages, Recognition recognition) {
            this(sha256, pages, recognition, Identification.NONE);
        }

        /** The engines that read the pages, in page order, each once. */
        public Set<Engine> engines() {
            Set<Engine> engines = new LinkedHashSet<>();
            pages.forEach(p -> engines.add(p.engine()));
            return engines;
        }
    }

    /** The file was refused; {@code reason} says why in words an operator can act on. */
    record Refused(String sha256, String reason) implements Outcome {
    }
}
