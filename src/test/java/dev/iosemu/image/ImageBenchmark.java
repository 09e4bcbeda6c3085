package dev.iosemu.image;

import dev.iosemu.bench.DiscardChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;

/**
 * Prints image generation, hashing, writing and inspection rates (run its {@code main}; not a unit test).
 * Arguments: the payload size in MiB (default 1024), and optionally a file to time a real write and inspection.
 */
public final class ImageBenchmark {
    private ImageBenchmark() {}

    public static void main(String[] args) throws IOException {
        long size = (args.length > 0 ? Long.parseLong(args[0]) : 1024) << 20;
        ImageSpec spec = ImageSpec.of("c1900", "15.7(3)M8", "universalk9", size);
        for (int round = 0; round < 3; round++) {
            report("generate only", size, () -> generate(spec));
            report("generate + MD5 (header)", size, () -> ImageWriter.header(spec));
            report("write to discarding channel", size, () -> ImageWriter.write(spec, new DiscardChannel()));
            report("inspect generated stream", size, () -> ImageReader.inspect(new Replay(spec), n -> {}));
            if (args.length > 1) {
                Path file = Path.of(args[1]);
                report("write file (header last)", size, () -> ImageWriter.write(spec, file));
                report("inspect file", size, () -> ImageReader.inspect(file));
                report("read header only", size, () -> ImageReader.readHeader(file));
            }
        }
    }

    private static void generate(ImageSpec spec) {
        PayloadStream stream = new PayloadStream(spec);
        byte[] chunk = new byte[Md5.CHUNK];
        long sum = 0;
        for (int n = stream.next(chunk); n > 0; n = stream.next(chunk)) {
            sum += chunk[n - 1];
        }
        if (sum == 42) {
            System.out.print("");
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private static void report(String what, long bytes, Work work) throws IOException {
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "%-30s %6d MiB in %6.3f s = %7.1f MiB/s%n", what, bytes >> 20, seconds, (bytes >> 20) / seconds);
    }

    /** Replays an image (header then payload) as a channel, to time inspection without disk I/O. */
    private static final class Replay implements ReadableByteChannel {
        private final ByteBuffer header;
        private final PayloadStream payload;
        private final byte[] chunk = new byte[Md5.CHUNK];

        Replay(ImageSpec spec) {
            this.header = HeaderCodec.encode(ImageWriter.header(spec));
            this.payload = new PayloadStream(spec);
        }

        @Override
        public int read(ByteBuffer dst) {
            if (header.hasRemaining()) {
                int n = Math.min(dst.remaining(), header.remaining());
                dst.put(header.slice(header.position(), n));
                header.position(header.position() + n);
                return n;
            }
            int n = payload.next(chunk);
            dst.put(chunk, 0, n);
            return n == 0 ? -1 : n;
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {}
    }
}
