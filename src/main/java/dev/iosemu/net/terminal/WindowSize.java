package dev.iosemu.net.terminal;

/**
 * A terminal's size in character cells, as the remote client reports it.
 *
 * @param columns characters per line, at least 1
 * @param rows lines on the screen, at least 1
 */
public record WindowSize(int columns, int rows) {
    /** What a client that never says gets: the VT100's 80 by 24. */
    public static final WindowSize DEFAULT = new WindowSize(80, 24);

    public WindowSize {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("window size must be positive: " + columns + "x" + rows);
        }
    }

    /**
     * The size a client reports, where 0 (or a value out of range) means "not known" and keeps that
     * dimension of {@link #DEFAULT}, as RFC 1073 and RFC 4254 allow.
     */
    public static WindowSize reported(long columns, long rows) {
        return new WindowSize(known(columns, DEFAULT.columns), known(rows, DEFAULT.rows));
    }

    private static int known(long value, int fallback) {
        return value >= 1 && value <= 0xFFFF ? (int) value : fallback;
    }
}
