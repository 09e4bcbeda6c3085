/**
 * XMODEM over a console's raw bytes: the receiver a boot loader runs for {@code copy xmodem:} and the sender a
 * terminal program plays (XMODEM with CRC-16 and 1024-byte blocks, falling back to the 128-byte checksum form),
 * over any {@link dev.iosemu.net.xmodem.XmodemLink}: a terminal in raw mode, or an in-memory
 * {@link dev.iosemu.net.xmodem.XmodemPipe}. No device and no terminal library here.
 */
package dev.iosemu.net.xmodem;
