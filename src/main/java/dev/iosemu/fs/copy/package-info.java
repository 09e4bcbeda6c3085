/** The copy engine: source to destination with progress, a free-space check and an atomic commit. */
package dev.iosemu.fs.copy;
