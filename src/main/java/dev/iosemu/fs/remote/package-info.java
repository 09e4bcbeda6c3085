/** Network file systems (tftp:, ftp:) presented to the copy engine over the net clients. */
package dev.iosemu.fs.remote;
