/**
 * IOS-XE install mode at the CLI: {@code install add|activate|commit|abort|rollback|remove}, the auto-abort
 * timer, {@code show install ...} and {@code request platform software package expand}, worded as IOS-XE 17.9
 * routers print them. The install state and file changes are {@link dev.iosemu.device.install}'s.
 */
package dev.iosemu.cli.commands.install;
