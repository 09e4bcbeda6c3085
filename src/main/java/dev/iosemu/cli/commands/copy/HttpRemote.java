package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.UrlScheme;
import dev.iosemu.fs.remote.HttpFile;
import dev.iosemu.fs.remote.RemoteFile;
import dev.iosemu.fs.remote.RemoteTransferEvents;
import dev.iosemu.net.http.HttpFileClient;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Opens a file on an HTTP(S) server: the credentials of the URL, else {@code ip http client username} and
 * {@code password}, else none; the request goes to the socket standing for the host (the lab's server for
 * the lab address), with the URL's path.
 */
final class HttpRemote {
    private HttpRemote() {}

    static RemoteFile open(IosLocation.Url url, RemoteHost host, RemoteContext context, RemoteTransferEvents events) {
        return new HttpFile(
                uri(url, host),
                login(url, context.settings()),
                context.timeouts().connect(),
                events);
    }

    static URI uri(IosLocation.Url url, RemoteHost host) {
        String path = url.path().startsWith("/") ? url.path() : "/" + url.path();
        try {
            return new URI(
                    url.scheme() == UrlScheme.HTTPS ? "https" : "http",
                    null,
                    host.socket().getAddress().getHostAddress(),
                    host.socket().getPort(),
                    path,
                    null,
                    null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + url.path(), e);
        }
    }

    static Optional<HttpFileClient.Login> login(IosLocation.Url url, CopySettings settings) {
        if (url.userInfo().isPresent()) {
            IosLocation.UserInfo info = url.userInfo().get();
            return Optional.of(
                    new HttpFileClient.Login(info.username(), info.password().orElse("")));
        }
        return settings.http()
                .username()
                .map(user -> new HttpFileClient.Login(
                        user, settings.http().password().orElse("")));
    }
}
