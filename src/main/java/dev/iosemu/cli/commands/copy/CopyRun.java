package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.commands.debug.DebugHub;
import dev.iosemu.cli.commands.file.FileAction;
import dev.iosemu.cli.commands.file.FileErrorText;
import dev.iosemu.cli.commands.file.ImageVerification;
import dev.iosemu.cli.commands.file.LocalTarget;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.copy.CancelToken;
import dev.iosemu.fs.copy.CopyEngine;
import dev.iosemu.fs.copy.CopyResult;
import dev.iosemu.fs.remote.RemoteFile;
import dev.iosemu.fs.remote.SshIdentity;
import java.io.IOException;
import java.util.Optional;

/**
 * Everything one {@code copy} needs while it runs: the device, the session's console and remembered
 * defaults, the engine, debug switches and timeouts, with the sub-prompts all copy forms share and
 * the remote end both network forms open. Confined to the session's thread.
 *
 * @param cancel never cancelled: Ctrl-C reaches a copy as an interrupt of the session's command thread,
 *     which the copy engine and both clients honour
 * @param verify {@code copy /verify} or {@code file verify auto}: check a copied image's signature as
 *     {@code verify FILE} does
 */
record CopyRun(
        CopyDevice device,
        CopyConsole console,
        SessionDefaults defaults,
        CopyEngine engine,
        DebugHub debug,
        CopyTimeouts timeouts,
        CopySettings settings,
        CancelToken cancel,
        boolean verify) {

    /** Asks {@code question [default]? }; an empty answer takes the default. */
    String ask(String question, String defaultValue) {
        String answer = console.ask(question + " [" + defaultValue + "]? ").strip();
        return answer.isEmpty() ? defaultValue : answer;
    }

    /** Parses a destination name typed at a prompt, relative to the directory of {@code where}. */
    IosLocation parseAnswer(String answer, IosLocation.LocalPath where) throws InvalidLocationException {
        IosLocation.LocalPath directory = where.isRoot() ? where : where.parent();
        return device.fileSystems().parser().parse(answer, directory);
    }

    /**
     * After a copy to {@code destination} succeeded: when {@link #verify}, checks the file as
     * {@code verify FILE} does (the configurations are not images, so they are left alone). A failed check
     * leaves the file where it is, for the user to judge; Ctrl-C stops the check, not the copy.
     */
    void verifyIfAsked(IosLocation.LocalPath destination) {
        if (!verify || ConfigFiles.isConfig(destination)) {
            return;
        }
        String shown = destination.renderTyped();
        LocalTarget target = new LocalTarget(device.fileSystems().resolve(destination), destination);
        try {
            new ImageVerification(console::print, Thread.currentThread()::isInterrupted).verify(target, shown);
        } catch (IOException e) {
            console.println("");
            error(FileErrorText.of(FileAction.VERIFYING, shown, e));
        } catch (InterruptedException e) {
            Thread.interrupted(); // Ctrl-C ended the check only: the copy is complete
            console.println("");
        }
    }

    /** Prints {@code N bytes copied in S secs (R bytes/sec)}. */
    void printCopied(CopyResult result) {
        console.println(result.bytes() + " bytes copied in " + result.secondsText() + " secs ("
                + result.bytesPerSecond() + " bytes/sec)");
    }

    /**
     * Asks before replacing an existing file unless {@code file prompt quiet}; true to go on. Callers
     * skip it for the configurations, which IOS replaces or merges without asking.
     */
    boolean confirmOverwrite(IosLocation.LocalPath destination) {
        if (settings.quietFilePrompt()
                || !device.fileSystems().resolve(destination).exists(destination.path())) {
            return true;
        }
        console.println("%Warning:There is a file already existing with this name ");
        return console.confirm("Do you want to over write? [confirm]");
    }

    /** Resolves the host of {@code url} for the lab service of its {@code protocol}. */
    RemoteHost resolve(IosLocation.Url url, TransferProtocol protocol) throws IOException {
        return new HostResolver(device).resolve(url.host(), protocol.service(), url.port(), console);
    }

    /** The host a download of {@code url} reads from; empty after printing why it cannot be reached. */
    Optional<RemoteHost> downloadHost(IosLocation.Url url, TransferProtocol protocol) {
        try {
            return Optional.of(resolve(url, protocol));
        } catch (IOException e) {
            error(CopyErrorText.render(e, url.render(), CopyErrorText.Direction.DOWNLOAD, false)
                    .line());
            return Optional.empty();
        }
    }

    /**
     * The file {@code url} names on {@code host}, reporting to {@code output}; first notes the
     * {@code request} ({@code read} or {@code write}) for the protocol's event debugging.
     */
    RemoteFile remoteFile(
            TransferProtocol protocol, IosLocation.Url url, RemoteHost host, TransferOutput output, String request) {
        output.event(request + " request for " + url.path() + " to " + host.address() + " from "
                + new HostResolver(device)
                        .sourceAddress(host, protocol.sourceInterface().apply(settings)));
        return protocol.open(
                url,
                host,
                new RemoteContext(
                        settings,
                        timeouts,
                        device.hostname(),
                        device.reachability().datagrams(),
                        new SshIdentity(device::sshClientKey, () -> console.askSecret("Password: "))),
                output);
    }

    /**
     * Prints an error line. A Ctrl-C that stopped the copy has been handled by now, so the thread's
     * interrupt status is cleared first: the line must still reach the terminal.
     */
    void error(String line) {
        Thread.interrupted();
        console.println(line);
    }
}
