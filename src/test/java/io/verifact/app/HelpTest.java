package io.verifact.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class HelpTest {

    @Test
    void everyCommandsHelpIsPrintedAsWrittenWithItsLineBreaksAndPercentSigns() {
        List<CommandLine> commands = new ArrayList<>();
        collect(Main.configured(new CommandLine(new VerifactCommand())), commands);
        assertThat(commands).extracting(CommandLine::getCommandName).contains("extract", "ingest", "bench", "mask");
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine command : commands) {
                assertThat(command.getUsageMessage(CommandLine.Help.Ansi.OFF)).as("help of %s", command.getCommandName())
                        .doesNotContain("%n");
            }
        } finally {
            System.setErr(err);
        }
        // A help text picocli cannot format is printed raw, with a warning on standard error.
        assertThat(said.toString(StandardCharsets.UTF_8)).isEmpty();
        String bench = commands.stream().filter(c -> c.getCommandName().equals("bench")).findFirst().orElseThrow()
                .getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(bench).contains("(target: 99 %).");
    }

    @Test
    void aCommandCalledByNameIsReadAsAmongAllCommandsAndAMistypedOneGetsTheWholeLine() {
        CommandLine all = Main.configured(new CommandLine(new VerifactCommand()));
        for (String name : all.getSubcommands().keySet()) {
            CommandLine alone = Main.configured(VerifactCommand.reading(new String[] {name, "--help"}));
            assertThat(alone.getSubcommands().keySet()).containsExactly(name);
            assertThat(alone.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF)).as(name)
                    .isEqualTo(all.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF));
        }
        assertThat(VerifactCommand.reading(new String[] {"extrct", "a.pdf"}).getSubcommands().keySet())
                .containsExactlyElementsOf(all.getSubcommands().keySet());
        assertThat(VerifactCommand.reading(new String[] {"--help"}).getSubcommands()).hasSameSizeAs(all.getSubcommands());
        for (String version : new String[] {"--version", "-V"}) {
            String[] args = {version};
            assertThat(told(VerifactCommand.reading(args), args)).startsWith("0\nVerifact").isEqualTo(told(new CommandLine(new VerifactCommand()), args));
        }
    }

    @Test
    void aMistakeInACommandCalledByNameIsToldAsAmongAllCommandsWithTheUsageExitCode() {
        List<String[]> mistakes = List.of(new String[] {"extract", "--jsn", "a.pdf"}, new String[] {"extract"},
                new String[] {"ingest", "a.pdf"}, new String[] {"supplier", "imprt"},
                new String[] {"mask", "teach"});
        for (String[] args : mistakes) {
            String alone = told(VerifactCommand.reading(args), args);
            assertThat(alone).as(String.join(" ", args)).startsWith(Main.USAGE + "\n")
                    .isEqualTo(told(new CommandLine(new VerifactCommand()), args));
        }
    }

    /** The exit code and what the command line said on both its outputs. */
    private static String told(CommandLine line, String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine configured = Main.configured(line);
        configured.setOut(new PrintWriter(out));
        configured.setErr(new PrintWriter(err));
        int exit = configured.execute(args);
        return exit + "\n" + out + "\n" + err;
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}
