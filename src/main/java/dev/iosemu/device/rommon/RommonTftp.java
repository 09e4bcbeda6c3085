package dev.iosemu.device.rommon;

import dev.iosemu.lab.Ipv4Address;
import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The hook ROMMON's {@code tftpdnld} uses to fetch a file by TFTP; the app implements it with the TFTP
 * client and the lab address map, so the device stays free of the network code.
 */
public interface RommonTftp {
    /**
     * Downloads {@code request.file()} into {@code destination} (left open), reporting the bytes received so far.
     *
     * @throws TftpDownloadException when the transfer fails (its message is printed after {@code ERROR: })
     * @throws IOException when {@code destination} fails
     */
    void download(Request request, WritableByteChannel destination, LongConsumer progress) throws IOException;

    /** A hook for a device with no network: every download fails the way a dead link does. */
    static RommonTftp unavailable() {
        return (request, destination, progress) -> {
            throw new TftpDownloadException(new TftpDownloadException.Failure.ArpTimeout(request.server()));
        };
    }

    /**
     * The monitor variables a download uses.
     *
     * @param address IP_ADDRESS
     * @param mask IP_SUBNET_MASK
     * @param gateway DEFAULT_GATEWAY
     * @param server TFTP_SERVER
     * @param file TFTP_FILE
     */
    record Request(Ipv4Address address, Ipv4Address mask, Ipv4Address gateway, Ipv4Address server, String file) {
        public Request {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(mask, "mask");
            Objects.requireNonNull(gateway, "gateway");
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(file, "file");
        }
    }
}
