package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.commands.debug.DebugFlag;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.remote.RemoteFile;
import dev.iosemu.fs.remote.RemoteTransferEvents;
import dev.iosemu.fs.remote.TraceKind;
import dev.iosemu.lab.LabService;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * Everything a network copy does differently per URL scheme, as one value; {@link TransferProtocols}
 * holds one per supported scheme. The copy forms ask it instead of testing the scheme.
 *
 * @param traceName the prefix of the event lines ({@code TFTP} in {@code TFTP: Transfer complete, 40 bytes})
 * @param service what a host of this scheme is looked up as in the lab address map (with its standard port)
 * @param bytesPerMark the bytes one {@code !} stands for
 * @param markedFrom the bytes a download needs for its one guaranteed {@code !} (FTP: a 4-byte file shows none)
 * @param okLine the line that ends a download: {@code [OK - 40 bytes]}
 * @param loadingLine what a download prints when data starts, without line end
 * @param sourceInterface the {@code ip ... source-interface} setting whose address the request event names
 * @param debugFlags the debug switch that shows each kind of trace line; a kind not listed is never shown
 * @param opener the remote file one URL names
 */
record TransferProtocol(
        String traceName,
        LabService service,
        long bytesPerMark,
        long markedFrom,
        LongFunction<String> okLine,
        LoadingLine loadingLine,
        Function<CopySettings, Optional<String>> sourceInterface,
        Map<TraceKind, DebugFlag> debugFlags,
        Opener opener) {
    TransferProtocol {
        Objects.requireNonNull(traceName, "traceName");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(okLine, "okLine");
        Objects.requireNonNull(loadingLine, "loadingLine");
        Objects.requireNonNull(sourceInterface, "sourceInterface");
        debugFlags = Map.copyOf(debugFlags);
        Objects.requireNonNull(opener, "opener");
        if (bytesPerMark < 1) {
            throw new IllegalArgumentException("bytesPerMark must be positive: " + bytesPerMark);
        }
    }

    /** The {@code Loading ...} line of a download from {@code host}. */
    @FunctionalInterface
    interface LoadingLine {
        String of(IosLocation.Url url, RemoteHost host);
    }

    /** Builds the remote file of one URL from the device's settings. */
    @FunctionalInterface
    interface Opener {
        RemoteFile open(IosLocation.Url url, RemoteHost host, RemoteContext context, RemoteTransferEvents events);
    }

    /** The file {@code url} names on {@code host}, reporting to {@code events}. */
    RemoteFile open(IosLocation.Url url, RemoteHost host, RemoteContext context, RemoteTransferEvents events) {
        return opener.open(url, host, context, events);
    }

    /** The debug switch that shows trace lines of {@code kind}, if any does. */
    Optional<DebugFlag> flag(TraceKind kind) {
        return Optional.ofNullable(debugFlags.get(kind));
    }
}
