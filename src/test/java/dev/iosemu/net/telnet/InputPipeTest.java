package dev.iosemu.net.telnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class InputPipeTest {
    @Test
    void bytesComeOutInOrderAcrossTheRingsEnd() throws Exception {
        InputPipe pipe = new InputPipe(4);
        pipe.write(new byte[] {1, 2, 3});
        assertThat(pipe.read()).isEqualTo(1);
        assertThat(pipe.read()).isEqualTo(2);
        pipe.write(new byte[] {4, 5, 6});
        byte[] out = new byte[8];
        assertThat(pipe.read(out, 0, 8)).isEqualTo(4);
        assertThat(out).startsWith(3, 4, 5, 6);
    }

    @Test
    void aFullPipeHoldsTheWriterUntilTheReaderTakesBytesSoNothingIsLost() throws Exception {
        InputPipe pipe = new InputPipe(2);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                pipe.write(new byte[] {1, 2, 3, 4, 5});
                pipe.closeWriter();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] all = pipe.readAllBytes();
        writer.get(5, TimeUnit.SECONDS);
        assertThat(all).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void readerSeesEndOfStreamAfterWhatWasQueued() throws Exception {
        InputPipe pipe = new InputPipe(8);
        pipe.write(new byte[] {7});
        pipe.closeWriter();
        assertThat(pipe.read()).isEqualTo(7);
        assertThat(pipe.read()).isEqualTo(-1);
    }

    @Test
    void aClosedReaderDropsWritesAndRefusesReads() throws Exception {
        InputPipe pipe = new InputPipe(1);
        pipe.close();
        pipe.write(new byte[] {1, 2, 3}); // returns at once although the ring holds one byte
        assertThat(pipe.available()).isZero();
        assertThatThrownBy(pipe::read).isInstanceOf(IOException.class);
    }
}
