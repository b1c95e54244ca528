package io.verifact.app;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry: says plainly when the Java that runs it is too old for Verifact, then hands over to
 * {@link Main}. The build compiles this class alone for an old release, so that an old JVM can load it
 * and say so, rather than fail on the first class it cannot read.
 */
public final class Launch {

    /** The oldest Java Verifact runs on. */
    static final int JAVA = 25;

    /** The exit code when the Java is too old: the same as when Tesseract or the store cannot be used. */
    static final int UNAVAILABLE = 3;

    private Launch() {
    }

    public static void main(String[] args) throws Throwable {
        String refusal = refusal(System.getProperty("java.specification.version"), System.getProperty("java.home"));
        if (refusal != null) {
            System.err.println(refusal);
            System.exit(UNAVAILABLE);
        }
        try {
            Class.forName("io.verifact.app.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** What to tell the operator when this Java is too old, or null when it will do. */
    static String refusal(String specificationVersion, String javaHome) {
        int feature;
        try {
            // "1.8" before Java 9, "17", "25" after.
            String version = specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
            feature = Integer.parseInt(version.split("\\.")[0]);
        } catch (RuntimeException e) {
            return null;
        }
        if (feature >= JAVA) {
            return null;
        }
        return "Verifact needs Java " + JAVA + " or newer; this is Java " + specificationVersion + " (" + javaHome + "). "
                + "Install a JDK " + JAVA + " and set JAVA_HOME to it, or put its bin folder first on the PATH (see README: Prerequisites).";
    }
}
