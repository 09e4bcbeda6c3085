package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.fs.local.DeviceFileSystems;
import dev.iosemu.fs.local.DeviceStorage;
import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The device's RSA key and its copy in private-config: a promised key is made once and kept, a generated key
 * lasts a boot only until it is written, write erase and zeroize remove it.
 */
class RsaKeysTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
    private LocalFileSystem nvram;
    private RsaKeys keys;

    @BeforeEach
    void nvram() throws IOException {
        DeviceFileSystems fileSystems =
                DeviceFileSystems.open(TestDevices.isr().fileSystems(), clock, DeviceStorage.inMemory());
        nvram = fileSystems.find("nvram:").orElseThrow();
        keys = new RsaKeys(PrivateConfigFile.on(fileSystems), clock);
    }

    @Test
    void aPromisedKeyIsMadeAtFirstUseAndKeptForTheNextBoot() throws IOException {
        nvram.write(
                PrivateConfigFile.PATH,
                PrivateConfigFile.promised("R1.lab.local", 1024).getBytes());
        keys.load();
        RsaKey promised = keys.current().orElseThrow();
        assertThat(promised.madePair()).isEmpty();

        clock.advance(Duration.ofMinutes(3));
        var pair = promised.pair();
        keys.load(); // a reload

        RsaKey reloaded = keys.current().orElseThrow();
        assertThat(reloaded.label()).isEqualTo("R1.lab.local");
        assertThat(reloaded.madePair())
                .hasValueSatisfying(p -> assertThat(p.getPublic()).isEqualTo(pair.getPublic()));
        assertThat(reloaded.madeAt()).contains(Instant.parse("2026-03-01T10:03:00Z"));
        assertThat(keys.inUseIsSaved()).isTrue();
    }

    @Test
    void aGeneratedKeyOutlivesAReloadOnlyOnceWritten() throws IOException {
        keys.generate("R1.lab.local", 1024);
        assertThat(keys.inUseIsSaved()).isFalse();
        keys.load();
        assertThat(keys.current()).isEmpty();

        RsaKey generated = keys.generate("R1.lab.local", 1024);
        keys.save();
        keys.load();
        assertThat(keys.current().orElseThrow().pair().getPublic())
                .isEqualTo(generated.pair().getPublic());
    }

    @Test
    void writeEraseLeavesTheKeyInUseUntilTheNextBoot() throws IOException {
        keys.generate("R1.lab.local", 1024);
        keys.save();

        keys.eraseSaved();
        assertThat(keys.current()).isPresent();
        keys.load();
        assertThat(keys.current()).isEmpty();
    }

    @Test
    void zeroizeRemovesTheKeyInUseAndTheSavedOne() throws IOException {
        keys.generate("R1.lab.local", 1024);
        keys.save();
        int[] changes = {0};
        keys.onChange(() -> changes[0]++);

        keys.zeroize();

        assertThat(keys.current()).isEmpty();
        assertThat(changes[0]).isEqualTo(1);
        keys.load();
        assertThat(keys.current()).isEmpty();
    }

    @Test
    void aDamagedFileHoldsNoKey() throws IOException {
        nvram.write(PrivateConfigFile.PATH, "rsa-key twelve R1\npublic !!\n".getBytes());

        keys.load();

        assertThat(keys.current()).isEmpty();
    }
}
