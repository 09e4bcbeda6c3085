/**
 * The TFTP wire format: sealed packet records and a pure codec over {@link java.nio.ByteBuffer}, shared by
 * client and server; no sockets, no state. Internal to {@code dev.iosemu.net.tftp}: public only so the
 * sibling transfer and transport packages can use it.
 */
package dev.iosemu.net.tftp.wire;
