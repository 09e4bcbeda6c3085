/**
 * EXEC commands that display device state: {@code show version}, {@code show flash:}, {@code dir},
 * {@code show file systems}, {@code show boot}, {@code show bootvar}, {@code show running-config},
 * {@code show startup-config} and {@code show clock}, each formatted per device family as real IOS prints it.
 */
package dev.iosemu.cli.commands.show;
