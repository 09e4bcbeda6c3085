/**
 * The running configuration as an immutable value ({@link dev.iosemu.device.config.RunningConfig}), its
 * parts, the IOS-layout renderer, and the password encodings IOS uses (type 5 MD5-crypt, type 7).
 */
package dev.iosemu.device.config;
