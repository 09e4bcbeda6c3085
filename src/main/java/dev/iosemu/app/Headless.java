package dev.iosemu.app;

import dev.iosemu.cli.ConsoleIo;
import dev.iosemu.cli.InputKind;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code run --headless}: the device boots with its console on stdout and nobody at it (the console line never
 * opens), serves its vty lines over SSH and telnet, and runs until the process is told to stop (SIGINT,
 * SIGTERM); then the device closes before the process ends.
 */
final class Headless {
    private static final Duration CLOSING = Duration.ofSeconds(10);

    private Headless() {}

    /** Boots {@code device}, serves it until the process is told to stop, then closes it. */
    static int serve(VirtualDevice device) throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stop.countDown();
                    try {
                        // the JVM halts once hooks end: wait for run() to return and the device to close
                        released.await(CLOSING.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "iosemu-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try (device) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            device.powerOn(device.openSession(new ConsoleOnStdout(out)));
            stop.await();
            return 0;
        } finally {
            released.countDown();
        }
    }

    /** The console line with nobody at it: what the device prints goes to stdout, and nothing is typed. */
    private record ConsoleOnStdout(PrintStream out) implements ConsoleIo {
        @Override
        public String readLine(String prompt, InputKind kind) {
            out.print(prompt);
            return null;
        }

        @Override
        public int readKey(String prompt) {
            return -1;
        }

        @Override
        public void write(String text) {
            out.print(text);
        }

        @Override
        public void printAbove(String message) {
            out.println(message);
        }
    }
}
