package dev.iosemu.net.tftp.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Each test runs on a thread of its own, which starts with nothing kept. */
class DirectBuffersTest {

    @Test
    void bufferGivenBackIsTakenAgainClearedBySameThread() throws Exception {
        onNewThread(() -> {
            ByteBuffer first = DirectBuffers.take(516);
            first.put(new byte[100]).flip();
            DirectBuffers.give(first);

            ByteBuffer again = DirectBuffers.take(516);

            assertThat(again).isSameAs(first);
            assertThat(again.isDirect()).isTrue();
            assertThat(again.position()).isZero();
            assertThat(again.limit()).isEqualTo(516);
            assertThat(DirectBuffers.keptBytes()).isZero();
        });
    }

    @Test
    void otherCapacityOrOtherThreadGetsBufferOfItsOwn() throws Exception {
        AtomicReference<ByteBuffer> given = new AtomicReference<>();
        onNewThread(() -> {
            given.set(DirectBuffers.take(516));
            DirectBuffers.give(given.get());

            ByteBuffer other = DirectBuffers.take(8196);
            assertThat(other).isNotSameAs(given.get());
            assertThat(other.capacity()).isEqualTo(8196);
        });
        onNewThread(() -> assertThat(DirectBuffers.take(516)).isNotSameAs(given.get()));
    }

    @Test
    void virtualThreadsKeepNothing() throws Exception {
        Thread thread = Thread.ofVirtual().start(() -> {
            ByteBuffer first = DirectBuffers.take(516);
            DirectBuffers.give(first);

            assertThat(DirectBuffers.take(516)).isNotSameAs(first);
            assertThat(DirectBuffers.keptBytes()).isZero();
        });
        thread.join();
    }

    @Test
    void keepsAtMostItsLimitAndForgetsOtherSizesForANewOne() throws Exception {
        onNewThread(() -> {
            int size = 65536; // a whole number of them fill the limit
            int fit = DirectBuffers.MOST_KEPT_BYTES / size;
            for (int i = 0; i <= fit; i++) {
                DirectBuffers.give(ByteBuffer.allocateDirect(size));
            }
            assertThat(DirectBuffers.keptBytes()).isEqualTo(fit * size);

            DirectBuffers.give(ByteBuffer.allocateDirect(516));

            assertThat(DirectBuffers.keptBytes()).isEqualTo(516);
        });
    }

    @Test
    void heapBuffersAreNotKept() throws Exception {
        onNewThread(() -> {
            DirectBuffers.give(ByteBuffer.allocate(516));

            assertThat(DirectBuffers.keptBytes()).isZero();
        });
    }

    /** Runs {@code body} on a new platform thread and rethrows what it threw. */
    static void onNewThread(Runnable body) throws Exception {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().start(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        thread.join();
        if (thrown.get() instanceof Error error) {
            throw error;
        }
        if (thrown.get() != null) {
            throw new AssertionError(thrown.get());
        }
    }
}
