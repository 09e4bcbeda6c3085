/**
 * The {@code debug tftp events|packets}, {@code debug ip ftp} and {@code undebug all} switches, and the
 * hub that routes each trace line to the sessions that asked for it.
 */
package dev.iosemu.cli.commands.debug;
