package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.copy.CopyProgress;
import dev.iosemu.fs.copy.CopyResult;
import dev.iosemu.fs.copy.CopySource;
import dev.iosemu.fs.copy.RemoteSink;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code copy <local> tftp:|ftp:[//host/path]}: asks the source name for a bare file system, then host
 * and destination name (URL values as defaults), then opens the source (a missing file fails only now, as
 * on IOS) and prints {@code !!} and the measured rate. Uploads
 * print no {@code Accessing}/{@code Loading} lines, as on real IOS.
 */
final class UploadCopy {
    private final CopyRun run;
    private final TransferProtocol protocol;

    UploadCopy(CopyRun run, TransferProtocol protocol) {
        this.run = run;
        this.protocol = protocol;
    }

    void run(IosLocation.LocalPath source, IosLocation destination) throws InvalidLocationException {
        Optional<IosLocation.LocalPath> path = LocalNames.completeSource(run, source);
        if (path.isEmpty()) {
            return;
        }
        RemoteNames.completeDestination(run, destination, LocalNames.uploadName(run, path.get()))
                .ifPresent(url -> openAndTransfer(path.get(), url));
    }

    /** Opens the source only after the host and name questions: IOS asks them even for a missing file. */
    private void openAndTransfer(IosLocation.LocalPath path, IosLocation.Url url) {
        CopySource copySource;
        try {
            copySource = LocalEnds.source(run, path);
        } catch (IOException e) {
            run.error(CopyErrorText.render(e, path.renderTyped(), CopyErrorText.Direction.UPLOAD, false)
                    .line());
            return;
        }
        transfer(copySource, url);
    }

    private void transfer(CopySource source, IosLocation.Url url) {
        TransferOutput output = new TransferOutput(run.console(), run.debug(), protocol, "", 2);
        try {
            RemoteHost host = run.resolve(url, protocol);
            RemoteSink sink = run.remoteFile(protocol, url, host, output, "write");
            CopyResult result = run.engine().copy(source, sink, CopyProgress.NONE, run.cancel());
            output.completed(result.bytes());
            run.printCopied(result);
        } catch (IOException e) {
            CopyErrorText.Rendered failure =
                    CopyErrorText.render(e, url.render(), CopyErrorText.Direction.UPLOAD, output.started());
            output.failed(failure.suffix());
            run.error(failure.line());
        }
    }
}
