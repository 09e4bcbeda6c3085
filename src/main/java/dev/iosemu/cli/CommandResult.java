package dev.iosemu.cli;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one command printed, and the IOS error lines among it: the {@code %} lines IOS answers a command it
 * refused or could not carry out with ({@code % Invalid input detected at '^' marker.}, {@code %Error
 * opening tftp://...}). Warnings, re-asked questions and log messages are {@code %} lines too, but no
 * errors: the command went on.
 *
 * @param line the command line as given
 * @param output what it printed after the echoed line (sub-prompts and answers included)
 */
public record CommandResult(String line, String output) {
    /** A log message ({@code %SYS-5-CONFIG_I: ...}): facility, severity, mnemonic. */
    private static final Pattern LOG_MESSAGE = Pattern.compile("%[A-Z0-9_]+-\\d-[A-Z0-9_]+:.*");

    /** What {@code crypto key} tells as it goes: information and questions, no refusal. */
    private static final Pattern KEY_PROGRESS = Pattern.compile(
            "% (The key modulus size is|Generating \\d+ bit RSA keys|You already have RSA keys|They will be replaced"
                    + "|Do you really want to replace them|All keys will be removed"
                    + "|All router certs issued using these keys)");

    public CommandResult {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(output, "output");
    }

    /** The error lines of the output, in order; empty when IOS took the command. */
    public List<String> errors() {
        return output.lines().filter(CommandResult::isError).toList();
    }

    /** True when IOS answered the command with an error. */
    public boolean failed() {
        return output.lines().anyMatch(CommandResult::isError);
    }

    /**
     * This result if IOS took the command.
     *
     * @throws IosCommandException naming the command and its first error line otherwise
     */
    public CommandResult orThrow() {
        if (failed()) {
            throw new IosCommandException(this);
        }
        return this;
    }

    /** Whether {@code line} of console output is an IOS error. */
    public static boolean isError(String line) {
        String text = line.stripLeading();
        return text.startsWith("%")
                && !text.startsWith("%Warning")
                && !text.startsWith("% Please answer")
                && !LOG_MESSAGE.matcher(text).matches()
                && !KEY_PROGRESS.matcher(text).lookingAt();
    }
}
