package dev.iosemu.device.rommon;

import java.util.Optional;

/** How a boot-loader session ended: boot an image, reset the device, or the console input ran out. */
public sealed interface RommonExit {
    /**
     * {@code boot} or {@code boot FILE}.
     *
     * @param path the file named on the command line; empty to use the normal boot rules
     */
    record Boot(Optional<String> path) implements RommonExit {}

    /** {@code reset}: a cold restart, which applies a pending configuration register. */
    record Reset() implements RommonExit {}

    /** The console input ended while the loader waited for a command. */
    record InputEnded() implements RommonExit {}
}
