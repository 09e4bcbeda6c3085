/**
 * The copy engine: {@link dev.iosemu.fs.copy.CopyEngine} moves bytes from a {@link
 * dev.iosemu.fs.copy.CopySource} to a {@link dev.iosemu.fs.copy.CopyDestination} with progress, a
 * free-space check before the first byte, cancellation, measured duration, and an atomic commit that
 * never leaves a partial file under the destination name.
 */
package dev.iosemu.fs.copy;
