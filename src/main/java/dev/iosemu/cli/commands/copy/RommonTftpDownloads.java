package dev.iosemu.cli.commands.copy;

import dev.iosemu.device.rommon.RommonTftp;
import dev.iosemu.device.rommon.TftpDownloadException;
import dev.iosemu.device.rommon.TftpDownloadException.Failure;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.copy.HeapBudget;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.LabAddressMap;
import dev.iosemu.lab.LabService;
import dev.iosemu.net.tftp.TftpClient;
import dev.iosemu.net.tftp.TftpException;
import dev.iosemu.net.tftp.TftpOptions;
import dev.iosemu.net.tftp.TftpTransferListener;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.LongConsumer;

/**
 * ROMMON's {@code tftpdnld} over the TFTP client: the server must be on the subnet of
 * {@code IP_ADDRESS/IP_SUBNET_MASK} or behind a {@code DEFAULT_GATEWAY} on it (else the ARP for it
 * times out), and the lab address map gives its real socket. Thread-safe: each download runs on the
 * caller's thread.
 */
public final class RommonTftpDownloads implements RommonTftp {
    private final LabAddressMap lab;
    private final TftpOptions options;
    private final TftpClient client;

    /** Downloads through {@code lab} with the retransmission timeout and retries of {@code timeouts}. */
    public RommonTftpDownloads(LabAddressMap lab, CopyTimeouts timeouts) {
        this.lab = Objects.requireNonNull(lab, "lab");
        this.options = TftpOptions.builder()
                .timeout(timeouts.tftpTimeout())
                .retries(timeouts.tftpRetries())
                .build();
        this.client = TftpClient.create(lab.datagrams(), timeouts.clock());
    }

    @Override
    public void download(Request request, WritableByteChannel destination, LongConsumer progress) throws IOException {
        Ipv4Address nextHop =
                request.server().sameNetwork(request.address(), request.mask()) ? request.server() : request.gateway();
        if (!nextHop.sameNetwork(request.address(), request.mask())) {
            throw new TftpDownloadException(new Failure.ArpTimeout(nextHop));
        }
        InetSocketAddress server = lab.socketFor(request.server(), LabService.TFTP, OptionalInt.empty())
                .orElseThrow(() -> new TftpDownloadException(new Failure.TimedOut()));
        // flash lives in the heap: a download that would run it out fails first, and the file is removed
        try (HeapBudget.Reservation heap = HeapBudget.jvm().reservation()) {
            WritableByteChannel checked = heap.checked(destination, () -> new IOException(FsErrors.NOT_ENOUGH_SPACE));
            client.download(server, request.file(), checked, options, counting(progress));
        } catch (TftpException e) {
            throw new TftpDownloadException(failure(e), e);
        }
    }

    private static TftpTransferListener counting(LongConsumer progress) {
        long[] total = {0};
        return new TftpTransferListener() {
            @Override
            public void onBlock(int bytes) {
                total[0] += bytes;
                progress.accept(total[0]);
            }
        };
    }

    /** What went wrong, as ROMMON tells it; a server's error by its code's standard name. */
    private static Failure failure(TftpException e) {
        return switch (e.failure()) {
            case TIMED_OUT_BEFORE_START, TIMED_OUT_MID_TRANSFER -> new Failure.TimedOut();
            case PEER_ERROR -> new Failure.ServerError(e.error().description());
            case CANCELLED -> new Failure.Interrupted();
            case LOCAL_ERROR, PROTOCOL_ERROR -> new Failure.TransferFailed();
        };
    }
}
