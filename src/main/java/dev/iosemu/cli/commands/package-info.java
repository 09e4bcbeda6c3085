/** IOS exec and configuration command handlers, grouped by area. */
package dev.iosemu.cli.commands;
