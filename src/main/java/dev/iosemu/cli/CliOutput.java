package dev.iosemu.cli;

import java.util.Locale;

/**
 * The sink for all command output: applies the {@code |} filter line by line and pages with
 * {@code --More--} per the session's terminal length. Text without a filter goes out at once, so
 * progress marks ({@code !!!}) appear as they are printed. A command that reports a running operation
 * (a copy, a verify) turns paging off with {@link #unpaged()}: IOS pages finished listings, never a
 * transfer in progress. Used by the session thread only.
 */
public final class CliOutput {
    private final CliSession session;
    private final PipeFilter filter;
    private final MatchWork work;
    private final StringBuilder pending = new StringBuilder();
    private int rowsOnPage;
    private int column;
    private boolean stopped;
    private boolean paged = true;

    CliOutput(CliSession session, PipeFilter filter) {
        this.session = session;
        this.filter = filter;
        this.work = new MatchWork(session::cancelled);
    }

    /** Writes {@code text}; {@code \n} ends lines. */
    public void print(String text) {
        if (stopped) {
            return;
        }
        if (filter == null) {
            emit(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                String line = pending.toString();
                pending.setLength(0);
                if (passes(line)) {
                    emit(line + "\n");
                }
            } else {
                pending.append(c);
            }
        }
    }

    public void println(String text) {
        print(text + "\n");
    }

    public void println() {
        print("\n");
    }

    public void printf(String format, Object... args) {
        print(String.format(Locale.ROOT, format, args));
    }

    /**
     * No {@code --More--} for the rest of this command: it reports an operation as it runs (progress
     * marks, then its result), which a pager would hold up after the work is done.
     */
    public void unpaged() {
        paged = false;
    }

    /** True once the user quit the pager; further output is discarded. */
    public boolean stopped() {
        return stopped;
    }

    /** Flushes a last unterminated line through the filter. */
    void finish() {
        if (filter != null && !pending.isEmpty()) {
            String line = pending.toString();
            pending.setLength(0);
            if (passes(line)) {
                emit(line);
            }
        }
    }

    /**
     * Whether the filter lets {@code line} through. When the filter gives up, the output stops as after
     * {@code q} at {@code --More--}, with a line saying why unless Ctrl-C stopped it.
     */
    private boolean passes(String line) {
        if (stopped) {
            return false;
        }
        try {
            return filter.accept(line, work);
        } catch (FilterStoppedException e) {
            stopped = true;
            if (!e.cancelled()) {
                session.io().write((column == 0 ? "" : "\n") + FilterStoppedException.TOO_COMPLEX);
            }
            return false;
        }
    }

    private void emit(String text) {
        int start = 0;
        while (start < text.length() && !stopped) {
            if (column == 0) {
                pageBreakIfFull();
                if (stopped) {
                    return;
                }
            }
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            session.io().write(text.substring(start, end));
            if (newline < 0) {
                column += end - start;
            } else {
                column += newline - start;
                rowsOnPage += rows(column);
                column = 0;
            }
            start = end;
        }
    }

    private int rows(int columns) {
        int width = session.terminalWidth();
        return width <= 0 || columns <= width ? 1 : (columns + width - 1) / width;
    }

    private void pageBreakIfFull() {
        int length = session.terminalLength();
        if (!paged || length <= 0 || rowsOnPage < length - 1) {
            return;
        }
        int key = session.fromUser(() -> session.io().readKey(" --More-- "));
        switch (key) {
            case ' ' -> rowsOnPage = 0;
            case '\r', '\n' -> rowsOnPage = length - 2;
            default -> stopped = true;
        }
    }
}
