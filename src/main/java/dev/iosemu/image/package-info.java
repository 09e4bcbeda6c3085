/**
 * The synthetic IOS image format: header, embedded hash, reader, writer and file-name conventions. An image
 * is a fixed 512-byte header followed by a deterministic pseudo-random payload (SplitMix64 seeded by an FNV-1a
 * hash of {@code platform|version|featureSet}, little-endian longs). Header layout, big-endian: bytes 0-7
 * magic {@code 89 49 4F 53 49 4D 47 0A} ("\x89IOSIMG\n"); 8-9 format version (1); 10-11 header size (512);
 * 12 family code (1 classic IOS, 2 IOS-XE); 13-15 zero; 16-23 payload length; 24-31 build date in seconds
 * since the epoch (UTC); 32-47 MD5 of the payload (the embedded hash); from 48 three fields, each a 2-byte
 * length and UTF-8 text: platform, version (display form), feature set; zero padding; 508-511 CRC-32 of
 * bytes 0-507. A file whose header fails the magic, version, CRC or field checks is not an image; one whose
 * payload length or MD5 differs from the header is corrupted.
 *
 * <p>Also the ustar archives Catalyst switches are upgraded from ({@link dev.iosemu.image.CatalystArchive}): a
 * small tar codec ({@link dev.iosemu.image.TarWriter}, {@link dev.iosemu.image.TarReader}) whose headers are
 * byte-identical to GNU tar's, and the {@code info} files ({@link dev.iosemu.image.ArchiveInfo}) that name the
 * image inside.
 */
package dev.iosemu.image;
