/**
 * The TFTP vocabulary shared by the facade and the wire format: error codes (RFC 1350 section 5, RFC 2347)
 * and transfer modes. It depends on nothing else in {@code net.tftp}, so the wire format can use it without
 * reaching back into the facade; other packages may use it alongside the facade.
 */
package dev.iosemu.net.tftp.codes;
