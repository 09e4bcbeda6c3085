package dev.iosemu.fs.copy;

/** Where a copy reads from: a local file, text in memory, or a remote file. */
public sealed interface CopySource permits LocalFileSource, TextSource, RemoteSource {}
