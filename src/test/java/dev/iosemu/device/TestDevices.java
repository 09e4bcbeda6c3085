package dev.iosemu.device;

import dev.iosemu.cli.commands.show.ConfigText;
import dev.iosemu.cli.commands.show.ShowVersion;
import dev.iosemu.fs.local.FileSystemType;
import dev.iosemu.fs.local.LocalFileSystemSpec;
import dev.iosemu.image.ImageFamily;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.profile.ImageLayout;
import dev.iosemu.profile.LoaderKind;
import dev.iosemu.profile.Role;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Small device setups for tests: a 1941-like router and a 2960-like switch with tiny images. */
public final class TestDevices {
    public static final String OLD_ISR_IMAGE = "c1900-universalk9-mz.SPA.154-3.M3.bin";
    public static final String NEW_ISR_IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";
    public static final String SWITCH_IMAGE = "c2960x-universalk9-mz.152-7.E8.bin";

    private TestDevices() {}

    /** {@code show version} of {@code router} as the CLI prints it; empty unless IOS runs. */
    public static List<String> showVersion(Router router) {
        return DeviceFacts.versionInfo(router)
                .map(info -> ShowVersion.render(info, router.clock().getZone()))
                .orElse(List.of());
    }

    /** {@code show startup-config} of {@code router} as the CLI prints it. */
    public static List<String> showStartupConfig(Router router) throws java.io.IOException {
        return ConfigText.showStartup(router);
    }

    public static DeviceIdentity isrIdentity() {
        return new DeviceIdentity(
                new Platform(
                        LoaderKind.ROMMON,
                        ImageFamily.CLASSIC_IOS,
                        Role.ROUTER,
                        ImageLayout.MONOLITHIC,
                        "flash0:",
                        OptionalInt.of(0x2102)),
                "c1900",
                "CISCO1941/K9",
                "d8:b1:90:63:85:60",
                "System Bootstrap, Version 15.0(1r)M16, RELEASE SOFTWARE (fc1)",
                List.of(
                        "Technical Support: http://www.cisco.com/techsupport",
                        "Copyright (c) 2012 by cisco Systems, Inc.",
                        "",
                        "CISCO1941/K9 platform with 524288 Kbytes of main memory"),
                List.of("ROM: System Bootstrap, Version 15.0(1r)M16, RELEASE SOFTWARE (fc1)"),
                "Cisco CISCO1941/K9 (revision 1.0) with 487424K/36864K bytes of memory.",
                "FJC2052L0PM",
                List.of("2 Gigabit Ethernet interfaces", "1 terminal line"),
                List.of());
    }

    public static DeviceIdentity switchIdentity() {
        return new DeviceIdentity(
                new Platform(
                        LoaderKind.SWITCH,
                        ImageFamily.CLASSIC_IOS,
                        Role.SWITCH,
                        ImageLayout.MONOLITHIC,
                        "flash:",
                        OptionalInt.empty()),
                "c2960x",
                "WS-C2960X-24TS-L",
                "bc:f1:f2:59:06:00",
                "C2960X Boot Loader (C2960X-HBOOT-M) Version 15.2(3r)E1, RELEASE SOFTWARE (fc1)",
                List.of("Base ethernet MAC Address: bc:f1:f2:59:06:00", "Xmodem file system is available."),
                List.of("ROM: Bootstrap program is C2960X boot loader"),
                "cisco WS-C2960X-24TS-L (APM86XXX) processor (revision D0) with 524288K bytes of memory.",
                "FOC1234X0AB",
                List.of("Last reset from power-on", "1 Virtual Ethernet interface"),
                List.of());
    }

    public static ImageSpec image(String platform, String version) {
        return ImageSpec.of(platform, version, "universalk9", 4096);
    }

    /** A 1941 with the given files on flash and an optional startup-config. */
    public static DeviceSetup isr(List<InitialFile> files, Optional<String> startupConfig, int register) {
        return new DeviceSetup(
                isrIdentity(),
                "Router",
                List.of(
                        new LocalFileSystemSpec(
                                "flash0:",
                                List.of("flash:"),
                                FileSystemType.DISK,
                                64L << 20,
                                dev.iosemu.fs.local.AccessMode.READ_WRITE,
                                true,
                                true),
                        LocalFileSystemSpec.of("nvram:", FileSystemType.NVRAM, 262136)),
                List.of("GigabitEthernet0/0", "GigabitEthernet0/1"),
                files,
                startupConfig,
                register);
    }

    /** A 1941 with the 15.4 image on flash and no startup-config. */
    public static DeviceSetup isr() {
        return isr(
                List.of(new InitialFile.Image("flash0:" + OLD_ISR_IMAGE, image("c1900", "15.4(3)M3"))),
                Optional.empty(),
                0x2102);
    }

    /** A 2960-X with its image on flash. */
    public static DeviceSetup catalyst(List<InitialFile> files) {
        return new DeviceSetup(
                switchIdentity(),
                "Switch",
                List.of(
                        LocalFileSystemSpec.of("flash:", FileSystemType.FLASH, 64L << 20)
                                .asDefault()
                                .asBootable(),
                        LocalFileSystemSpec.of("nvram:", FileSystemType.NVRAM, 65536)),
                List.of("GigabitEthernet1/0/1", "GigabitEthernet1/0/2", "Vlan1"),
                files,
                Optional.empty(),
                0xF);
    }

    public static DeviceSetup catalyst() {
        return catalyst(List.of(new InitialFile.Image("flash:" + SWITCH_IMAGE, image("c2960x", "15.2(7)E8"))));
    }
}
