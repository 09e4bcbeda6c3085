package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.device.BootConsole;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.Line;
import dev.iosemu.device.LineInput;
import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.Router;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.profile.DeviceProfiles;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;

/**
 * Prints how long a power-on and a reload of the default 1941 take (image check, boot text, startup-config
 * replay through the real parser), cold and after warm-up. Run its {@code main}; not a test.
 */
public final class BootBenchmark {
    private static final ConsoleSink DISCARD = text -> {};

    private BootBenchmark() {}

    public static void main(String[] args) throws Exception {
        var profile = DeviceProfiles.loadBuiltIn("c1941");
        long createStart = System.nanoTime();
        Router router = Router.create(profile, Clock.systemUTC(), LabAddressMap.empty());
        long created = System.nanoTime() - createStart;
        CommandRegistry registry = new CommandRegistry();
        ConfigCommands.register(registry, router, new Random(1));
        BootConsole console = BootConsole.of(
                DISCARD,
                LineInput.none(),
                new StartupReplayer(
                        registry, ConfigCommands.shellSettings(router).build()));
        long coldStart = System.nanoTime();
        router.powerOn(console);
        long cold = System.nanoTime() - coldStart;
        for (int i = 0; i < 200; i++) {
            router.reload(Line.console(), console, ReloadReason.COMMAND);
        }
        long[] samples = new long[200];
        for (int i = 0; i < samples.length; i++) {
            long start = System.nanoTime();
            router.reload(Line.console(), console, ReloadReason.COMMAND);
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        System.out.printf("create device (builds 1 MiB image): %.2f ms%n", created / 1e6);
        System.out.printf("cold power-on to first prompt:      %.2f ms%n", cold / 1e6);
        System.out.printf(
                "warm reload to first prompt: median %.3f ms, p99 %.3f ms, max %.3f ms%n",
                samples[samples.length / 2] / 1e6,
                samples[samples.length * 99 / 100] / 1e6,
                samples[samples.length - 1] / 1e6);
    }
}
