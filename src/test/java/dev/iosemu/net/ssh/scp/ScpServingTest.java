package dev.iosemu.net.ssh.scp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's half of SCP over byte fixtures: what it answers, and when the file becomes visible. */
class ScpServingTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Files files = new Files();

    @Test
    void receivedFileIsCommittedAfterTheClientsStatusAndBeforeTheLastAcknowledgement() throws IOException {
        int status = serve("scp -t flash:/x.bin", "C0644 5 x.bin\nhello\0");

        assertThat(status).isZero();
        assertThat(out.toByteArray()).containsExactly(0, 0, 0);
        assertThat(files.committed).containsExactly("flash:/x.bin x.bin hello acked=2");
    }

    @Test
    void aClientThatReportsItsOwnErrorLeavesNothing() throws IOException {
        int status = serve("scp -t flash:/x.bin", "C0644 5 x.bin\nhello\1scp: read error\n");

        assertThat(status).isEqualTo(1);
        assertThat(files.committed).isEmpty();
        assertThat(files.discarded).isEqualTo(1);
    }

    @Test
    void aChannelCutMidFileLeavesNothing() {
        assertThatThrownBy(() -> serve("scp -t flash:", "C0644 50 x.bin\nhello"))
                .isInstanceOf(ScpException.class)
                .extracting(e -> ((ScpException) e).kind())
                .isEqualTo(ScpException.Kind.CONNECTION_LOST);
        assertThat(files.committed).isEmpty();
        assertThat(files.discarded).isEqualTo(1);
    }

    @Test
    void aHeaderThatUndersellsTheFileIsAProtocolErrorAndLeavesNothing() {
        assertThatThrownBy(() -> serve("scp -t flash:", "C0644 3 x.bin\nhello\0"))
                .isInstanceOf(ScpException.class);
        assertThat(files.committed).isEmpty();
    }

    @Test
    void aRefusedHeaderIsAnsweredWithTheReasonBeforeAnyByteIsRead() throws IOException {
        files.refuse = "flash:/x.bin: Not enough space on device";

        int status = serve("scp -t flash:/x.bin", "C0644 5 x.bin\nhello\0");

        assertThat(status).isEqualTo(1);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\0\1flash:/x.bin: Not enough space on device\n");
    }

    @Test
    void directoriesAreRefused() throws IOException {
        assertThat(serve("scp -r -t flash:", "D0755 0 dir\n")).isEqualTo(1);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).startsWith("\0\1scp: flash:: directories");
    }

    @Test
    void sendingWritesTheHeaderTheBytesAndASuccessStatus() throws IOException {
        int status = serve("scp -f flash:/x.bin", "\0\0\0");

        assertThat(status).isZero();
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("C0644 5 x.bin\nhello\0");
    }

    @Test
    void aMissingFileIsRefusedWithItsReason() throws IOException {
        assertThat(serve("scp -f flash:/none", "\0")).isEqualTo(1);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\1flash:/none: No such file or directory\n");
    }

    @Test
    void requestsAreParsedWithThePathTakenLiterally() {
        assertThat(ScpRequest.parse("scp -t flash:/x.bin"))
                .contains(new ScpRequest(ScpRequest.Direction.RECEIVE, "flash:/x.bin", false));
        assertThat(ScpRequest.parse("scp -v -p -f  'flash:/a b'"))
                .contains(new ScpRequest(ScpRequest.Direction.SEND, "'flash:/a b'", false));
        assertThat(ScpRequest.parse("scp -t  flash:")).map(ScpRequest::path).contains("flash:");
        assertThat(ScpRequest.parse("scp -t")).isEmpty();
        assertThat(ScpRequest.parse("show version")).isEmpty();
        assertThat(ScpRequest.parse("scp -x -t a")).isEmpty();
    }

    private int serve(String command, String input) throws IOException {
        ScpRequest request = ScpRequest.parse(command).orElseThrow();
        return ScpServing.serve(
                request, new ByteArrayInputStream(input.getBytes(StandardCharsets.ISO_8859_1)), out, files);
    }

    /** Records what was committed, and how many acknowledgements had gone out by then. */
    private final class Files implements ScpFiles {
        final List<String> committed = new ArrayList<>();
        int discarded;
        String refuse;

        @Override
        public ScpIncoming create(String path, ScpHeader header) throws IOException {
            if (refuse != null) {
                throw new IOException(refuse);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            WritableByteChannel channel = Channels.newChannel(bytes);
            return new ScpIncoming() {
                private boolean done;

                @Override
                public WritableByteChannel channel() {
                    return channel;
                }

                @Override
                public void commit() {
                    done = true;
                    committed.add(path + " " + header.name() + " " + bytes.toString(StandardCharsets.UTF_8) + " acked="
                            + out.size());
                }

                @Override
                public void close() {
                    if (!done) {
                        discarded++;
                    }
                }
            };
        }

        @Override
        public ScpOutgoing open(String path) throws IOException {
            if (!path.equals("flash:/x.bin")) {
                throw new NoSuchFileException(path + ": No such file or directory");
            }
            return new ScpOutgoing(
                    ScpHeader.of(5, "x.bin"),
                    Channels.newChannel(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))));
        }
    }
}
