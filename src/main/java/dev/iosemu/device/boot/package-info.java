/**
 * Booting: which image the loader picks ({@link dev.iosemu.device.boot.BootSelector} over cached image
 * checks), the console text of each loader's boot ({@link dev.iosemu.device.boot.BootScript}), and the
 * {@code show version} renderer that shares the image banner with it.
 */
package dev.iosemu.device.boot;
