package dev.iosemu.lab;

/**
 * The packets and bytes an interface has received and sent in the model.
 *
 * @param packetsIn frames received
 * @param bytesIn bytes received
 * @param packetsOut frames sent
 * @param bytesOut bytes sent
 */
public record PortCounters(long packetsIn, long bytesIn, long packetsOut, long bytesOut) {}
