package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded run of the kill -9 harness ({@link StateCrashRounds}): each writing command of a device with
 * {@code --state} killed at random points leaves its files old or new, never torn. The long run is
 * {@code scripts/crash-rounds}.
 */
class StateCrashIT {
    private static final int ROUNDS = 20;

    @TempDir
    Path work;

    @Test
    void killNineAtAnyMomentOfAWriteLeavesTheOldOrTheNewState() throws Exception {
        long seed = System.nanoTime();

        List<String> problems = new StateCrashRounds(work, seed).run(ROUNDS);

        assertThat(problems).as("seed %d", seed).isEmpty();
    }
}
