/**
 * EXEC commands that act on the whole device: {@code write}, {@code write erase}, {@code erase
 * startup-config}, {@code reload} (with the console hand-over to the boot sequence and the loader; a vty's
 * reload drops the vty sessions and boots on the console line), {@code clock set}, {@code ping},
 * {@code show privilege} and {@code show users}. Also the life of a terminal line, the same for every kind:
 * {@link dev.iosemu.cli.commands.system.LineSession} (RETURN, banners, the line's login, the session, "is
 * now available") over {@link dev.iosemu.cli.commands.system.LineLogin}, and the boot consoles made from a
 * session ({@link dev.iosemu.cli.commands.system.BootConsoles}).
 */
package dev.iosemu.cli.commands.system;
