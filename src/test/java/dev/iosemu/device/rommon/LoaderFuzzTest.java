package dev.iosemu.device.rommon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.BootMedia;
import dev.iosemu.device.RecordingConsole;
import dev.iosemu.device.Router;
import dev.iosemu.device.TestClock;
import dev.iosemu.device.TestDevices;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.testing.Fuzz;
import dev.iosemu.testing.Gen;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property over the boot loaders ({@code rommon N >} and {@code switch:}): any sequence of lines made from
 * their commands, cut, mutated or replaced by noise (NUL and control characters included) is read to its
 * end or to a boot or reset; no exception escapes, so the console never leaves the loader by accident.
 */
class LoaderFuzzTest {
    private static final List<String> ROMMON = List.of(
            "boot",
            "boot flash:x.bin",
            "confreg 0x2142",
            "confreg",
            "dir flash:",
            "set",
            "unset TFTP_FILE",
            "IP_ADDRESS=192.168.1.84",
            "IP_SUBNET_MASK=255.255.255.0",
            "DEFAULT_GATEWAY=192.168.1.254",
            "TFTP_SERVER=192.168.1.10",
            "TFTP_FILE=/",
            "TFTP_FILE=dir/new.bin",
            "tftpdnld",
            "tftpdnld -r",
            "y",
            "n",
            "help",
            "reset");
    private static final List<String> SWITCH = List.of(
            "boot",
            "boot flash:x.bin",
            "dir flash:",
            "flash_init",
            "set",
            "set BOOT flash:/x.bin",
            "unset BOOT",
            "delete flash:x.bin",
            "delete flash:..",
            "rename flash:a flash:b",
            "y",
            "help",
            "reset");

    @Test
    void rommonReadsAnyInputToItsEnd() {
        Fuzz.check("rommon", 300, random -> {
            Router router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
            Rommon rommon = new Rommon(
                    router.bootEnvironment(),
                    BootMedia.over(router.fileSystems()),
                    (request, destination, progress) -> destination.write(java.nio.ByteBuffer.wrap(new byte[10])),
                    "d8:b1:90:63:85:60",
                    "flash0:");
            RecordingConsole console = new RecordingConsole(lines(random, ROMMON));

            RommonExit exit = rommon.run(console, console);

            assertThat(exit).isNotNull();
            assertThat(console.output()).doesNotContain("Exception");
        });
    }

    @Test
    void switchLoaderReadsAnyInputToItsEnd() {
        Fuzz.check("switch loader", 300, random -> {
            Router router = Router.create(TestDevices.catalyst(), new TestClock(), LabAddressMap.empty());
            SwitchLoader loader = new SwitchLoader(
                    router.bootEnvironment(), BootMedia.over(router.fileSystems()), random.nextBoolean());
            RecordingConsole console = new RecordingConsole(lines(random, SWITCH));

            RommonExit exit = loader.run(console, console);

            assertThat(exit).isNotNull();
            assertThat(console.output()).doesNotContain("Exception");
        });
    }

    private static String[] lines(Random random, List<String> corpus) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            lines.add(random.nextInt(6) == 0 ? Gen.noise(random, random.nextInt(20)) : Gen.line(random, corpus));
        }
        return lines.toArray(String[]::new);
    }
}
