/**
 * The boot loader command lines that own the console when IOS is not running: ISR ROMMON
 * ({@code rommon N >}, with {@code tftpdnld} through the {@link dev.iosemu.device.rommon.RommonTftp} hook)
 * and the Catalyst {@code switch:} loader.
 */
package dev.iosemu.device.rommon;
