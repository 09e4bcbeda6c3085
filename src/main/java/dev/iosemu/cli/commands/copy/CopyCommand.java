package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.copy.CancelToken;
import dev.iosemu.fs.copy.CopyEngine;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code copy SOURCE DESTINATION} for one device: parses both locations and hands them to the
 * download, upload or local form. Thread-safe as far as it goes: each call runs on the calling
 * session's thread with that session's console and defaults; device state is read through
 * {@link CopyDevice}.
 */
final class CopyCommand {
    private final CopyDevice device;
    private final CopyEngine engine;
    private final DebugHub debug;
    private final CopyTimeouts timeouts;

    CopyCommand(CopyDevice device, CopyEngine engine, DebugHub debug, CopyTimeouts timeouts) {
        this.device = Objects.requireNonNull(device, "device");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.debug = Objects.requireNonNull(debug, "debug");
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    }

    /**
     * Runs one copy.
     *
     * @param check {@code /verify}, {@code /noverify} or neither ({@code file verify auto} decides)
     */
    void execute(
            CopyConsole console,
            SessionDefaults defaults,
            String sourceText,
            String destinationText,
            SignatureCheck check) {
        CopySettings settings = device.copySettings();
        CopyRun run = new CopyRun(
                device,
                console,
                defaults,
                engine,
                debug,
                timeouts,
                settings,
                new CancelToken(),
                check.wanted(settings.verifyAuto()));
        try {
            IosLocation source = device.fileSystems().parser().parse(sourceText);
            IosLocation destination = device.fileSystems().parser().parse(destinationText);
            dispatch(run, source, destination);
        } catch (InvalidLocationException e) {
            run.error(CopyErrorText.INVALID_FILENAME);
        }
    }

    private static void dispatch(CopyRun run, IosLocation source, IosLocation destination)
            throws InvalidLocationException {
        switch (source) {
            case IosLocation.LocalPath local
            when destination instanceof IosLocation.LocalPath target -> new LocalCopy(run).run(local, target);
            case IosLocation.LocalPath local -> upload(run, local, destination);
            default -> download(run, source, destination);
        }
    }

    private static void upload(CopyRun run, IosLocation.LocalPath source, IosLocation destination)
            throws InvalidLocationException {
        Optional<TransferProtocol> protocol = protocol(destination);
        if (protocol.isEmpty()) {
            notSupported(run, destination);
            return;
        }
        if (protocol.get() == TransferProtocols.SCP) {
            new ScpCopy(run, protocol.get()).upload(source, destination);
        } else {
            new UploadCopy(run, protocol.get()).run(source, destination);
        }
    }

    /** A network source; a source the device has no client for is named first, then a network destination. */
    private static void download(CopyRun run, IosLocation source, IosLocation destination)
            throws InvalidLocationException {
        Optional<TransferProtocol> protocol = protocol(source);
        if (protocol.isEmpty()) {
            notSupported(run, source);
        } else if (destination instanceof IosLocation.LocalPath target && protocol.get() == TransferProtocols.SCP) {
            new ScpCopy(run, protocol.get()).download(source, target);
        } else if (destination instanceof IosLocation.LocalPath target) {
            new DownloadCopy(run, protocol.get()).run(source, target);
        } else {
            notSupported(run, destination);
        }
    }

    /** The protocol of a network location; empty for a scheme the device has no client for. */
    private static Optional<TransferProtocol> protocol(IosLocation location) {
        return switch (location) {
            case IosLocation.Url url -> TransferProtocols.of(url.scheme());
            case IosLocation.NetworkPrefix prefix -> TransferProtocols.of(prefix.scheme());
            case IosLocation.LocalPath local -> Optional.empty();
        };
    }

    private static void notSupported(CopyRun run, IosLocation location) {
        run.error(CopyErrorText.line(CopyErrorText.Verb.OPENING, location.render(), FsErrors.NOT_SUPPORTED));
    }
}
