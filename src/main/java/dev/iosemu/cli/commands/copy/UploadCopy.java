package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.UrlScheme;
import dev.iosemu.fs.copy.CopyProgress;
import dev.iosemu.fs.copy.CopyResult;
import dev.iosemu.fs.copy.CopySource;
import dev.iosemu.fs.copy.RemoteSink;
import dev.iosemu.lab.LabService;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code copy <local> tftp:|ftp:[//host/path]}: asks the source name for a bare file system, then host
 * and destination name (URL values as defaults), then prints {@code !!} and the measured rate. Uploads
 * print no {@code Accessing}/{@code Loading} lines, as on real IOS.
 */
final class UploadCopy {
    private final CopyRun run;

    UploadCopy(CopyRun run) {
        this.run = run;
    }

    void run(IosLocation.LocalPath source, IosLocation destination) throws InvalidLocationException {
        Optional<IosLocation.LocalPath> path = LocalNames.completeSource(run, source);
        if (path.isEmpty()) {
            return;
        }
        CopySource copySource;
        try {
            copySource = LocalEnds.source(run, path.get());
        } catch (IOException e) {
            run.error(CopyErrorText.render(e, path.get().renderTyped(), CopyErrorText.Direction.UPLOAD, false)
                    .line());
            return;
        }
        RemoteNames.completeDestination(run, destination, LocalNames.uploadName(run, path.get()))
                .ifPresent(url -> transfer(copySource, url));
    }

    private void transfer(CopySource source, IosLocation.Url url) {
        boolean tftp = url.scheme() == UrlScheme.TFTP;
        TransferOutput output = new TransferOutput(run.console(), run.debug(), "", marks(tftp), tftp);
        try {
            RemoteHost host = new HostResolver(run.device())
                    .resolve(url.host(), tftp ? LabService.TFTP : LabService.FTP, url.port(), run.console());
            output.event("TFTP: write request for " + url.path() + " to " + host.address() + " from "
                    + new HostResolver(run.device())
                            .sourceAddress(host, run.settings().tftpSourceInterface()));
            RemoteSink sink =
                    new RemoteEnds(run.settings(), run.timeouts(), run.device().hostname()).file(url, host, output);
            CopyResult result = run.engine()
                    .copy(source, sink, CopyProgress.NONE, run.console().cancelToken());
            output.completed();
            output.event("TFTP: Transfer complete, " + result.bytes() + " bytes");
            run.printCopied(result);
        } catch (IOException e) {
            CopyErrorText.Rendered failure =
                    CopyErrorText.render(e, url.render(), CopyErrorText.Direction.UPLOAD, output.started());
            output.failed(failure.suffix());
            run.error(failure.line());
        }
    }

    private static ProgressMarks marks(boolean tftp) {
        return new ProgressMarks(tftp ? ProgressMarks.TFTP_BYTES_PER_MARK : ProgressMarks.FTP_BYTES_PER_MARK, 2);
    }
}
