package dev.iosemu.cli.commands.copy;

import dev.iosemu.device.Router;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.copy.CopyEngine;
import dev.iosemu.fs.copy.InboundWrite;
import dev.iosemu.fs.copy.LocalFileDestination;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.net.ssh.scp.ScpFiles;
import dev.iosemu.net.ssh.scp.ScpHeader;
import dev.iosemu.net.ssh.scp.ScpIncoming;
import dev.iosemu.net.ssh.scp.ScpOutgoing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * The device's files as its SCP server offers them: a path is parsed as IOS parses a file name ({@code
 * flash:/x.bin}, {@code flash:x.bin}, {@code bootflash:}, {@code nvram:startup-config}), literally; a file
 * system or folder takes the name of the client's {@code C} line. A received file goes through the copy
 * engine's {@link CopyEngine#receive} staging: its size is checked before the first byte and nothing is
 * visible until the commit. {@code running-config} is sent as its text; receiving into it is not offered.
 * Refusals are worded as {@code copy} words them ({@code %Error opening flash:/x (No such file or
 * directory)}).
 */
final class DeviceScpFiles implements ScpFiles {
    private final Router router;
    private final CopyEngine engine;

    DeviceScpFiles(Router router, CopyEngine engine) {
        this.router = router;
        this.engine = engine;
    }

    @Override
    public ScpIncoming create(String path, ScpHeader header) throws IOException {
        IosLocation.LocalPath target = local(path);
        LocalFileSystem fs = router.fileSystems().resolve(target);
        if (target.isRoot() || fs.isDirectory(target.path())) {
            target = target.resolve(header.name());
        }
        String shown = target.renderTyped();
        if (ConfigFiles.isRunning(target)) {
            throw refusal(CopyErrorText.Verb.OPENING, shown, FsErrors.NOT_SUPPORTED);
        }
        InboundWrite write;
        try {
            write = engine.receive(new LocalFileDestination(fs, target.path()), OptionalLong.of(header.size()));
        } catch (IOException e) {
            throw new IOException(
                    CopyErrorText.render(e, shown, CopyErrorText.Direction.UPLOAD, false)
                            .line(),
                    e);
        }
        return new Incoming(write, shown);
    }

    @Override
    public ScpOutgoing open(String path) throws IOException {
        IosLocation.LocalPath source = local(path);
        String shown = source.renderTyped();
        if (ConfigFiles.isRunning(source)) {
            byte[] text = new RouterCopyDevice(router, dev.iosemu.device.ConfigReplayer.NONE)
                    .runningConfig()
                    .getBytes(StandardCharsets.UTF_8);
            return new ScpOutgoing(
                    ScpHeader.of(text.length, "running-config"), Channels.newChannel(new ByteArrayInputStream(text)));
        }
        LocalFileSystem fs = router.fileSystems().resolve(source);
        if (!fs.exists(source.path()) || fs.isDirectory(source.path())) {
            throw refusal(CopyErrorText.Verb.OPENING, shown, FsErrors.NO_SUCH_FILE);
        }
        return new ScpOutgoing(
                ScpHeader.of(fs.size(source.path()), source.fileName()),
                Channels.newChannel(fs.openRead(source.path())));
    }

    private IosLocation.LocalPath local(String path) throws IOException {
        try {
            if (router.fileSystems().parser().parse(path) instanceof IosLocation.LocalPath local) {
                return local;
            }
            throw refusal(CopyErrorText.Verb.OPENING, path, FsErrors.NOT_SUPPORTED);
        } catch (InvalidLocationException e) {
            throw new IOException(CopyErrorText.INVALID_FILENAME, e);
        }
    }

    private static IOException refusal(CopyErrorText.Verb verb, String location, String reason) {
        return new IOException(CopyErrorText.line(verb, location, reason));
    }

    /** A received file in the copy engine's staging. */
    private record Incoming(InboundWrite write, String shown) implements ScpIncoming {
        @Override
        public WritableByteChannel channel() {
            return write.channel();
        }

        @Override
        public void commit() throws IOException {
            try {
                write.commit();
            } catch (IOException e) {
                throw new IOException(
                        CopyErrorText.render(e, shown, CopyErrorText.Direction.UPLOAD, true)
                                .line(),
                        e);
            }
        }

        @Override
        public void close() {
            write.close();
        }
    }
}
