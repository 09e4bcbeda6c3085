/**
 * The {@code copy} command in every form (network downloads and uploads, configuration saves and merges,
 * local copies) with IOS prompts, progress and error text, plus the device's TFTP-server name table and
 * ROMMON's {@code tftpdnld} hook. {@link dev.iosemu.cli.commands.copy.CopyCommands} registers it; the
 * logic runs over small console and device ports ({@code CopyConsole}, {@code CopyDevice}) so tests can
 * drive it directly.
 *
 * <p>How {@code copy tftp://h/f flash:} flows through the types:
 *
 * <pre>
 * CopyCommand          parses both locations (fs.IosLocationParser) into a CopyRun for this copy
 * TransferProtocols    of(UrlScheme.TFTP): the TFTP TransferProtocol (no entry: Operation not supported)
 * DownloadCopy         completes names (RemoteNames, LocalNames), asks before overwriting, Accessing ...
 * CopyRun.resolve      HostResolver: name, address, route (lab.Egress), lab-map socket of protocol.service()
 * TransferOutput       the console's RemoteTransferEvents: Loading line, ! marks, trace lines by TraceKind
 * CopyRun.remoteFile   request event, then protocol.open (TftpRemote) gives an fs.remote.TftpFile
 * fs.copy.CopyEngine   copy(TftpFile, LocalFileDestination): the file pulls with net.tftp.TftpClient;
 *                      tsize reaches LocalStaging.reserve before the first block; fs.local.Staging commits
 * DownloadCopy         [OK - N bytes] (protocol.okLine), N bytes copied in S secs; else CopyErrorText
 * </pre>
 *
 * <p>A new scheme (SCP, HTTP) is a {@code RemoteFile} in {@code fs.remote}, an opener like
 * {@code TftpRemote}, and its entry in {@code TransferProtocols} (with the debug switches its trace kinds
 * show under); nothing else here tests the scheme. A server of the device that receives files goes through
 * {@link dev.iosemu.fs.copy.CopyEngine#receive}, the same staging.
 */
package dev.iosemu.cli.commands.copy;
