package dev.iosemu.cli.commands.copy;

/**
 * Decides how many progress marks ({@code !} for network transfers, {@code C} for local copies) a
 * transfer prints. Real IOS prints one {@code !} per 512-byte TFTP block, which makes a single line of
 * 170 000 marks for an 85 MB image; we print one mark per {@code bytesPerMark} bytes instead (64 KiB
 * for TFTP and local copies, 256 KiB for FTP, close to the density of real FTP transcripts) and at
 * least {@code minimum} marks once the transfer ends (one on downloads, two on uploads, as real
 * transcripts of small files show). Confined to the transferring thread.
 */
final class CopyProgressMarks {
    private static final long TFTP_BYTES_PER_MARK = 64 * 1024;
    private static final long FTP_BYTES_PER_MARK = 256 * 1024;
    static final long LOCAL_BYTES_PER_MARK = 64 * 1024;

    private final long bytesPerMark;
    private final int minimum;
    private long bytes;
    private long printed;

    CopyProgressMarks(long bytesPerMark, int minimum) {
        if (bytesPerMark < 1) {
            throw new IllegalArgumentException("bytesPerMark must be positive: " + bytesPerMark);
        }
        this.bytesPerMark = bytesPerMark;
        this.minimum = minimum;
    }

    /** Marks for a network transfer, at the density of its protocol. */
    static CopyProgressMarks network(boolean tftp, int minimum) {
        return new CopyProgressMarks(tftp ? TFTP_BYTES_PER_MARK : FTP_BYTES_PER_MARK, minimum);
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
        int fresh = (int) Math.max(0, minimum - printed);
        printed += fresh;
        return fresh;
    }
}
