/**
 * The local terminal console, the only code that uses JLine: {@link dev.iosemu.console.TerminalConsole}
 * implements the engine's {@code ConsoleIo} over a JLine {@code Terminal} and {@code LineReader}, with
 * {@code ?}, TAB and Ctrl-Z as widgets, Ctrl-C as an interrupt of the running command, the pager's keys
 * read raw, and asynchronous messages printed above the input line.
 */
package dev.iosemu.console;
