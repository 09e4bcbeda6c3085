package dev.iosemu.device;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Where a device keeps its {@code boot system} entries. Under ROMMON they are lines of the configuration,
 * and the loader reads the saved configuration's lines at boot; under the {@code switch:} loader they are
 * its BOOT variable, written at once and read by the loader directly. The platform picks one.
 */
public sealed interface BootSystemStore permits ConfigBootLines, LoaderBootVariable {
    /** The entries in effect now, as typed. */
    List<String> entries();

    /** {@code boot system PATH}. */
    void add(String path);

    /** {@code no boot system [PATH]}: that entry, or all. */
    void remove(Optional<String> path);

    /** The entries the loader tries at the next boot. */
    List<String> forBoot() throws IOException;
}
