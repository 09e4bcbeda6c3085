/**
 * The IOS command engine, with no terminal code: modes ({@link dev.iosemu.cli.Mode}), per-mode command
 * trees built with a small DSL ({@link dev.iosemu.cli.CommandRegistry}, {@link dev.iosemu.cli.CommandNode},
 * {@link dev.iosemu.cli.ArgType}), the parser (abbreviation, ambiguity, caret column), help and
 * completion, sub-prompts, {@code |} filters and the {@code --More--} pager ({@link dev.iosemu.cli.CliOutput}),
 * sessions ({@link dev.iosemu.cli.CliSession}) with a swappable {@link dev.iosemu.cli.Shell} reading
 * through a {@link dev.iosemu.cli.ConsoleIo}, and {@link dev.iosemu.cli.HeadlessSession} for tests and
 * batch runs. Commands register handlers that capture their device in the closure:
 *
 * <pre>{@code
 * CommandRegistry registry = new CommandRegistry();          // built-ins included
 * CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
 * exec.keyword("show", "Show running system information")
 *     .keyword("version", "System hardware and software status")
 *     .privilege(1)                                            // also in user EXEC
 *     .executes(ctx -> ctx.out().println(router.versionText()));
 * exec.keyword("copy", "Copy from one file to another")
 *     .option("/erase", "Erase destination file system.")
 *     .argument("source", ArgType.url(router::copySources), "")
 *     .argument("destination", ArgType.url(router::copyDestinations), "")
 *     .executes(ctx -> {
 *         String answer = ctx.ask("Destination filename [" + name + "]? ");
 *         ...
 *     });
 * HeadlessSession h = HeadlessSession.of(registry, ShellSettings.builder().hostname(() -> router.runningConfig().hostname()).build());
 * h.exec("enable");
 * String out = h.exec("copy tftp: flash:", "192.168.1.10", "image.bin", "");
 * }</pre>
 */
package dev.iosemu.cli;
