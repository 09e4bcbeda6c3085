package dev.iosemu.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where the operator's log goes: the {@link System.Logger} lines of {@code net}, {@code app} and the
 * stack traces behind {@code %Error: internal failure}. They go to stderr, one line each, at WARNING and
 * above unless {@code -Diosemu.log=LEVEL} says otherwise ({@code DEBUG} shows every transfer's start, end
 * or failure and device start and stop, {@code TRACE} a failed transfer's stack, {@code OFF} nothing);
 * never to stdout, which in {@code --batch} is the console transcript. The level applies to iosemu's own
 * loggers; the JDK's and the libraries' stay at WARNING. A {@code java.util.logging.config.file} given on
 * the command line wins. Called once, by {@link Main}, before anything logs.
 */
final class LogSetup {
    /** The system property that sets the level. */
    static final String PROPERTY = "iosemu.log";

    /** The parent of every iosemu logger; held here because java.util.logging keeps loggers weakly. */
    private static final Logger IOSEMU = Logger.getLogger("dev.iosemu");

    private LogSetup() {}

    static void install() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        Level level = level(System.getProperty(PROPERTY, "WARNING"));
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Handler stderr = new ConsoleHandler();
        stderr.setLevel(Level.ALL);
        stderr.setFormatter(new OneLine());
        root.addHandler(stderr);
        root.setLevel(level.intValue() > Level.WARNING.intValue() ? level : Level.WARNING);
        IOSEMU.setLevel(level);
    }

    /** A JUL level for a {@link System.Logger.Level} name or a JUL name; WARNING for anything else. */
    static Level level(String name) {
        String upper = name.strip().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "ALL", "TRACE" -> Level.ALL;
            case "DEBUG" -> Level.FINE;
            case "ERROR" -> Level.SEVERE;
            default -> {
                try {
                    yield Level.parse(upper);
                } catch (IllegalArgumentException e) {
                    yield Level.WARNING;
                }
            }
        };
    }

    /**
     * {@code iosemu: WARNING dev.iosemu.X: message}, then the stack trace if there is one; levels are named as
     * {@link System.Logger} names them.
     */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder("iosemu: ")
                    .append(name(record.getLevel()))
                    .append(' ')
                    .append(record.getLoggerName())
                    .append(": ")
                    .append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }

        private static String name(Level level) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                return "ERROR";
            }
            if (level.intValue() >= Level.WARNING.intValue()) {
                return "WARNING";
            }
            if (level.intValue() >= Level.INFO.intValue()) {
                return "INFO";
            }
            return level.intValue() >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
        }
    }
}
