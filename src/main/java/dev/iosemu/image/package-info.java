/** The synthetic IOS image format: header, embedded hash, reader, writer and file-name conventions. */
package dev.iosemu.image;
