/**
 * The {@code copy} command in every form (TFTP/FTP downloads and uploads, configuration saves and
 * merges, local copies) with IOS prompts, progress and error text, plus the device's TFTP-server name
 * table and ROMMON's {@code tftpdnld} hook. {@link dev.iosemu.cli.commands.copy.CopyCommands} registers
 * it; the logic runs over small console and device ports so tests can drive it directly.
 */
package dev.iosemu.cli.commands.copy;
