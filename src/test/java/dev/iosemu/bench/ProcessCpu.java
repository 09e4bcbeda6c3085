package dev.iosemu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds of whole processes from {@code /proc/PID/stat}: all of a process's threads, those that ended
 * included (a server's transfer threads end with their transfer, taking their schedstat with them), and the
 * children it waited for (each curl this JVM ran). The kernel counts them in clock ticks of 10 ms: precise
 * enough over transfers of tens of thousands of blocks.
 */
final class ProcessCpu {
    private static final double TICK_SECONDS = 0.01; // USER_HZ, 100 on Linux

    private ProcessCpu() {}

    /** This JVM's own CPU seconds so far. */
    static double self() {
        return fields("self", 11, 12);
    }

    /** The CPU seconds of the children this JVM ran and waited for. */
    static double children() {
        return fields("self", 13, 14);
    }

    /** The sum of the fields at these indexes after the command's closing parenthesis (0 is the state). */
    private static double fields(String pid, int... indexes) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int index : indexes) {
                ticks += Long.parseLong(after[index]);
            }
            return ticks * TICK_SECONDS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN; // no /proc here: the cost columns stay empty
        }
    }
}
