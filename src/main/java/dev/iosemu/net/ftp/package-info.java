/**
 * FTP: the device's client ({@link dev.iosemu.net.ftp.FtpClient}, a streaming facade over Apache Commons
 * Net with typed {@link dev.iosemu.net.ftp.FtpException} failures and a trace listener for
 * {@code debug ip ftp}) and the lab server ({@link dev.iosemu.net.ftp.FtpServer}, Apache MINA FtpServer on a
 * {@link java.nio.file.Path} tree such as jimfs, each login confined to its home, uploads landing
 * atomically).
 */
package dev.iosemu.net.ftp;
