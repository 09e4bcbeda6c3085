package dev.iosemu.cli;

import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * The work the {@code |} filter's regular expression may do on each line of a command's output, counted in
 * characters the matcher reads. java.util.regex backtracks, so a pattern such as {@code ((.+)+)+X} takes
 * exponential time on an ordinary line; counting the reads bounds the filtering of every line whatever the
 * pattern, and the same count is where Ctrl-C is noticed, so an expensive match can also be interrupted.
 *
 * <p>A line may take {@value #BASE_READS} reads plus {@value #READS_PER_CHARACTER} per character: an
 * ordinary pattern reads each character a few times and even {@code .*x.*} reads a line of n characters
 * about n * n times, well within it up to lines of several hundred characters, while hopeless backtracking
 * uses it up in milliseconds. Used by the session thread only.
 */
final class MatchWork {
    static final long BASE_READS = 1_000_000L;
    static final int READS_PER_CHARACTER = 1_000;
    /** How often, in reads, the cancellation flag is looked at. */
    private static final int CANCEL_CHECK_MASK = (1 << 14) - 1;

    private final BooleanSupplier cancelled;
    private long allowance;

    /** @param cancelled whether the user has asked to stop (Ctrl-C) */
    MatchWork(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    /** Whether {@code pattern} is found in {@code line}, within what is left of the allowance. */
    boolean find(Pattern pattern, String line) throws FilterStoppedException {
        allowance = BASE_READS + (long) READS_PER_CHARACTER * line.length();
        try {
            return pattern.matcher(new Counted(line)).find();
        } catch (Exhausted e) {
            throw new FilterStoppedException(e.cancel);
        }
    }

    /** Unwinds the matcher from inside {@link Counted#charAt}. */
    private static final class Exhausted extends RuntimeException {
        final boolean cancel;

        Exhausted(boolean cancel) {
            super(null, null, false, false);
            this.cancel = cancel;
        }
    }

    /** The line as the matcher sees it: every read is counted against the allowance. */
    private final class Counted implements CharSequence {
        private final String text;
        private final int offset;
        private final int length;

        Counted(String text) {
            this(text, 0, text.length());
        }

        private Counted(String text, int offset, int length) {
            this.text = text;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public char charAt(int index) {
            if (--allowance < 0) {
                throw new Exhausted(false);
            }
            if ((allowance & CANCEL_CHECK_MASK) == 0 && cancelled.getAsBoolean()) {
                throw new Exhausted(true);
            }
            return text.charAt(offset + index);
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counted(text, offset + start, end - start);
        }

        @Override
        public String toString() {
            return text.substring(offset, offset + length);
        }
    }
}
