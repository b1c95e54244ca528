package io.verifact.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where Verifact runs from. */
final class Jars {

    private Jars() {
    }

    /** The {@code java} command of the JVM this runs in, to start another one like it. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** verifact.jar, when this runs from it rather than from the build's class folders. */
    static Optional<Path> running() {
        try {
            Path location = Path.of(Jars.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) && location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
