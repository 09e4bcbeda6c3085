package dev.iosemu.fs.copy;

/** Where a copy writes to: a local file (committed atomically), a text sink, a memory buffer, or a remote file. */
public sealed interface CopyDestination permits LocalFileDestination, TextSink, BufferSink, RemoteSink {}
