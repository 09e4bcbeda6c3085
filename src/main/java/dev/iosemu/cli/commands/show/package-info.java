/**
 * EXEC commands that display device state: {@code show version}, {@code show flash:}, {@code dir},
 * {@code show file systems}, {@code show boot}, {@code show bootvar}, {@code show running-config},
 * {@code show startup-config} and {@code show clock}, each formatted for the device's platform (role, software train) as real IOS prints it.
 */
package dev.iosemu.cli.commands.show;
