/**
 * The IOS command engine, with no terminal code: modes ({@link dev.iosemu.cli.Mode}), per-mode command
 * trees built with a small DSL ({@link dev.iosemu.cli.CommandRegistry}, {@link dev.iosemu.cli.CommandNode},
 * typed argument and flag keys {@link dev.iosemu.cli.Arg} and {@link dev.iosemu.cli.Flag}, whose kinds
 * {@code ArgType} lists), the parser (abbreviation, ambiguity, caret column), help and
 * completion, sub-prompts, {@code |} filters and the {@code --More--} pager ({@link dev.iosemu.cli.CliOutput}),
 * sessions ({@link dev.iosemu.cli.CliSession}) with a swappable {@link dev.iosemu.cli.Shell} reading
 * through a {@link dev.iosemu.cli.ConsoleIo}, and {@link dev.iosemu.cli.HeadlessSession} for tests and
 * batch runs. Each session runs on a device line ({@link dev.iosemu.device.Line}) and is one of the device's
 * open lines ({@link dev.iosemu.device.LineHandle}); it carries typed per-session values
 * ({@link dev.iosemu.cli.SessionKey}), close hooks ({@link dev.iosemu.cli.CliSession#onClose}), a privilege
 * level apart from its {@link dev.iosemu.cli.Mode}, and a {@link dev.iosemu.cli.ModeTarget} in sub-modes.
 * Commands register handlers that capture their device in the closure (compiled and run in
 * {@code PackageExampleTest}):
 *
 * <pre>{@code
 * CommandRegistry registry = new CommandRegistry(); // built-ins included
 * CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
 * exec.keyword("show", "Show running system information")
 *         .keyword("version", "System hardware and software status")
 *         .privilege(1) // also in user EXEC
 *         .executes(ctx -> ctx.out().println("Version 15.7(3)M8"));
 * Arg<String> source = Arg.word("source", "Source file name"); // a typed key, read back with ctx.get
 * exec.keyword("copy", "Copy from one file to another")
 *         .argument(source)
 *         .executes(ctx -> {
 *             String name = ctx.get(source);
 *             String answer = ctx.ask("Destination filename [" + name + "]? ");
 *             ctx.out().println("copied to " + (answer.isEmpty() ? name : answer));
 *         });
 * HeadlessSession h = HeadlessSession.of(registry, ShellSettings.builder().hostname(() -> "R1").build());
 * h.exec("enable");
 * String out = h.exec("copy image.bin", ""); // "Destination filename [image.bin]? \ncopied to image.bin\n"
 * }</pre>
 */
package dev.iosemu.cli;
