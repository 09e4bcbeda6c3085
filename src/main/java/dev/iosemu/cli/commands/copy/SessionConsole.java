package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.CommandContext;
import dev.iosemu.fs.copy.CancelToken;

/**
 * {@link CopyConsole} over the command engine's context. Ctrl-C reaches the copy as an interrupt of
 * the session's command thread, which the copy engine and both clients honour, so the token itself is
 * never set here.
 */
final class SessionConsole implements CopyConsole {
    private final CommandContext ctx;
    private final CancelToken cancel = new CancelToken();

    SessionConsole(CommandContext ctx) {
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
    public CancelToken cancelToken() {
        return cancel;
    }

    @Override
    public Object sessionKey() {
        return ctx.session();
    }
}
