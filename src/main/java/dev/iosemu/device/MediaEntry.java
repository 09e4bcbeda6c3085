package dev.iosemu.device;

/**
 * A file as the boot loader lists it.
 *
 * @param index the file-system index number
 * @param name the file name
 * @param size bytes
 * @param directory whether the entry is a directory
 */
public record MediaEntry(int index, String name, long size, boolean directory) {}
