package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.device.ConfigReplayer;
import dev.iosemu.device.Router;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.UrlScheme;
import dev.iosemu.fs.copy.BufferSink;
import dev.iosemu.fs.copy.CancelToken;
import dev.iosemu.fs.copy.CopyEngine;
import dev.iosemu.fs.copy.CopyProgress;
import dev.iosemu.fs.copy.CopyResult;
import dev.iosemu.fs.copy.RemoteSource;
import dev.iosemu.net.Ticker;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * Fetches a network file whole into memory through the same protocol table, lab network, {@code Loading}
 * line, marks and error text as {@code copy}, for commands that take a file from the network and use it at
 * once ({@code archive download-sw}, {@code archive tar /xtract}). Thread-safe: each fetch runs on its
 * session's thread.
 */
public final class UrlFetch {
    private final CopyDevice device;
    private final CopyEngine engine;
    private final DebugHub debug;
    private final CopyTimeouts timeouts;

    private UrlFetch(CopyDevice device, CopyEngine engine, DebugHub debug, CopyTimeouts timeouts) {
        this.device = device;
        this.engine = engine;
        this.debug = debug;
        this.timeouts = timeouts;
    }

    /** Fetches for {@code router} with its debug switches, the timeouts of copies and {@code ticker} for rates. */
    public static UrlFetch of(Router router, DebugHub debug, CopyTimeouts timeouts, Ticker ticker) {
        return new UrlFetch(new RouterCopyDevice(router, ConfigReplayer.NONE), new CopyEngine(ticker), debug, timeouts);
    }

    /** The network schemes a fetch reaches, as {@code copy} does ({@code tftp:}, {@code ftp:}, {@code scp:}, ...). */
    public static List<UrlScheme> schemes() {
        return TransferProtocols.supported();
    }

    /** Whether {@code text} names a network file this device can fetch (a URL of a scheme with a protocol). */
    public boolean isNetwork(String text) {
        try {
            return device.fileSystems().parser().parse(text) instanceof IosLocation.Url url
                    && TransferProtocols.of(url.scheme()).isPresent();
        } catch (InvalidLocationException e) {
            return false;
        }
    }

    /**
     * Fetches {@code text} (a full URL), printing {@code Loading ...}, the marks and {@code [OK - N bytes]}; on a
     * failure prints the IOS error line and returns empty.
     */
    public Optional<ByteBuffer> fetch(CommandContext ctx, String text) {
        CopyRun run = new CopyRun(
                device,
                new CopyConsoleAdapter(ctx),
                new SessionDefaults(),
                engine,
                debug,
                timeouts,
                device.copySettings(),
                new CancelToken(),
                false);
        IosLocation.Url url;
        try {
            if (!(device.fileSystems().parser().parse(text) instanceof IosLocation.Url parsed)) {
                run.error(CopyErrorText.INVALID_FILENAME);
                return Optional.empty();
            }
            url = parsed;
        } catch (InvalidLocationException e) {
            run.error(CopyErrorText.INVALID_FILENAME);
            return Optional.empty();
        }
        Optional<TransferProtocol> protocol = TransferProtocols.of(url.scheme());
        if (protocol.isEmpty()) {
            run.error(
                    CopyErrorText.line(CopyErrorText.Verb.OPENING, url.render(), dev.iosemu.fs.FsErrors.NOT_SUPPORTED));
            return Optional.empty();
        }
        return transfer(run, url, protocol.get());
    }

    private Optional<ByteBuffer> transfer(CopyRun run, IosLocation.Url url, TransferProtocol protocol) {
        Optional<RemoteHost> resolved = run.downloadHost(url, protocol);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        RemoteHost host = resolved.get();
        TransferOutput output = new TransferOutput(
                run.console(), run.debug(), protocol, protocol.loadingLine().of(url, host), 1);
        RemoteSource source = run.remoteFile(protocol, url, host, output, "read");
        ByteBuffer[] received = new ByteBuffer[1];
        BufferSink sink = (bytes, length) ->
                received[0] = ByteBuffer.wrap(bytes, 0, length).slice();
        try {
            CopyResult result = engine.copy(source, sink, CopyProgress.NONE, run.cancel());
            output.completed(result.bytes());
            run.console().println(protocol.okLine().apply(result.bytes()));
            return Optional.of(received[0]);
        } catch (IOException e) {
            CopyErrorText.Rendered failure =
                    CopyErrorText.render(e, url.render(), CopyErrorText.Direction.DOWNLOAD, output.started());
            output.failed(failure.suffix());
            run.error(failure.line());
            return Optional.empty();
        }
    }
}
