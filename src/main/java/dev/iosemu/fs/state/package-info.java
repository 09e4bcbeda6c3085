/**
 * A device's state kept in a host folder across runs ({@code run --state DIR}): {@link
 * dev.iosemu.fs.state.StateFolder} checks and locks the folder, lays it out (one plain folder per file
 * system, the lab server's uploads) and hands {@link dev.iosemu.fs.local.DeviceStorage#folder} the
 * device's file systems, whose every write is crash-safe.
 */
package dev.iosemu.fs.state;
