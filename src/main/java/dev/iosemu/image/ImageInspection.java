package dev.iosemu.image;

/** The outcome of fully checking a file as an image: valid, not an image at all, or damaged. */
public sealed interface ImageInspection {

    /** The header is sound and the payload matches its embedded hash and length. */
    record Valid(ImageHeader header) implements ImageInspection {}

    /** The file has no readable image header; {@code reason} says why in a few words. */
    record NotAnImage(String reason) implements ImageInspection {}

    /**
     * The header is sound but the payload is not what it promises: altered bytes, truncated, or with extra
     * bytes. {@code computedMd5} is the MD5 of all bytes that follow the header.
     */
    record Corrupted(ImageHeader header, String embeddedMd5, String computedMd5, long actualPayloadLength)
            implements ImageInspection {

        /** True when the payload is shorter than the header says. */
        public boolean truncated() {
            return actualPayloadLength < header.payloadLength();
        }

        /** A few words for messages: {@code truncated (10 of 20 payload bytes)} or {@code payload hash mismatch}. */
        public String reason() {
            if (actualPayloadLength != header.payloadLength()) {
                return (truncated() ? "truncated (" : "wrong length (") + actualPayloadLength + " of "
                        + header.payloadLength() + " payload bytes)";
            }
            return "payload hash mismatch";
        }
    }
}
