package dev.iosemu.device;

import dev.iosemu.profile.InventoryItem;
import dev.iosemu.profile.LicenseFeature;
import java.util.List;
import java.util.Objects;

/**
 * The fixed facts of one device that the boot console and {@code show version} print, taken from its
 * profile.
 *
 * @param platform the device's traits (loader, train, role, image layout) and their behaviour
 * @param imagePlatform the image platform it boots ({@code c1900})
 * @param model the product id ({@code CISCO1941/K9})
 * @param macAddress the base MAC as loaders print it ({@code d8:b1:90:63:85:60})
 * @param rommonVersion the loader's first line ({@code System Bootstrap, Version 15.0(1r)M16, ...})
 * @param rommonBanner loader lines after the version, before loading
 * @param romShowVersionLines {@code ROM: ...} (and {@code BOOTLDR: ...}) lines of show version
 * @param processorLine {@code Cisco CISCO1941/K9 (revision 1.0) with 491520K/32768K bytes of memory.}
 * @param processorBoardId the serial after {@code Processor board ID}
 * @param hardwareLines show-version lines after the board id, verbatim
 * @param licenseLines the licence block before the register line, verbatim (may be empty)
 * @param inventory the parts {@code show inventory} lists, chassis first
 * @param licenses the licences {@code show license} lists
 */
public record DeviceIdentity(
        Platform platform,
        String imagePlatform,
        String model,
        String macAddress,
        String rommonVersion,
        List<String> rommonBanner,
        List<String> romShowVersionLines,
        String processorLine,
        String processorBoardId,
        List<String> hardwareLines,
        List<String> licenseLines,
        List<InventoryItem> inventory,
        List<LicenseFeature> licenses) {
    public DeviceIdentity {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(imagePlatform, "imagePlatform");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(macAddress, "macAddress");
        Objects.requireNonNull(rommonVersion, "rommonVersion");
        rommonBanner = List.copyOf(rommonBanner);
        romShowVersionLines = List.copyOf(romShowVersionLines);
        Objects.requireNonNull(processorLine, "processorLine");
        Objects.requireNonNull(processorBoardId, "processorBoardId");
        hardwareLines = List.copyOf(hardwareLines);
        licenseLines = List.copyOf(licenseLines);
        inventory = inventory.isEmpty()
                ? List.of(new InventoryItem(model + " chassis", model + " chassis", model, "V01", processorBoardId, ""))
                : List.copyOf(inventory);
        licenses = List.copyOf(licenses);
    }

    /** An identity whose inventory is the chassis alone and which lists no licences. */
    public DeviceIdentity(
            Platform platform,
            String imagePlatform,
            String model,
            String macAddress,
            String rommonVersion,
            List<String> rommonBanner,
            List<String> romShowVersionLines,
            String processorLine,
            String processorBoardId,
            List<String> hardwareLines,
            List<String> licenseLines) {
        this(
                platform,
                imagePlatform,
                model,
                macAddress,
                rommonVersion,
                rommonBanner,
                romShowVersionLines,
                processorLine,
                processorBoardId,
                hardwareLines,
                licenseLines,
                List.of(),
                List.of());
    }

    private static final String RECOVERY_ENABLED = "The password-recovery mechanism is enabled.";

    /**
     * This identity as the loader and IOS show it with the password-recovery mechanism {@code enabled} or not:
     * a Catalyst's banner and hardware lines say which.
     */
    public DeviceIdentity withPasswordRecovery(boolean enabled) {
        if (enabled) {
            return this;
        }
        return new DeviceIdentity(
                platform,
                imagePlatform,
                model,
                macAddress,
                rommonVersion,
                recoveryDisabled(rommonBanner),
                romShowVersionLines,
                processorLine,
                processorBoardId,
                recoveryDisabled(hardwareLines),
                licenseLines,
                inventory,
                licenses);
    }

    private static List<String> recoveryDisabled(List<String> lines) {
        return lines.stream()
                .map(line -> line.equals(RECOVERY_ENABLED) ? "The password-recovery mechanism is disabled." : line)
                .toList();
    }

    /** The hardware block shared by the boot console and show version. */
    public List<String> hardwareBlock() {
        List<String> out = new java.util.ArrayList<>();
        out.add(processorLine);
        out.add("Processor board ID " + processorBoardId);
        out.addAll(hardwareLines);
        return out;
    }
}
