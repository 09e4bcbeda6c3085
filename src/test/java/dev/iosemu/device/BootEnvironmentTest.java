package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootEnvironmentTest {
    @Test
    void pendingRegisterBecomesCurrentOnlyWhenApplied() {
        BootEnvironment environment = new BootEnvironment(0x2102);

        environment.setNextConfigRegister(0x2142);

        assertThat(environment.configRegister()).isEqualTo(0x2102);
        assertThat(environment.applyPendingRegister()).isEqualTo(0x2142);
        assertThat(environment.configRegister()).isEqualTo(0x2142);
        assertThatThrownBy(() -> environment.setNextConfigRegister(0x10000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bootPathIsASemicolonList() {
        BootEnvironment environment = new BootEnvironment(0xF);

        environment.setBootPath(List.of("flash:/a.bin", "flash:/b.bin"));

        assertThat(environment.get(BootEnvironment.BOOT)).contains("flash:/a.bin;flash:/b.bin");
        assertThat(environment.bootPath()).containsExactly("flash:/a.bin", "flash:/b.bin");
        environment.setBootPath(List.of());
        assertThat(environment.get(BootEnvironment.BOOT)).isEmpty();
    }

    @Test
    void snapshotRestoresVariablesAndRegisters() {
        BootEnvironment environment = new BootEnvironment(0x2102);
        environment.set("IP_ADDRESS", "10.0.0.1");
        environment.setNextConfigRegister(0x0);
        BootEnvironment.Snapshot saved = environment.snapshot();
        BootEnvironment other = new BootEnvironment(0x2102);

        other.restore(saved);

        assertThat(other.get("IP_ADDRESS")).contains("10.0.0.1");
        assertThat(other.nextConfigRegister()).isZero();
        assertThat(other.snapshot()).isEqualTo(saved);
    }

    @Test
    void listenersHearEachChangeOnceAndNothingWhenNothingChanged() {
        BootEnvironment environment = new BootEnvironment(0x2102);
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        environment.onChange(heard::incrementAndGet);

        environment.addBootPath("flash:a.bin");
        environment.addBootPath("flash:a.bin");
        environment.setNextConfigRegister(0x2142);
        environment.setNextConfigRegister(0x2142);
        environment.applyPendingRegister();
        environment.applyPendingRegister();
        environment.unset("MISSING");

        assertThat(heard).hasValue(3);
    }

    @Test
    void theLoaderEnvironmentFileRoundTripsVariablesAndRegisters() {
        BootEnvironment environment = new BootEnvironment(0x2102);
        environment.set("BOOT", "flash:a.bin;flash:b.bin");
        environment.set("TFTP_FILE", "x=y.bin");
        environment.setNextConfigRegister(0x2142);

        String text = LoaderEnvironmentFile.encode(environment.snapshot());
        BootEnvironment.Snapshot read = LoaderEnvironmentFile.decode(text, new BootEnvironment(0xF).snapshot());

        assertThat(read).isEqualTo(environment.snapshot());
        assertThat(LoaderEnvironmentFile.decode("confreg 0xzz\nvar =x\n", read).configRegister())
                .isEqualTo(0x2102);
    }
}
