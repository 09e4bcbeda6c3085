package dev.iosemu.profile;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * An immutable, validated description of a device model: identity strings for show version and the boot
 * banner, file systems, interfaces, initial flash contents, startup-config, factory RSA key and lab network.
 *
 * @param name profile name ({@code c1941})
 * @param family the older preset of traits ({@code isr_g2}, {@code catalyst}, {@code ios_xe}); may be null
 * @param loader the boot loader ({@code rommon}, {@code switch}); older profiles call it {@code bootLoaderPrompt}
 * @param train the software train ({@code classic_ios}, {@code ios_xe})
 * @param role {@code router} or {@code switch}
 * @param imageLayout {@code monolithic}, {@code bundle} or {@code install}
 * @param hostname initial hostname ({@code Router}, {@code Switch})
 * @param model product id ({@code CISCO1941/K9})
 * @param platform the image platform this device boots ({@code c1900})
 * @param processorBoardId serial number ({@code Processor board ID ...})
 * @param macBase first MAC address, {@code aa:bb:cc:dd:ee:ff}; interfaces count up from it
 * @param processor show-version processor line up to "with" ({@code Cisco CISCO1941/K9 (revision 1.0)})
 * @param memory show-version memory figure ({@code 491520K/32768K})
 * @param nvramKb NVRAM size in KiB as the boot banner reports it
 * @param configRegister {@code 0x2102}; null on devices without one (2960: show version prints 0xF)
 * @param hardwareLines show-version lines after {@code Processor board ID}, verbatim
 * @param licenseLines show-version licence block printed before the config register line (may be empty)
 * @param interfaces ranges already expanded, one entry per interface
 * @param startupConfig initial startup-config, plain IOS text replayed through the CLI at boot
 * @param rsaKey an RSA key pair from the factory, so SSH works at once; null: none (SSH off until one is made)
 * @param hardwareCalendar false on models whose clock restarts at Mar 1 1993 at every boot (2960); null: true
 * @param inventory the parts {@code show inventory} lists; empty means the chassis alone
 * @param licenses the licences {@code show license} lists (may be empty)
 * @param startInLoader true to power on into the boot loader (boot field 0 of the register, or the 2960's
 *     {@code MANUAL_BOOT=yes}), for a device a student must bring up by hand
 */
public record DeviceProfile(
        String name,
        DeviceFamily family,
        @JsonAlias("bootLoaderPrompt") LoaderKind loader,
        SoftwareTrain train,
        Role role,
        ImageLayout imageLayout,
        String hostname,
        String model,
        String platform,
        String processorBoardId,
        String macBase,
        String processor,
        String memory,
        Integer nvramKb,
        RommonSpec rommon,
        String configRegister,
        List<String> hardwareLines,
        List<String> licenseLines,
        List<FileSystemSpec> fileSystems,
        List<InterfaceSpec> interfaces,
        List<FlashFile> initialFlash,
        String startupConfig,
        RsaKeySpec rsaKey,
        LabSection lab,
        Boolean hardwareCalendar,
        List<InventoryItem> inventory,
        List<LicenseFeature> licenses,
        Boolean startInLoader) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,62}");
    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9_]{1,40}");
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Pattern MEMORY = Pattern.compile("\\d+K(/\\d+K)?");
    private static final Pattern CONFIG_REGISTER = Pattern.compile("0x[0-9A-Fa-f]{1,4}");

    /** Validates every field and the rules between them; expands interface ranges. */
    public DeviceProfile {
        Fields.matching("name", name, NAME, "lower-case letters, digits, '-' or '_'");
        PlatformTraits traits = PlatformTraits.resolve(family, loader, train, role, imageLayout);
        loader = traits.loader();
        train = traits.train();
        role = traits.role();
        imageLayout = traits.imageLayout();
        Fields.matching("hostname", hostname, HOSTNAME, "a hostname (letter first, then letters, digits, '-')");
        Fields.text("model", model);
        Fields.matching("platform", platform, PLATFORM, "an image platform like c1900");
        Fields.text("processorBoardId", processorBoardId);
        Fields.matching("macBase", macBase, MAC, "a MAC address like d8:b1:90:63:85:60");
        Fields.text("processor", processor);
        Fields.matching("memory", memory, MEMORY, "like 491520K/32768K or 524288K");
        Fields.positive("nvramKb", nvramKb == null ? null : nvramKb.longValue());
        Fields.required("rommon", rommon);
        if (configRegister != null) {
            Fields.matching("configRegister", configRegister, CONFIG_REGISTER, "hexadecimal like 0x2102");
        }
        hardwareLines = Fields.nonEmpty("hardwareLines", hardwareLines);
        licenseLines = Fields.list("licenseLines", licenseLines);
        fileSystems = Fields.nonEmpty("fileSystems", fileSystems);
        FileSystemRules.check(fileSystems);
        interfaces = expandInterfaces(Fields.nonEmpty("interfaces", interfaces));
        initialFlash = Fields.list("initialFlash", initialFlash);
        FileSystemRules.checkFlash(initialFlash, fileSystems);
        startupConfig = startupConfig == null ? "" : startupConfig;
        Fields.required("lab", lab);
        inventory = Fields.list("inventory", inventory);
        licenses = Fields.list("licenses", licenses);
    }

    /** Whether the device powers on into its boot loader. */
    public boolean startsInLoader() {
        return startInLoader != null && startInLoader;
    }

    /** The device's traits, resolved from the family preset and the trait keys. */
    public PlatformTraits traits() {
        return new PlatformTraits(loader, train, role, imageLayout);
    }

    /** Whether the clock survives power-off and reload (a battery-backed calendar); true unless the profile says not. */
    public boolean hasHardwareCalendar() {
        return hardwareCalendar == null || hardwareCalendar;
    }

    /** The processor line of show version: processor, memory and "bytes of memory." */
    public String processorLine() {
        return processor + " with " + memory + " bytes of memory.";
    }

    /** The file system marked default (there is exactly one). */
    public FileSystemSpec defaultFileSystem() {
        return fileSystems.stream()
                .filter(FileSystemSpec::isDefault)
                .findFirst()
                .orElseThrow();
    }

    /** The file system a prefix or alias names ({@code flash:} finds {@code flash0:} on a 1941). */
    public Optional<FileSystemSpec> fileSystem(String prefix) {
        return fileSystems.stream()
                .filter(fs -> fs.allPrefixes().contains(prefix))
                .findFirst();
    }

    /** The config register as a number, empty on devices without one. */
    public OptionalInt configRegisterValue() {
        return configRegister == null
                ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(configRegister.substring(2), 16));
    }

    /** The MAC address {@code offset} above the base, in Cisco's dotted form ({@code d8b1.9063.8561}). */
    public String macAddress(int offset) {
        long mac = HexFormat.fromHexDigitsToLong(macBase.replace(":", "")) + offset;
        String hex = HexFormat.of().toHexDigits(mac).substring(4);
        return hex.substring(0, 4) + "." + hex.substring(4, 8) + "." + hex.substring(8);
    }

    private static List<InterfaceSpec> expandInterfaces(List<InterfaceSpec> entries) {
        List<InterfaceSpec> all = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (InterfaceSpec one : entries.get(i).expand("interfaces[" + i + "]")) {
                if (all.contains(one)) {
                    throw new InvalidFieldException("interfaces[" + i + "].name", "duplicate interface " + one.name());
                }
                all.add(one);
            }
        }
        return List.copyOf(all);
    }
}
