package dev.iosemu.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Writes a ustar archive to a channel in one pass: each member's header, then its content padded to whole
 * 512-byte blocks, and at {@link #finish} the two zero blocks that end an archive, padded to the 10240-byte
 * records GNU tar writes. A file's content is written through {@link #file(TarEntry)} and must have exactly
 * the announced size. Not thread-safe; the channel stays open.
 */
public final class TarWriter {
    /** GNU tar's default record: 20 blocks. */
    static final int RECORD = 20 * TarHeaderCodec.BLOCK;

    private final WritableByteChannel out;
    private long written;
    private Member open;

    public TarWriter(WritableByteChannel out) {
        this.out = out;
    }

    /** Adds a directory member. */
    public void directory(String name, long modified) throws IOException {
        begin(TarEntry.directory(name, modified));
    }

    /** Adds a file member with {@code content}. */
    public void file(String name, byte[] content, long modified) throws IOException {
        WritableByteChannel channel = file(TarEntry.file(name, content.length, modified));
        writeFully(channel, ByteBuffer.wrap(content));
    }

    /** Adds a text file member, UTF-8. */
    public void text(String name, String content, long modified) throws IOException {
        file(name, content.getBytes(StandardCharsets.UTF_8), modified);
    }

    /**
     * Adds a file member and returns the channel its content goes to; the content ends with the next member
     * or {@link #finish}.
     */
    public WritableByteChannel file(TarEntry entry) throws IOException {
        if (entry.directory()) {
            throw new IllegalArgumentException("not a file: " + entry.name());
        }
        begin(entry);
        return open;
    }

    /** Ends the archive. */
    public void finish() throws IOException {
        closeMember();
        long end = written + 2L * TarHeaderCodec.BLOCK;
        long total = (end + RECORD - 1) / RECORD * RECORD;
        writeFully(out, ByteBuffer.allocate((int) (total - written)));
    }

    private void begin(TarEntry entry) throws IOException {
        closeMember();
        writeFully(out, TarHeaderCodec.encode(entry));
        open = new Member(entry);
    }

    private void closeMember() throws IOException {
        if (open == null) {
            return;
        }
        Member member = open;
        open = null;
        if (member.remaining != 0) {
            throw new IOException("tar member " + member.entry.name() + " is " + member.remaining
                    + " bytes short of its size " + member.entry.size());
        }
        long padding = TarHeaderCodec.padded(member.entry.size()) - member.entry.size();
        writeFully(out, ByteBuffer.allocate((int) padding));
    }

    private void writeFully(WritableByteChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel == out ? out.write(buffer) : channel.write(buffer);
            if (channel == out) {
                written += n;
            }
        }
    }

    /** The content channel of the member being written; refuses bytes beyond its size. */
    private final class Member implements WritableByteChannel {
        private final TarEntry entry;
        private long remaining;

        Member(TarEntry entry) {
            this.entry = entry;
            this.remaining = entry.size();
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            if (open != this) {
                throw new IOException("tar member " + entry.name() + " is already closed");
            }
            if (source.remaining() > remaining) {
                throw new IOException("more bytes than the size " + entry.size() + " of tar member " + entry.name());
            }
            int n = source.remaining();
            writeFully(out, source);
            remaining -= n;
            return n;
        }

        @Override
        public boolean isOpen() {
            return open == this;
        }

        @Override
        public void close() {
            // the member ends with the next one or with finish()
        }
    }
}
