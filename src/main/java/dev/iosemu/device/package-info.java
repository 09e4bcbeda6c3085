/** The virtual device: its state, boot sequence, ROMMON and configuration. */
package dev.iosemu.device;
