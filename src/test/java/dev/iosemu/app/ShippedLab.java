package dev.iosemu.app;

import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.lab.LabNetwork;
import dev.iosemu.lab.ManualTime;
import dev.iosemu.lab.file.LabFile;
import dev.iosemu.testing.LabReady;
import java.nio.file.Path;
import java.time.Duration;

/** The shipped lab ({@code labs/ccna.yaml}) as the lab tests start it: on a manual clock, no console ports. */
final class ShippedLab {
    private ShippedLab() {}

    /** Boots the lab on {@code time} and moves five seconds on, so its links and line protocols are up. */
    static RunningLab start(ManualTime time) throws Exception {
        RunningLab lab = RunningLab.builder(LabFile.read(Path.of("labs/ccna.yaml")))
                .network(LabNetwork.create(time))
                .clock(time)
                .consoles(false)
                .start();
        time.advance(Duration.ofSeconds(5));
        return lab;
    }

    /** A console of {@code node} in privileged EXEC (the nodes' enable secret typed). */
    static HeadlessSession enabled(RunningLab lab, String node) {
        HeadlessSession console = lab.device(node).openSession();
        LabReady.enable(console);
        return console;
    }
}
