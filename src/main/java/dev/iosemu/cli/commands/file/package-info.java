/**
 * EXEC commands that change or inspect files on the device's local file systems: {@code delete},
 * {@code rename}, {@code mkdir}, {@code rmdir}, {@code more}, {@code verify}, {@code format} and
 * {@code erase flash:}. It also holds the pieces the other EXEC command areas share: the one renderer of
 * file errors ({@link dev.iosemu.cli.commands.file.FileErrorText}) and the resolution of typed paths to a
 * local file ({@link dev.iosemu.cli.commands.file.LocalTarget}).
 */
package dev.iosemu.cli.commands.file;
