package dev.iosemu.fs.copy;

/** Where a copy writes to: a local file (committed atomically), a text sink, or a remote file. */
public sealed interface CopyDestination permits LocalFileDestination, TextSink, RemoteSink {}
