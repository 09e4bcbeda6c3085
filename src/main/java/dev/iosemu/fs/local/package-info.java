/**
 * Local device file systems ({@code flash0:}, {@code nvram:}, {@code system:}): {@link
 * dev.iosemu.fs.local.DeviceFileSystems} opens one per {@link dev.iosemu.fs.local.LocalFileSystemSpec} on a
 * {@link dev.iosemu.fs.local.DeviceStorage} (jimfs in the heap; jimfs over image bytes shared through an
 * {@link dev.iosemu.fs.local.ImageStore}; or plain files in a host folder), timed by the device clock, and
 * {@link dev.iosemu.fs.local.LocalFileSystem} offers the listing, space and file operations IOS commands
 * need, with stable per-file index numbers and free space counted in 4096-byte blocks the same on every
 * storage. Every write is staged ({@link dev.iosemu.fs.local.Staging}, {@link
 * dev.iosemu.fs.local.StagingSet} for several files at once) and lands in one crash-safe step.
 */
package dev.iosemu.fs.local;
