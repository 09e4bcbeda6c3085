package dev.iosemu.bench;

import dev.iosemu.cli.HeadlessSession;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one {@code copy} on a device's headless console and times it twice: on the wall clock around the
 * command (prompts, connection set-up and progress output included) and by the device's own
 * {@code N bytes copied in S secs (R bytes/sec)} line.
 */
final class DeviceCopy {
    private static final Pattern COPIED =
            Pattern.compile("(\\d+) bytes copied in ([0-9.]+) secs \\((\\d+) bytes/sec\\)");

    /** What one copy moved and how long it took, seen from outside and by the device. */
    record Result(long bytes, double wallSeconds, double deviceSeconds, long deviceRate) {
        double wallMegabytesPerSecond() {
            return bytes / 1e6 / wallSeconds;
        }

        double deviceMegabytesPerSecond() {
            return deviceRate / 1e6;
        }
    }

    private DeviceCopy() {}

    /** Runs {@code command} answering the destination prompt with Enter; fails unless {@code expected} bytes arrived. */
    static Result run(HeadlessSession console, String command, long expected) throws IOException {
        return answering(console, command, expected, "");
    }

    /** Runs {@code command} with {@code answers} to its prompts; fails unless {@code expected} bytes arrived. */
    static Result answering(HeadlessSession console, String command, long expected, String... answers)
            throws IOException {
        long start = System.nanoTime();
        String output = console.exec(command, answers);
        double wall = (System.nanoTime() - start) / 1e9;
        Matcher copied = COPIED.matcher(output);
        if (!copied.find() || Long.parseLong(copied.group(1)) != expected) {
            throw new IOException("copy did not move " + expected + " bytes: " + tail(output));
        }
        return new Result(
                Long.parseLong(copied.group(1)),
                wall,
                Double.parseDouble(copied.group(2)),
                Long.parseLong(copied.group(3)));
    }

    /** Deletes a file from the device's flash through the console, as a user would between runs. */
    static void delete(HeadlessSession console, String file) {
        console.exec("delete " + file, "", "");
    }

    private static String tail(String output) {
        return output.length() <= 400 ? output : "..." + output.substring(output.length() - 400);
    }
}
