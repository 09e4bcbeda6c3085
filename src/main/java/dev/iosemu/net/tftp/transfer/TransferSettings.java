package dev.iosemu.net.tftp.transfer;

import dev.iosemu.net.tftp.TftpOptions;

/**
 * The settled parameters of one transfer.
 *
 * @param blockSize payload bytes per DATA packet (RFC 2348)
 * @param windowSize DATA packets per acknowledgement (RFC 7440)
 * @param timeoutNanos retransmission timeout
 * @param retries retransmissions of one packet before giving up
 */
public record TransferSettings(int blockSize, int windowSize, long timeoutNanos, int retries) {
    public TransferSettings {
        if (blockSize < TftpOptions.MIN_BLOCK_SIZE || blockSize > TftpOptions.MAX_BLOCK_SIZE) {
            throw new IllegalArgumentException("blockSize must be 8..65464: " + blockSize);
        }
        if (windowSize < 1 || windowSize > TftpOptions.MAX_WINDOW_SIZE) {
            throw new IllegalArgumentException("windowSize must be 1..65535: " + windowSize);
        }
        if (timeoutNanos <= 0 || retries < 0) {
            throw new IllegalArgumentException(
                    "timeout and retries must be positive: " + timeoutNanos + ", " + retries);
        }
    }

    /** Plain RFC 1350: 512-byte blocks, lock-step. */
    public static TransferSettings classic(long timeoutNanos, int retries) {
        return new TransferSettings(TftpOptions.DEFAULT_BLOCK_SIZE, 1, timeoutNanos, retries);
    }

    public TransferSettings withBlockSize(int size) {
        return new TransferSettings(size, windowSize, timeoutNanos, retries);
    }

    public TransferSettings withWindowSize(int size) {
        return new TransferSettings(blockSize, size, timeoutNanos, retries);
    }
}
