package io.verifact.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * How Verifact logs, set up in code when logging starts: warnings and errors to standard error, which leaves standard
 * output to what a command prints; the application's own messages from the level {@code -Dverifact.log} names
 * ({@code INFO}, {@code DEBUG}); nothing from PDFBox, whose complaints about a damaged file the operator reads as the
 * file's refusal instead. Reading the same set-up from an XML file took 17 to 20 ms, about a tenth of a command's
 * start before its first file. An administrator's own file, given with {@code -Dlogback.configurationFile}, is read
 * instead of this.
 */
public final class Logging extends ContextAwareBase implements Configurator {

    /** The system property that names the application's level. */
    static final String LEVEL = "verifact.log";

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        return configure(context, System.getProperty("logback.configurationFile"), System.getProperty(LEVEL));
    }

    /**
     * @param administratorsFile the file an administrator named for logback to read, or null
     * @param level the application's level as {@code -Dverifact.log} gives it, or null for warnings
     */
    ExecutionStatus configure(LoggerContext context, String administratorsFile, String level) {
        if (administratorsFile != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(stderr);
        context.getLogger("io.verifact").setLevel(Level.toLevel(level, Level.WARN));
        context.getLogger("org.apache.pdfbox").setLevel(Level.OFF);
        context.getLogger("org.apache.fontbox").setLevel(Level.OFF);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
