/**
 * Local device file systems ({@code flash0:}, {@code nvram:}, {@code system:}): {@link
 * dev.iosemu.fs.local.DeviceFileSystems} creates one jimfs instance per {@link
 * dev.iosemu.fs.local.LocalFileSystemSpec}, sized exactly with 4096-byte blocks and timed by the
 * device clock, and {@link dev.iosemu.fs.local.LocalFileSystem} offers the listing, space and file
 * operations IOS commands need, with stable per-file index numbers.
 */
package dev.iosemu.fs.local;
