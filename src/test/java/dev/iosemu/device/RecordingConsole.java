package dev.iosemu.device;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A console for tests: collects output (prompts included) and answers input from a script. */
public final class RecordingConsole implements ConsoleSink, LineInput {
    private final StringBuilder text = new StringBuilder();
    private final Deque<String> script;
    private final List<String> prompts = new ArrayList<>();

    public RecordingConsole(String... inputLines) {
        this.script = new ArrayDeque<>(List.of(inputLines));
    }

    @Override
    public void text(String output) {
        text.append(output);
    }

    @Override
    public Optional<String> readLine(String prompt) {
        prompts.add(prompt);
        text.append(prompt);
        String line = script.poll();
        if (line != null) {
            text.append(line).append('\n');
        }
        return Optional.ofNullable(line);
    }

    /**
     * One scripted line answers: a start of {@code yes} is yes, anything else (or the end of the script) no.
     * Asking again is the command layer's, tested with its sessions.
     */
    @Override
    public boolean askYesNo(String prompt) {
        String answer = readLine(prompt).orElse("").strip();
        return !answer.isEmpty() && "yes".startsWith(answer);
    }

    public String output() {
        return text.toString();
    }

    public List<String> lines() {
        return text.toString().lines().toList();
    }

    public List<String> prompts() {
        return prompts;
    }

    public int unreadLines() {
        return script.size();
    }

    public BootConsole boot(ConfigReplayer replayer) {
        return BootConsole.of(this, this, replayer);
    }

    public BootConsole boot() {
        return boot(ConfigReplayer.NONE);
    }
}
