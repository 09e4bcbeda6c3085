package dev.iosemu.device.rommon;

import dev.iosemu.device.BootEnvironment;
import dev.iosemu.device.BootMedia;
import dev.iosemu.device.ConsoleSink;
import dev.iosemu.device.LineInput;
import dev.iosemu.lab.Ipv4Address;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ROMMON {@code tftpdnld}: prints the monitor variables, asks for confirmation, downloads through the
 * {@link RommonTftp} hook into a staging file and only then replaces everything on flash with it, so a
 * failed transfer leaves flash as it was.
 */
final class TftpDownloadCommand {
    private static final long BYTES_PER_MARK = 256 * 1024;
    private static final List<String> REQUIRED =
            List.of("IP_ADDRESS", "IP_SUBNET_MASK", "DEFAULT_GATEWAY", "TFTP_SERVER", "TFTP_FILE");

    private final BootEnvironment environment;
    private final BootMedia media;
    private final RommonTftp tftp;
    private final String macAddress;
    private final String bootDevice;

    TftpDownloadCommand(
            BootEnvironment environment, BootMedia media, RommonTftp tftp, String macAddress, String bootDevice) {
        this.environment = environment;
        this.media = media;
        this.tftp = tftp;
        this.macAddress = macAddress;
        this.bootDevice = bootDevice;
    }

    void run(CommandLine line, LineInput input, ConsoleSink console) {
        Optional<RommonTftp.Request> request = request();
        if (request.isEmpty() || !line.arguments().isEmpty()) {
            usage(console);
            return;
        }
        variables(request.get(), console);
        console.line("Invoke this command for disaster recovery only.");
        console.line("WARNING: all existing data in all partitions on flash will be lost!");
        String answer = input.readLine("Do you wish to continue? y/n:  [n]:  ")
                .orElse("n")
                .strip();
        if (!answer.toLowerCase(Locale.ROOT).startsWith("y")) {
            return;
        }
        download(request.get(), console);
    }

    private Optional<RommonTftp.Request> request() {
        List<Optional<Ipv4Address>> addresses = new ArrayList<>();
        for (String name : REQUIRED.subList(0, 4)) {
            addresses.add(environment.get(name).flatMap(Ipv4Address::tryParse));
        }
        Optional<String> file =
                environment.get("TFTP_FILE").filter(f -> fileName(f).isPresent());
        if (file.isEmpty() || addresses.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new RommonTftp.Request(
                addresses.get(0).get(),
                addresses.get(1).get(),
                addresses.get(2).get(),
                addresses.get(3).get(),
                file.get()));
    }

    private void variables(RommonTftp.Request request, ConsoleSink console) {
        show(console, "IP_ADDRESS", request.address());
        show(console, "IP_SUBNET_MASK", request.mask());
        show(console, "DEFAULT_GATEWAY", request.gateway());
        show(console, "TFTP_SERVER", request.server());
        show(console, "TFTP_FILE", request.file());
        show(console, "TFTP_MACADDR", macAddress);
        show(console, "TFTP_DESTINATION", bootDevice);
        show(console, "GE_PORT", "Ge0/0");
        show(console, "TFTP_MEDIA_TYPE", "Copper");
        show(console, "TFTP_VERBOSE", "Progress");
        show(console, "TFTP_RETRY_COUNT", environment.get("TFTP_RETRY_COUNT").orElse("20"));
        show(console, "TFTP_TIMEOUT", environment.get("TFTP_TIMEOUT").orElse("7200"));
        show(console, "TFTP_CHECKSUM", "Yes");
        show(console, "GE_SPEED_MODE", "Auto Detect");
    }

    private static void show(ConsoleSink console, String name, Object value) {
        console.line(String.format(Locale.ROOT, "%18s: %s", name, value));
    }

    private void download(RommonTftp.Request request, ConsoleSink console) {
        String fileName = fileName(request.file()).orElseThrow();
        try (BootMedia.Replacement replacement = media.replaceAll(bootDevice, fileName)) {
            console.text("Receiving " + request.file() + " from " + request.server() + " ");
            tftp.download(request, replacement.channel(), new RommonProgress(console, BYTES_PER_MARK));
            console.line("");
            console.line("File reception completed.");
            replacement.commit();
            completed(fileName, console);
        } catch (IOException e) {
            console.line("");
            console.line("ERROR: " + e.getMessage());
        }
    }

    /**
     * The name the download gets in flash: the last part of {@code file}; none when that part is empty,
     * {@code .} or {@code ..}, or when the name holds a control character (a NUL cannot travel in TFTP).
     */
    static Optional<String> fileName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (name.isBlank()
                || name.equals(".")
                || name.equals("..")
                || file.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private void completed(String fileName, ConsoleSink console) {
        long total = media.space(bootDevice).map(BootMedia.Space::total).orElse(0L);
        console.line("IOS Image Load Test ");
        console.line("___________________ ");
        console.line("Digitally Signed Release Software ");
        console.line("Validating checksum.");
        console.line("Copying file " + fileName + " to " + bootDevice + ".");
        console.line(Rommon.LOAD_LINE);
        console.line("Format: All system sectors written. OK...");
        console.line("Format: Total sectors in formatted partition: " + total / 512);
        console.line("Format: Total bytes in formatted partition: %llu");
        console.line("Format: Operation completed successfully.");
        console.line(Rommon.LOAD_LINE);
    }

    private static void usage(ConsoleSink console) {
        List.of(
                        "usage: tftpdnld [-ur]",
                        "  Use this command for disaster recovery only to recover an image via TFTP.",
                        "  Monitor variables are used to set up parameters for the transfer.",
                        "  (Syntax: \"VARIABLE_NAME=value\" and use \"set\" to show current variables.)",
                        "  \"ctrl-c\" or \"break\" stops the transfer before flash erase begins.",
                        "",
                        "  The following variables are REQUIRED to be set for tftpdnld:",
                        "            IP_ADDRESS: The IP address for this unit",
                        "        IP_SUBNET_MASK: The subnet mask for this unit",
                        "       DEFAULT_GATEWAY: The default gateway for this unit",
                        "           TFTP_SERVER: The IP address of the server to fetch from",
                        "             TFTP_FILE: The filename to fetch",
                        "",
                        "  The following variables are OPTIONAL:",
                        "          TFTP_VERBOSE: Print setting. 0=quiet, 1=progress(default), 2=verbose",
                        "      TFTP_RETRY_COUNT: Retry count for ARP and TFTP (default=7)",
                        "          TFTP_TIMEOUT: Overall timeout of operation in seconds (default=7200)",
                        "         TFTP_CHECKSUM: Perform checksum test on image, 0=no, 1=yes (default=1)",
                        "  Command line options:",
                        "   -r: do not write flash, load to DRAM only and launch image",
                        "   -u: upgrade the rommon, system will reboot once upgrade is complete")
                .forEach(console::line);
    }
}
