package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.IosLocation;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Completes a network location with the host and file prompts IOS asks. Downloads ask only for what
 * a bare prefix leaves out; uploads always re-ask host and destination name, offering the URL's
 * values as defaults (as real IOS does). An empty answer with no default fails with
 * {@code %Error parsing filename (Invalid argument)} (modelled; no real transcript seen).
 */
final class RemoteNames {
    static final String HOST_QUESTION = "Address or name of remote host";

    private RemoteNames() {}

    static Optional<IosLocation.Url> completeSource(CopyRun run, IosLocation source) {
        return switch (source) {
            case IosLocation.Url url
            when !url.path().isEmpty() -> {
                run.defaults().remember(hostAnswer(url), Optional.of(url.path()));
                yield Optional.of(url);
            }
            case IosLocation.Url url -> askHostThenFile(run, url);
            case IosLocation.NetworkPrefix prefix -> askHostThenFile(run, prefix);
            case IosLocation.LocalPath local -> throw new IllegalArgumentException("not a network location");
        };
    }

    /** Asks host and destination name of an upload; {@code defaultName} when nothing names the file. */
    static Optional<IosLocation.Url> completeDestination(CopyRun run, IosLocation destination, String defaultName) {
        return switch (destination) {
            case IosLocation.Url url -> {
                String host = run.ask(HOST_QUESTION, url.host());
                String name = run.ask("Destination filename", url.path().isEmpty() ? defaultName : url.path());
                yield build(run, url.withPath(name), host);
            }
            case IosLocation.NetworkPrefix prefix -> {
                String host = run.ask(HOST_QUESTION, run.defaults().host());
                String name = run.ask("Destination filename", prefix.path().isEmpty() ? defaultName : prefix.path());
                yield build(
                        run,
                        withHost(
                                new IosLocation.Url(prefix.scheme(), Optional.empty(), "", OptionalInt.empty(), name),
                                host),
                        host);
            }
            case IosLocation.LocalPath local -> throw new IllegalArgumentException("not a network location");
        };
    }

    /** A URL naming no file ({@code ftp://user:pass@host}): the host is asked again, the URL's as default. */
    private static Optional<IosLocation.Url> askHostThenFile(CopyRun run, IosLocation.Url url) {
        String host = run.ask(HOST_QUESTION, url.host());
        if (host.isEmpty()) {
            return invalid(run);
        }
        return askFile(
                run, withHost(url, host), "Source filename", run.defaults().file());
    }

    private static Optional<IosLocation.Url> askHostThenFile(CopyRun run, IosLocation.NetworkPrefix prefix) {
        String host = run.ask(HOST_QUESTION, run.defaults().host());
        if (host.isEmpty()) {
            return invalid(run);
        }
        String fileDefault = prefix.path().isEmpty() ? run.defaults().file() : prefix.path();
        IosLocation.Url url =
                withHost(new IosLocation.Url(prefix.scheme(), Optional.empty(), "", OptionalInt.empty(), ""), host);
        return askFile(run, url, "Source filename", fileDefault);
    }

    private static Optional<IosLocation.Url> askFile(CopyRun run, IosLocation.Url url, String question, String def) {
        String file = run.ask(question, def);
        if (file.isEmpty()) {
            return invalid(run);
        }
        run.defaults().remember(hostAnswer(url), Optional.of(file));
        return Optional.of(url.withPath(file));
    }

    private static Optional<IosLocation.Url> build(CopyRun run, IosLocation.Url url, String host) {
        if (host.isEmpty() || url.path().isEmpty()) {
            return invalid(run);
        }
        IosLocation.Url complete = withHost(url, host);
        run.defaults().remember(hostAnswer(complete), Optional.empty());
        return Optional.of(complete);
    }

    /** The host as the next prompt offers it again: the address or name, as IOS remembers it, never a port. */
    private static String hostAnswer(IosLocation.Url url) {
        return url.host();
    }

    /**
     * {@code url} with the host answered at the prompt. An answer may name a port for a real server
     * ({@code 127.0.0.1:6969}), the same extension the URL form has; otherwise the URL's port stays.
     */
    static IosLocation.Url withHost(IosLocation.Url url, String answer) {
        int colon = answer.lastIndexOf(':');
        String digits = colon < 0 ? "" : answer.substring(colon + 1);
        if (colon > 0
                && !digits.isEmpty()
                && digits.length() <= 5
                && digits.chars().allMatch(Character::isDigit)) {
            int port = Integer.parseInt(digits);
            if (port >= 1 && port <= 65535) {
                return new IosLocation.Url(
                        url.scheme(), url.userInfo(), answer.substring(0, colon), OptionalInt.of(port), url.path());
            }
        }
        return new IosLocation.Url(url.scheme(), url.userInfo(), answer, url.port(), url.path());
    }

    private static Optional<IosLocation.Url> invalid(CopyRun run) {
        run.error(CopyErrorText.INVALID_FILENAME);
        return Optional.empty();
    }
}
