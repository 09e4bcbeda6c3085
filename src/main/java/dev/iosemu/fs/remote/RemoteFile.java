package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.RemoteSink;
import dev.iosemu.fs.copy.RemoteSource;

/**
 * A file on a TFTP or FTP server, which a copy may read ({@link RemoteSource}) or write
 * ({@link RemoteSink}).
 */
public sealed interface RemoteFile extends RemoteSource, RemoteSink permits TftpFile, FtpFile {}
