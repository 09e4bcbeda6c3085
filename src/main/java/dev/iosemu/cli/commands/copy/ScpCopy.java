package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.UrlScheme;
import dev.iosemu.fs.copy.CopyDestination;
import dev.iosemu.fs.copy.CopyProgress;
import dev.iosemu.fs.copy.CopyResult;
import dev.iosemu.fs.copy.CopySource;
import dev.iosemu.fs.copy.RemoteSink;
import dev.iosemu.fs.copy.RemoteSource;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code copy scp: <local>} and {@code copy <local> scp:} with IOS's SCP dialogue: host, user name and
 * remote file are always asked (what the URL named is the default), then the local name and the overwrite
 * warning. {@code Password:} comes once connected, and only if the server refused the device's RSA key
 * (and the URL carries none), as IOS's client offers its key first. A download prints the server's
 * {@code  Sending file modes: C0644 N name} line, an upload {@code Writing name} and its own
 * {@code  Sink:} line; both then print {@code !} marks and the rate, never {@code Accessing}, {@code
 * Loading} or {@code [OK]}.
 */
final class ScpCopy {
    private final CopyRun run;
    private final TransferProtocol protocol;

    ScpCopy(CopyRun run, TransferProtocol protocol) {
        this.run = run;
        this.protocol = protocol;
    }

    void download(IosLocation source, IosLocation.LocalPath destination) throws InvalidLocationException {
        Remote remote = Remote.of(source);
        String host = run.ask(
                RemoteNames.HOST_QUESTION, remote.host().orElse(run.defaults().host()));
        String user = run.ask("Source username", remote.user(run));
        String file =
                run.ask("Source filename", remote.path().orElse(run.defaults().file()));
        if (host.isEmpty() || file.isEmpty()) {
            run.error(CopyErrorText.INVALID_FILENAME);
            return;
        }
        run.defaults().remember(host, Optional.of(file));
        Optional<IosLocation.LocalPath> answer =
                LocalNames.completeDestination(run, destination, file.substring(file.lastIndexOf('/') + 1));
        if (answer.isEmpty()) {
            return;
        }
        IosLocation.LocalPath target = answer.get();
        if (!ConfigFiles.isConfig(target) && !run.confirmOverwrite(target)) {
            return;
        }
        IosLocation.Url url = remote.url(host, user, file);
        fetch(url, target);
    }

    void upload(IosLocation.LocalPath source, IosLocation destination) throws InvalidLocationException {
        Optional<IosLocation.LocalPath> path = LocalNames.completeSource(run, source);
        if (path.isEmpty()) {
            return;
        }
        Remote remote = Remote.of(destination);
        String host = run.ask(
                RemoteNames.HOST_QUESTION, remote.host().orElse(run.defaults().host()));
        String user = run.ask("Destination username", remote.user(run));
        String name = run.ask("Destination filename", remote.path().orElse(LocalNames.uploadName(run, path.get())));
        if (host.isEmpty() || name.isEmpty()) {
            run.error(CopyErrorText.INVALID_FILENAME);
            return;
        }
        run.defaults().remember(host, Optional.empty());
        CopySource copySource;
        try {
            copySource = LocalEnds.source(run, path.get());
        } catch (IOException e) {
            run.error(CopyErrorText.render(e, path.get().renderTyped(), CopyErrorText.Direction.UPLOAD, false)
                    .line());
            return;
        }
        run.console().println("Writing " + name);
        send(copySource, remote.url(host, user, name));
    }

    private void fetch(IosLocation.Url url, IosLocation.LocalPath target) {
        TransferOutput output =
                new TransferOutput(run.console(), run.debug(), protocol, "", 1).describedAs(" Sending file modes: ");
        try {
            RemoteHost host = run.resolve(url, protocol);
            RemoteSource source = run.remoteFile(protocol, url, host, output, "read");
            CopyDestination destination = LocalEnds.destination(run, target);
            CopyResult result = run.engine().copy(source, destination, CopyProgress.NONE, run.cancel());
            output.completed(result.bytes());
            run.printCopied(result);
            run.verifyIfAsked(target);
        } catch (IOException e) {
            fail(output, url, e, CopyErrorText.Direction.DOWNLOAD);
        }
    }

    private void send(CopySource source, IosLocation.Url url) {
        TransferOutput output = new TransferOutput(run.console(), run.debug(), protocol, "", 1).describedAs(" Sink: ");
        try {
            RemoteHost host = run.resolve(url, protocol);
            RemoteSink sink = run.remoteFile(protocol, url, host, output, "write");
            CopyResult result = run.engine().copy(source, sink, CopyProgress.NONE, run.cancel());
            output.completed(result.bytes());
            run.printCopied(result);
        } catch (IOException e) {
            fail(output, url, e, CopyErrorText.Direction.UPLOAD);
        }
    }

    private void fail(TransferOutput output, IosLocation.Url url, IOException e, CopyErrorText.Direction direction) {
        CopyErrorText.Rendered failure = CopyErrorText.render(e, url.render(), direction, output.started());
        output.failed(failure.suffix());
        run.error(failure.line());
    }

    /** What the command line named of the remote end: a URL's parts, or a prefix's file name. */
    private record Remote(
            Optional<String> host, Optional<IosLocation.UserInfo> login, OptionalInt port, Optional<String> path) {
        static Remote of(IosLocation location) {
            return switch (location) {
                case IosLocation.Url url ->
                    new Remote(
                            Optional.of(url.host()).filter(h -> !h.isEmpty()),
                            url.userInfo(),
                            url.port(),
                            Optional.of(url.path()).filter(p -> !p.isEmpty()));
                case IosLocation.NetworkPrefix prefix ->
                    new Remote(
                            hostOf(prefix.path()),
                            Optional.empty(),
                            OptionalInt.empty(),
                            Optional.of(prefix.path()).filter(p -> !p.isEmpty()));
                case IosLocation.LocalPath local -> throw new IllegalArgumentException("not a network location");
            };
        }

        /**
         * The host of rcp's {@code scp:HOST/FILE} form, which IOS offers as the remote host's default (the file's
         * default stays {@code HOST/FILE}, as typed).
         */
        private static Optional<String> hostOf(String path) {
            int slash = path.indexOf('/');
            return slash > 0 ? Optional.of(path.substring(0, slash)) : Optional.empty();
        }

        /** The default user name: the URL's, else the one logged in on this line. */
        String user(CopyRun run) {
            return login.map(IosLocation.UserInfo::username)
                    .or(() -> run.console().user())
                    .orElse("");
        }

        /**
         * The URL of the transfer, the answers given, and the URL's password if it carried one; a {@code
         * host:port} answer names a port.
         */
        IosLocation.Url url(String hostAnswer, String user, String path) {
            Optional<String> password = login.flatMap(IosLocation.UserInfo::password);
            IosLocation.Url bare = new IosLocation.Url(
                    UrlScheme.SCP, Optional.of(new IosLocation.UserInfo(user, password)), "", port, path);
            return RemoteNames.withHost(bare, hostAnswer);
        }
    }
}
