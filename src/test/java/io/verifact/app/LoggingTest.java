package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Where the workstation and the commands log, and what an administrator can change. */
class LoggingTest {

    @Test
    void warningsGoToStandardErrorAndPdfBoxSaysNothing() {
        LoggerContext context = new LoggerContext();

        ExecutionStatus status = new Logging().configure(context, null, null);

        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("STDERR")).isInstanceOfSatisfying(ConsoleAppender.class,
                appender -> assertThat(appender.getTarget()).isEqualTo("System.err"));
        assertThat(context.getLogger("io.verifact.extract.TotalsReader").isInfoEnabled()).isFalse();
        assertThat(context.getLogger("io.verifact.extract.TotalsReader").isWarnEnabled()).isTrue();
        assertThat(context.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font").isErrorEnabled()).isFalse();
        assertThat(context.getLogger("org.apache.fontbox.ttf.TTFParser").isErrorEnabled()).isFalse();
    }

    @Test
    void theApplicationsLevelIsTheOneNamedOnTheCommandLine() {
        LoggerContext context = new LoggerContext();

        new Logging().configure(context, null, "DEBUG");

        assertThat(context.getLogger("io.verifact.sync.Outbox").isDebugEnabled()).isTrue();
        assertThat(context.getLogger("org.flywaydb.core.Flyway").isInfoEnabled()).isFalse();
    }

    @Test
    void anAdministratorsOwnFileIsReadInstead() {
        LoggerContext context = new LoggerContext();

        ExecutionStatus status = new Logging().configure(context, "/etc/verifact/logback.xml", null);

        assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }

    @Test
    void loggingStartsWithThisSetUp() {
        LoggerContext running = (LoggerContext) LoggerFactory.getILoggerFactory();

        var appender = running.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");

        assertThat(appender).isInstanceOfSatisfying(ConsoleAppender.class, console -> {
            assertThat(console.getTarget()).isEqualTo("System.err");
            assertThat(((PatternLayoutEncoder) ((ConsoleAppender<ILoggingEvent>) console).getEncoder()).getPattern()).isEqualTo(Logging.PATTERN);
        });
    }
}
