/**
 * Configuration-mode commands ({@code hostname}, {@code interface}, {@code ip route}, {@code boot system},
 * {@code ip ftp}/{@code ip tftp}, {@code line} ...) registered on the command engine against a
 * {@link dev.iosemu.device.Router}, and the startup-config replayer that feeds saved configuration
 * through the same parser at boot.
 */
package dev.iosemu.cli.commands.config;
