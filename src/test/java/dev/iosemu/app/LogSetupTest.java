package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class LogSetupTest {
    @Test
    void levelsAreNamedAsSystemLoggerOrJulNamesThem() {
        assertThat(LogSetup.level("debug")).isEqualTo(Level.FINE);
        assertThat(LogSetup.level("INFO")).isEqualTo(Level.INFO);
        assertThat(LogSetup.level("error")).isEqualTo(Level.SEVERE);
        assertThat(LogSetup.level("off")).isEqualTo(Level.OFF);
        assertThat(LogSetup.level("FINEST")).isEqualTo(Level.FINEST);
        assertThat(LogSetup.level("chatty")).isEqualTo(Level.WARNING);
    }

    @Test
    void aLogLineNamesLevelAndLoggerAndCarriesTheStack() {
        LogRecord record = new LogRecord(Level.SEVERE, "internal failure in 'show'");
        record.setLoggerName("dev.iosemu.cli.CommandRunner");
        record.setThrown(new IllegalStateException("boom"));

        String text = new LogSetup.OneLine().format(record);

        assertThat(text)
                .startsWith("iosemu: ERROR dev.iosemu.cli.CommandRunner: internal failure in 'show'"
                        + System.lineSeparator() + "java.lang.IllegalStateException: boom")
                .contains("\tat " + LogSetupTest.class.getName());
    }

    @Test
    void theDefaultIsWarningsAndWorseOnStderrOnly() {
        Logger root = Logger.getLogger("");
        Logger iosemu = Logger.getLogger("dev.iosemu");
        Handler[] before = root.getHandlers();
        Level level = root.getLevel();
        try {
            LogSetup.install();

            assertThat(root.getLevel()).isEqualTo(Level.WARNING);
            assertThat(iosemu.getLevel()).isEqualTo(Level.WARNING);
            // ConsoleHandler writes to System.err; nothing is left that could reach stdout
            assertThat(root.getHandlers()).singleElement().isInstanceOf(ConsoleHandler.class);
        } finally {
            for (Handler handler : root.getHandlers()) {
                root.removeHandler(handler);
            }
            for (Handler handler : before) {
                root.addHandler(handler);
            }
            root.setLevel(level);
            iosemu.setLevel(null);
        }
    }
}
