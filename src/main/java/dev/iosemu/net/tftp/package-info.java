/**
 * TFTP (RFC 1350, 2347, 2348, 2349, 7440): the public facade of client and server ({@link
 * dev.iosemu.net.tftp.TftpClient}, {@link dev.iosemu.net.tftp.TftpServer}), their options, listener, typed
 * errors and file stores. The layers behind it live in {@code wire} (codec), {@code transfer} (pure state
 * machines) and {@code transport} (ports of any {@link dev.iosemu.net.datagram.DatagramNetwork}, UDP by
 * default); only this package, and the error codes and modes of {@code codes}, are meant for other packages
 * ({@code LayerRulesTest} holds to it).
 */
package dev.iosemu.net.tftp;
