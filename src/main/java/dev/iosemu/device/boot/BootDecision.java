package dev.iosemu.device.boot;

import java.util.List;
import java.util.Objects;

/** What the boot loader decided: load an image, or stop in the loader. */
public sealed interface BootDecision {
    /** Candidates that were tried and skipped, in order. */
    List<Rejected> rejected();

    /**
     * Load this image, bundle or provisioning file.
     *
     * @param target what to start, as named at boot ({@code flash:c1900-...bin}, {@code flash0:c1900-...bin})
     * @param rejected candidates skipped before it
     */
    record Load(BootTarget target, List<Rejected> rejected) implements BootDecision {
        public Load {
            Objects.requireNonNull(target, "target");
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * Stay in the boot loader.
     *
     * @param reason why
     * @param rejected candidates skipped
     */
    record Stop(StopReason reason, List<Rejected> rejected) implements BootDecision {
        public Stop {
            Objects.requireNonNull(reason, "reason");
            rejected = List.copyOf(rejected);
        }
    }

    /** Why the loader stopped. */
    enum StopReason {
        /** The configuration register (boot field 0) or MANUAL_BOOT asks for the loader. */
        MANUAL,
        /** No candidate was bootable. */
        NOTHING_BOOTABLE,
        /** The Mode button was held at power-on: the loader stopped before it initialised flash. */
        INTERRUPTED
    }

    /**
     * A candidate that could not be booted.
     *
     * @param path the candidate as named
     * @param problem why
     */
    record Rejected(String path, ImageCheck problem) {}
}
