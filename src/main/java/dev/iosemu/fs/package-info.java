/**
 * The IOS file-system layer: {@link dev.iosemu.fs.IosLocationParser} is the one place IOS paths and
 * URLs ({@code flash:x}, {@code tftp://h/f}, {@code running-config}) are parsed into {@link
 * dev.iosemu.fs.IosLocation} values and rendered back; {@link dev.iosemu.fs.FsErrors} is the one place
 * file-system failures become IOS reason strings. Local file systems live in {@code local}, the copy
 * engine in {@code copy}, network file systems in {@code remote}.
 */
package dev.iosemu.fs;
