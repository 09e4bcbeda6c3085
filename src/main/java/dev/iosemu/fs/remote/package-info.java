/**
 * Network file systems (tftp:, ftp:, one {@link dev.iosemu.fs.remote.RemoteFile} each) presented to the copy engine over the net clients: remote files,
 * read as sources or written as sinks, that stream straight into or out of the engine's channels
 * (never buffering a file), refuse a file too large for the destination before its first byte, report
 * progress and protocol traces as {@link dev.iosemu.fs.remote.RemoteTransferEvents}, and the device's
 * own TFTP server.
 */
package dev.iosemu.fs.remote;
