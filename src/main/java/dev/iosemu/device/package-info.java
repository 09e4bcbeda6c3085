/**
 * The virtual device: {@link dev.iosemu.device.Router}, the aggregate one instance per device holds (file
 * systems, boot loader environment, running configuration, startup-config, boot state), and the seams
 * through which the app hands it the console ({@link dev.iosemu.device.ConsoleSink},
 * {@link dev.iosemu.device.LineInput}, {@link dev.iosemu.device.BootConsole}) and the command layer replays
 * configuration ({@link dev.iosemu.device.ConfigReplayer}). Nothing here knows the command engine or the
 * terminal.
 */
package dev.iosemu.device;
