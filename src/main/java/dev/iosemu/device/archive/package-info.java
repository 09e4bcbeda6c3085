/**
 * Catalyst image archives: examining a {@code .tar} for its image ({@code info} files), extracting it into flash
 * all or nothing ({@link dev.iosemu.device.archive.ArchiveInstaller}, through one staging set that also removes
 * the old image), listing, extracting and creating tar files for {@code archive tar}.
 */
package dev.iosemu.device.archive;
