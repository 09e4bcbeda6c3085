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
    public boolean confirm(String prompt) {
        return ctx.confirm(prompt);
    }

    @Override
    public Object sessionKey() {
        return ctx.session();
    }
}
