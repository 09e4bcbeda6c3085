package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.CommandContext;

/** {@link CopyConsole} over the command engine's context. */
final class CopyConsoleAdapter implements CopyConsole {
    private final CommandContext ctx;

    CopyConsoleAdapter(CommandContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void print(String text) {
        ctx.out().print(text);
    }

    @Override
    public String ask(String prompt) {
        return ctx.ask(prompt);
    }

    @Override
    public String askSecret(String prompt) {
        return ctx.askSecret(prompt);
    }

    @Override
    public java.util.Optional<String> user() {
        return ctx.session().line().user();
    }

    @Override
    public boolean confirm(String prompt) {
        return ctx.confirm(prompt);
    }

    @Override
    public Object sessionKey() {
        return ctx.session();
    }
}
