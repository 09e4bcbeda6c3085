package dev.iosemu.fs.remote;

import dev.iosemu.fs.copy.RemoteSink;
import dev.iosemu.fs.copy.RemoteSource;

/**
 * A file on a server of some transfer protocol, which a copy may read ({@link RemoteSource}) or write
 * ({@link RemoteSink}). One implementation per protocol ({@link TftpFile}, {@link FtpFile}); nothing
 * switches over them, so a new protocol adds its own without touching the others.
 */
public interface RemoteFile extends RemoteSource, RemoteSink {}
