package dev.iosemu.cli;

import dev.iosemu.device.Line;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * A session without a terminal, for tests, scripts and {@code --batch}: feed lines, read back the
 * transcript exactly as a terminal would show it (prompt, echoed input, output, answers after their
 * prompts). Paging is off (terminal length 0) unless a test turns it on.
 *
 * <p>{@link #exec} takes a command and the answers to the sub-prompts it will ask (pager keys count
 * as answers: {@code ""} is Enter, {@code " "} the space bar) and returns what it printed;
 * {@link #execResult} also says whether IOS answered with an error, and {@link #execChecked} throws
 * when it did. {@link #script} is line-driven: each
 * line answers the pending sub-prompt if there is one, else it is the next command. Not thread-safe:
 * drive it from one thread ({@link CliSession#printAsync} may come from others).
 */
public final class HeadlessSession {
    private final Deque<String> input = new ArrayDeque<>();
    private final StringBuilder transcript = new StringBuilder();
    private final TranscriptIo io;
    private final CliSession session;

    /** A session on the console line. */
    public HeadlessSession(Shell shell) {
        this(shell, Line.console());
    }

    /** A session on {@code line} (a vty, say, with the peer it stands for). */
    public HeadlessSession(Shell shell, Line line) {
        this.io = new TranscriptIo(input::pollFirst, transcript);
        this.session = new CliSession(io, shell, line);
        session.setLineLength(0);
    }

    /** A headless IOS session over {@code registry}. */
    public static HeadlessSession of(CommandRegistry registry, ShellSettings settings) {
        return new HeadlessSession(new IosShell(registry, settings));
    }

    /**
     * A batch session: commands and answers from {@code in}, one a line; the transcript streams to
     * {@code out}. Call {@link CliSession#run()} on the result; it returns at end of input.
     */
    public static CliSession batch(Shell shell, Reader in, Appendable out) {
        return batch(shell, in, out, BatchOptions.DEFAULT);
    }

    /** The same, shown as {@code options} say (a quiet boot; each command told to a listener). */
    public static CliSession batch(Shell shell, Reader in, Appendable out, BatchOptions options) {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        CliSession session = new CliSession(new TranscriptIo(() -> readLine(reader), out, options), shell);
        session.setLineLength(0);
        return session;
    }

    private static String readLine(BufferedReader reader) {
        try {
            return InputLine.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CliSession session() {
        return session;
    }

    /**
     * Runs one command line with the given sub-prompt answers and returns what it printed after the
     * echoed line (sub-prompts and answers included).
     *
     * @throws IllegalStateException if the command asked more than was answered, or left answers unused
     */
    public String exec(String line, String... answers) {
        input.clear();
        input.addAll(Arrays.asList(answers));
        String prompt = session.prompt();
        io.append(session.afterPrompt(prompt) + prompt + TranscriptIo.visible(line) + "\n");
        int start = length();
        session.execute(line);
        String output = io.locked(() -> transcript.substring(start));
        String unanswered = io.takeUnanswered();
        if (unanswered != null) {
            throw new IllegalStateException("no answer queued for prompt '" + unanswered + "' of: " + line);
        }
        if (!input.isEmpty()) {
            List<String> unused = List.copyOf(input);
            input.clear();
            throw new IllegalStateException("answers not asked for by '" + line + "': " + unused);
        }
        return output;
    }

    /**
     * Runs one command line as {@link #exec} does and says whether IOS answered it with an error.
     *
     * <pre>{@code
     * CommandResult result = console.execResult("shw ver");
     * result.failed();   // true: "% Invalid input detected at '^' marker."
     * }</pre>
     */
    public CommandResult execResult(String line, String... answers) {
        return new CommandResult(line, exec(line, answers));
    }

    /**
     * Runs one command line as {@link #exec} does and returns its output, or throws when IOS answered with
     * an error.
     *
     * @throws IosCommandException naming the command and its error line
     */
    public String execChecked(String line, String... answers) {
        return execResult(line, answers).orThrow().output();
    }

    /**
     * Runs {@code opening} (a line's banners and login) with {@code answers} as the replies typed to it;
     * returns its result. Answers it did not ask for are dropped.
     */
    public boolean open(Predicate<CliSession> opening, String... answers) {
        input.clear();
        input.addAll(Arrays.asList(answers));
        boolean opened = opening.test(session);
        io.takeUnanswered();
        input.clear();
        return opened;
    }

    /** Line-driven run of {@code text} (one input line per line) until it is used up; returns its transcript. */
    public String script(String text) {
        input.clear();
        input.addAll(text.lines().toList());
        int start = length();
        session.run();
        io.takeUnanswered();
        return io.locked(() -> transcript.substring(start));
    }

    /** Everything shown so far. */
    public String transcript() {
        return io.locked(transcript::toString);
    }

    /**
     * Everything shown so far, after which the session keeps nothing it shows: for a console line nobody reads
     * any more (a device's after a quiet power-on), which would otherwise hold its boot text and every log line.
     */
    public String takeTranscript() {
        return io.locked(() -> {
            io.discardOutput();
            String shown = transcript.toString();
            transcript.setLength(0);
            transcript.trimToSize();
            return shown;
        });
    }

    private int length() {
        return io.locked(transcript::length);
    }
}
