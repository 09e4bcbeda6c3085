package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} in the C locale, where the JVM cannot spell a non-ASCII file name on the host: such a request
 * is refused with an ERROR, and the server goes on serving.
 */
class ServeInCLocaleIT {
    private static final Pattern TFTP_LINE = Pattern.compile("TFTP server listening on 127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path root;

    @Test
    void nonAsciiFileNameIsRefusedAndTheServerKeepsServing() throws Exception {
        Files.writeString(root.resolve("hello.txt"), "hello");
        Process serve = start();
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(5000);
            InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port(serve));

            byte[] refused = exchange(socket, server, "\u00e9t\u00e9.bin");
            byte[] served = exchange(socket, server, "hello.txt");

            assertThat(ByteBuffer.wrap(refused).getShort()).as("ERROR").isEqualTo((short) 5);
            assertThat(ByteBuffer.wrap(refused).getShort(2))
                    .as("access violation")
                    .isEqualTo((short) 2);
            assertThat(ByteBuffer.wrap(served).getShort()).as("DATA").isEqualTo((short) 3);
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }

    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", JarProcess.JAR.toString()));
        command.addAll(List.of(
                "serve",
                "--root",
                root.toString(),
                "--tftp-port",
                "0",
                "--ftp-port",
                "0",
                "--scp-port",
                "0",
                "--http-port",
                "0",
                "--https-port",
                "0"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        return builder.start();
    }

    private static int port(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher matcher = TFTP_LINE.matcher(line);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
        }
        throw new AssertionError("serve printed no TFTP port");
    }

    /** Sends an RRQ (octet, no options) for {@code name} and returns the first datagram that answers it. */
    private static byte[] exchange(DatagramSocket socket, InetSocketAddress server, String name) throws Exception {
        byte[] file = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer request = ByteBuffer.allocate(file.length + 10)
                .putShort((short) 1)
                .put(file)
                .put((byte) 0);
        request.put("octet".getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        socket.send(new DatagramPacket(request.array(), request.position(), server));
        DatagramPacket answer = new DatagramPacket(new byte[1024], 1024);
        socket.receive(answer);
        return java.util.Arrays.copyOf(answer.getData(), answer.getLength());
    }
}
