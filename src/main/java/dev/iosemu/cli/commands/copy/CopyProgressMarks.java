package dev.iosemu.cli.commands.copy;

/**
 * Decides how many progress marks ({@code !} for network transfers, {@code C} for local copies) a
 * transfer prints: one per {@code bytesPerMark} bytes (each {@link TransferProtocol} names its density;
 * 64 KiB for local copies) and at least {@code minimum} marks once the transfer ends (one on downloads,
 * two on uploads, as real transcripts of small files show), unless fewer than {@code minimumFrom} bytes came:
 * an FTP download of 4 bytes printed no mark on a real router, one of 1030 bytes one. Confined to the
 * transferring thread.
 */
final class CopyProgressMarks {
    static final long LOCAL_BYTES_PER_MARK = 64 * 1024;

    private final long bytesPerMark;
    private final int minimum;
    private final long minimumFrom;
    private long bytes;
    private long printed;

    CopyProgressMarks(long bytesPerMark, int minimum) {
        this(bytesPerMark, minimum, 0);
    }

    CopyProgressMarks(long bytesPerMark, int minimum, long minimumFrom) {
        if (bytesPerMark < 1) {
            throw new IllegalArgumentException("bytesPerMark must be positive: " + bytesPerMark);
        }
        this.bytesPerMark = bytesPerMark;
        this.minimum = minimum;
        this.minimumFrom = minimumFrom;
    }

    /** Counts {@code more} bytes; returns how many new marks to print now. */
    int advance(long more) {
        bytes += more;
        long due = bytes / bytesPerMark;
        int fresh = (int) (due - printed);
        printed = due;
        return fresh;
    }

    /** The marks still owed when the transfer completed, to reach the minimum. */
    int finish() {
        if (bytes < minimumFrom) {
            return 0;
        }
        int fresh = (int) Math.max(0, minimum - printed);
        printed += fresh;
        return fresh;
    }
}
