package dev.iosemu.net.tftp.transfer;

import java.util.OptionalLong;

/**
 * The outcome of option negotiation (RFC 2347).
 *
 * @param settings what the transfer will use
 * @param transferSize the size announced with tsize (RFC 2349), if any
 */
public record Negotiated(TransferSettings settings, OptionalLong transferSize) {}
