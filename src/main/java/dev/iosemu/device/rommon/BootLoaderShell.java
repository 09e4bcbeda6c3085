package dev.iosemu.device.rommon;

import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.LineInput;

/** A boot-loader command line (ISR ROMMON or the Catalyst {@code switch:} loader) that owns the console. */
public interface BootLoaderShell {
    /** Reads and runs commands until one boots or resets the device, or input ends. */
    RommonExit run(LineInput input, ConsoleSink console);
}
