/**
 * EXEC commands that act on the whole device: {@code write}, {@code write erase}, {@code erase
 * startup-config}, {@code reload} (with the console hand-over to the boot sequence and the loader) and
 * {@code show privilege}.
 */
package dev.iosemu.cli.commands.system;
