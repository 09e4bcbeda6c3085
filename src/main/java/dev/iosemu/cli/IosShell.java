package dev.iosemu.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The IOS command line as a {@link Shell}: parses each line against the session's mode, renders
 * errors, help and completion, applies {@code |} filters and runs handlers. Stateless per session
 * (all session state lives in {@link CliSession}), so one instance serves all sessions of a device.
 */
public final class IosShell implements Shell {
    private static final char CTRL_Z = '\u001A';

    private final CommandRegistry registry;
    private final ShellSettings settings;

    public IosShell(CommandRegistry registry, ShellSettings settings) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String prompt(CliSession session) {
        return settings.hostname() + session.mode().promptSuffix();
    }

    @Override
    public void execute(CliSession session, String line) {
        if (registry.lineEntered(session)) {
            return;
        }
        if (EscapeSequence.suspends(line)) {
            return; // at the local prompt there is no session to suspend: IOS ignores it
        }
        Optional<String> standsFor = registry.rewritten(session, line);
        if (standsFor.isPresent()) {
            run(session, standsFor.get()); // not in the history: IOS keeps what was typed, and nothing was
            return;
        }
        int ctrlZ = line.indexOf(CTRL_Z);
        String text = ctrlZ >= 0 ? line.substring(0, ctrlZ) : line;
        int question = text.indexOf('?');
        if (question >= 0) {
            String before = text.substring(0, question);
            session.io().write(help(session, before) + prompt(session) + before + "\n");
            return;
        }
        if (!text.isBlank() && !text.strip().startsWith("!")) {
            session.addHistory(text.strip());
            run(session, text);
        }
        if (ctrlZ >= 0 && session.mode().isConfig()) {
            session.enterMode(Mode.PRIVILEGED_EXEC);
            settings.configModeExited(session);
        }
    }

    @Override
    public String help(CliSession session, String textBeforeCursor) {
        int bar = pipeIndex(session.mode(), textBeforeCursor);
        if (bar >= 0) {
            return PipeParser.help(textBeforeCursor.substring(bar + 1));
        }
        return HelpText.of(
                registry,
                session.mode(),
                session.privilege(),
                textBeforeCursor,
                prompt(session).length());
    }

    @Override
    public Optional<String> complete(CliSession session, String textBeforeCursor) {
        if (pipeIndex(session.mode(), textBeforeCursor) >= 0) {
            return Optional.empty();
        }
        return LineCompletion.complete(registry, session.mode(), session.privilege(), textBeforeCursor);
    }

    @Override
    public boolean accepts(CliSession session, String line) {
        int bar = pipeIndex(session.mode(), line);
        if (bar >= 0 && PipeParser.parse(line, bar).failure() != null) {
            return false;
        }
        String command = bar < 0 ? line : line.substring(0, bar);
        return !command.isBlank()
                && Parser.parse(registry, session.mode(), session.privilege(), command)
                        instanceof ParseOutcome.Complete;
    }

    private void run(CliSession session, String text) {
        int promptLength = prompt(session).length();
        int bar = pipeIndex(session.mode(), text);
        PipeParser.Result pipe = bar < 0 ? PipeParser.NONE : PipeParser.parse(text, bar);
        if (pipe.failure() != null) {
            session.io().write(ErrorText.of(pipe.failure(), text, promptLength));
            return;
        }
        String command = bar < 0 ? text : text.substring(0, bar);
        ParseOutcome outcome = parseWithFallback(session, command);
        switch (outcome) {
            case ParseOutcome.Complete c -> invoke(session, c, command, pipe.filter());
            case ParseOutcome.Invalid v
            when isLoneExecWord(session, command, v) -> unknownWord(session, command.strip());
            default -> session.io().write(ErrorText.of(outcome, command, promptLength));
        }
    }

    /**
     * A lone unknown EXEC word: a host to telnet to, found in the {@code ip host} table or looked up (the
     * {@code Translating} line shows while the name servers are asked). An address or a table's name is handed
     * to the device's {@code telnet} command where it has one, as IOS opens the session.
     */
    private void unknownWord(CliSession session, String word) {
        Optional<String> known = settings.knownHost(word);
        if ((known.isPresent() || ErrorText.isAddress(word))
                && Parser.parse(registry, session.mode(), session.privilege(), "telnet " + word)
                        instanceof ParseOutcome.Complete telnet) {
            invoke(session, telnet, "telnet " + word, null); // the device has telnet: the word is its host
        } else if (known.isPresent()) {
            session.io().write(ErrorText.knownHost(word, known.get()));
        } else if (ErrorText.isLookedUp(word, settings.domainLookup())) {
            Optional<String> address = LookupText.translate(
                    word, settings.nameServers(), () -> settings.queryName(word), session.io()::write);
            session.io()
                    .write(address.map(a -> ErrorText.knownHost(word, a))
                            .orElseGet(() -> LookupText.failedTries(word, settings.nameServers())));
        } else {
            session.io().write(ErrorText.unknownHost(word));
        }
    }

    /** In a sub-mode, a line the sub-mode rejects is tried in global configuration, as IOS does. */
    private ParseOutcome parseWithFallback(CliSession session, String command) {
        ParseOutcome outcome = Parser.parse(registry, session.mode(), session.privilege(), command);
        if (outcome instanceof ParseOutcome.Complete || session.mode().kind() != Mode.Kind.CONFIG_SUBMODE) {
            return outcome;
        }
        ParseOutcome global = Parser.parse(registry, Mode.GLOBAL_CONFIG, session.privilege(), command);
        if (global instanceof ParseOutcome.Complete) {
            session.enterMode(Mode.GLOBAL_CONFIG);
            return global;
        }
        return outcome;
    }

    private static boolean isLoneExecWord(CliSession session, String command, ParseOutcome.Invalid invalid) {
        List<Token> tokens = Token.split(command);
        return session.mode().isExec()
                && tokens.size() == 1
                && invalid.column() < tokens.getFirst().end();
    }

    private void invoke(CliSession session, ParseOutcome.Complete c, String command, PipeFilter filter) {
        Mode before = session.mode();
        CliOutput out = new CliOutput(session, filter);
        var ctx = new CommandContext(session, out, command.strip(), c.arguments(), c.negated(), settings);
        new CommandRunner(out).run(c.handler(), ctx);
        out.finish();
        if (before.isConfig() && session.mode().isExec()) {
            settings.configModeExited(session);
        }
    }

    /** Where the {@code |} filter starts: only in EXEC lines (including {@code do} in configuration). */
    private static int pipeIndex(Mode mode, String text) {
        int bar = text.indexOf('|');
        if (bar < 0) {
            return -1;
        }
        if (mode.isExec()) {
            return bar;
        }
        List<Token> tokens = Token.split(text);
        boolean doLine = !tokens.isEmpty() && tokens.getFirst().text().equalsIgnoreCase("do");
        return doLine ? bar : -1;
    }
}
