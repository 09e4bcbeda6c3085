package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.copy.CopyDestination;
import dev.iosemu.fs.copy.CopyProgress;
import dev.iosemu.fs.copy.CopyResult;
import dev.iosemu.fs.copy.LocalFileDestination;
import dev.iosemu.fs.copy.RemoteSource;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code copy tftp:|ftp:[//host/path] <local>}: completes the source with the host and file prompts
 * (only for the bare prefix), asks the destination name, warns before overwriting, then prints
 * {@code Accessing}, {@code Loading ... !!!}, {@code [OK - N bytes]} and the measured rate.
 */
final class DownloadCopy {
    private final CopyRun run;
    private final TransferProtocol protocol;

    DownloadCopy(CopyRun run, TransferProtocol protocol) {
        this.run = run;
        this.protocol = protocol;
    }

    void run(IosLocation source, IosLocation.LocalPath destination) throws InvalidLocationException {
        Optional<IosLocation.Url> url = RemoteNames.completeSource(run, source);
        if (url.isEmpty()) {
            return;
        }
        Optional<IosLocation.LocalPath> answer =
                LocalNames.completeDestination(run, destination, url.get().fileName());
        if (answer.isEmpty()) {
            return;
        }
        IosLocation.LocalPath target = answer.get();
        if (!ConfigFiles.isConfig(target) && !run.confirmOverwrite(target)) {
            return;
        }
        run.console().println("Accessing " + url.get().render() + "...");
        transfer(url.get(), target);
    }

    private void transfer(IosLocation.Url url, IosLocation.LocalPath target) {
        Optional<RemoteHost> resolved = run.downloadHost(url, protocol);
        if (resolved.isEmpty()) {
            return;
        }
        RemoteHost host = resolved.get();
        TransferOutput output = new TransferOutput(
                run.console(), run.debug(), protocol, protocol.loadingLine().of(url, host), 1);
        RemoteSource source = run.remoteFile(protocol, url, host, output, "read");
        if (ImageGate.applies(target.fileName()) && !target.flat()) {
            output.hold();
            source = new ImageGate(source, head -> goOn(head, output));
        }
        try {
            CopyDestination destination = LocalEnds.destination(run, target);
            CopyResult result = run.engine().copy(source, destination, CopyProgress.NONE, run.cancel());
            finish(output, result, destination);
            run.verifyIfAsked(target);
        } catch (ImageGate.Aborted aborted) {
            output.abandoned();
        } catch (IOException e) {
            CopyErrorText.Rendered failure =
                    CopyErrorText.render(e, url.render(), CopyErrorText.Direction.DOWNLOAD, output.started());
            output.failed(failure.suffix());
            run.error(failure.line());
        }
    }

    /** IOS's check of an image's first block: a file no executable here is copied only if the user says so. */
    private boolean goOn(byte[] head, TransferOutput output) {
        if (!run.device().executableImage(head)) {
            run.console().println("%Warning: File not a valid executable for this system");
            if (run.console().confirm("Abort Copy? [confirm]")) {
                return false;
            }
        }
        output.release();
        return true;
    }

    private void finish(TransferOutput output, CopyResult result, CopyDestination destination) {
        output.completed(result.bytes());
        run.console().println(protocol.okLine().apply(result.bytes()));
        if (destination instanceof LocalFileDestination) {
            run.console().println("");
        }
        run.printCopied(result);
    }
}
