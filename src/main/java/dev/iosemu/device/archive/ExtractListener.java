package dev.iosemu.device.archive;

/** Told of each member as it is extracted, for the console's one line per file or directory. */
public interface ExtractListener {
    /** A directory, named as in the archive ({@code dir/html}). */
    void directory(String name);

    /** A file of {@code size} bytes. */
    void file(String name, long size);

    /** A listener that prints nothing. */
    ExtractListener QUIET = new ExtractListener() {
        @Override
        public void directory(String name) {}

        @Override
        public void file(String name, long size) {}
    };
}
