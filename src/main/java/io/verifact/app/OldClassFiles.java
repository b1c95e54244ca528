package io.verifact.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Class files of a dependency compiled for Java 5 or older, made Java 8 class files with the same code, so that
 * the start caches can keep them. The JVM keeps no class file older than Java 6 in a cache once it has linked it:
 * a command then loaded and verified picocli's 172 classes anew at every start. The code is the same, instruction
 * for instruction; the build adds the stack map frames a Java 8 class file carries, which let the JVM verify the
 * class when it makes the cache rather than at every start.
 *
 * <p>The build runs it on the jars of {@code lib/} before it makes the caches ({@link StartCache}); the tests and
 * {@code ./mvnw javafx:run} use the dependencies as published.
 */
final class OldClassFiles {

    /** The first class file version the JVM can verify with stack map frames, and so keep in a cache: Java 6's. */
    private static final int VERIFIABLE = ClassFile.JAVA_6_VERSION;

    /** The note a rewritten jar carries of its change. */
    static final String NOTICE = "META-INF/CHANGED-BY-VERIFACT.txt";

    private OldClassFiles() {
    }

    /**
     * Rewrites, in place, the jars in the folder that hold class files older than Java 6 and are not signed.
     * A class the rewrite cannot make a Java 8 one (old subroutine instructions, a supertype in no jar of the
     * folder) stays as it was, and the JVM loads it as before.
     *
     * @return the jars rewritten
     */
    static List<Path> upgradeJarsIn(Path folder) throws IOException {
        List<Path> jars;
        try (var files = Files.list(folder)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        List<Path> old = new ArrayList<>();
        for (Path jar : jars) {
            if (needsUpgrade(jar)) {
                old.add(jar);
            }
        }
        if (old.isEmpty()) {
            return old;
        }
        Map<Path, Path> rewritten = new LinkedHashMap<>();
        try {
            // Frames name the common supertype of two branches' values: the folder's jars and the JDK are read to find it,
            // never loaded, and closed before a jar is replaced (a jar still open cannot be replaced on Windows).
            URL[] urls = new URL[jars.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = jars.get(i).toUri().toURL();
            }
            try (URLClassLoader classes = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
                ClassFile classFile = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.ofResourceParsing(classes)));
                for (Path jar : old) {
                    Path to = Files.createTempFile(folder, jar.getFileName().toString(), ".part");
                    rewritten.put(jar, to);
                    upgrade(jar, to, classFile);
                    // A temporary file is readable by its owner alone; the jar keeps who may read it.
                    if (Files.getFileStore(jar).supportsFileAttributeView(PosixFileAttributeView.class)) {
                        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(jar));
                    }
                }
            }
            for (Map.Entry<Path, Path> jar : rewritten.entrySet()) {
                Files.move(jar.getValue(), jar.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return old;
        } finally {
            for (Path left : rewritten.values()) {
                Files.deleteIfExists(left);
            }
        }
    }

    /**
     * Whether the jar holds a class file older than Java 6, no signature, which a rewrite would break, and no
     * note that it was rewritten already.
     */
    static boolean needsUpgrade(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            boolean old = false;
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (name.equals(NOTICE)) {
                    // Rewritten by an earlier build: what stayed old could not be made new.
                    return false;
                }
                if (name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC"))) {
                    return false;
                }
                if (!old && isClass(name)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        old = majorVersion(in.readNBytes(8)) < VERIFIABLE;
                    }
                }
            }
            return old;
        }
    }

    /**
     * Writes the jar to {@code to} with its class files older than Java 6 made Java 8 ones, the rest as it was,
     * and a note of the change ({@link #NOTICE}), as the libraries' licences ask of a changed file.
     */
    private static void upgrade(Path jar, Path to, ClassFile classFile) throws IOException {
        ClassTransform toJava8 = ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                .andThen(ClassTransform.endHandler(builder -> builder.withVersion(ClassFile.JAVA_8_VERSION, 0)));
        try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (isClass(entry.getName()) && majorVersion(bytes) < VERIFIABLE) {
                    try {
                        bytes = classFile.transformClass(classFile.parse(bytes), toJava8);
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        // Kept as published: old subroutine instructions have no Java 8 form, and a supertype may be out of reach.
                    }
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
            ZipEntry notice = new ZipEntry(NOTICE);
            out.putNextEntry(notice);
            out.write(("This jar was changed by the Verifact build: its class files older than Java 6 were rewritten as Java 8\n"
                    + "class files with the same instructions and the stack map frames Java 8 requires, so that the JVM can keep\n"
                    + "them in an ahead-of-time cache. Nothing else was changed. The published jar is " + jar.getFileName() + ".\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class");
    }

    /** The class file's major version, from its first eight bytes; Integer.MAX_VALUE when they are not a class file's. */
    private static int majorVersion(byte[] start) {
        if (start.length < 8 || (start[0] & 0xff) != 0xca || (start[1] & 0xff) != 0xfe || (start[2] & 0xff) != 0xba || (start[3] & 0xff) != 0xbe) {
            return Integer.MAX_VALUE;
        }
        return ((start[6] & 0xff) << 8) | (start[7] & 0xff);
    }
}
