package dev.iosemu.net.ftp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * A tiny FTP server that misbehaves on purpose during RETR: it serves one session, sends
 * {@link #bytesBeforeFault} bytes of a download and then does what its {@link Fault} says.
 */
final class ScriptedFtpServer implements AutoCloseable {
    /** What goes wrong once the first bytes are sent. */
    enum Fault {
        /** Resets the data connection and replies 426. */
        DROP_DATA,
        /** Closes the control connection, then ends the data connection. */
        DROP_CONTROL,
        /** Keeps both connections open and sends nothing more. */
        STALL,
        /** Never sends the greeting. */
        SILENT_GREETING,
        /** Greets with {@code 220-} continuation lines for ever. */
        ENDLESS_GREETING,
        /** Greets with one line that never ends. */
        ENDLESS_LINE,
        /** Accepts the data connection of a STOR and never reads it. */
        NEVER_READS
    }

    final int bytesBeforeFault = 100_000;
    private final Fault fault;
    private final ServerSocket control;
    private final Thread thread;
    /** Released when the session is over, so the test can tell the server let go. */
    final CountDownLatch finished = new CountDownLatch(1);

    ScriptedFtpServer(Fault fault) throws IOException {
        this.fault = fault;
        this.control = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.thread = Thread.ofVirtual().start(this::serveOne);
    }

    int port() {
        return control.getLocalPort();
    }

    private void serveOne() {
        try (Socket session = control.accept()) {
            converse(session);
        } catch (IOException | InterruptedException e) {
            // the client went away or the test ended: the script is over either way
        } finally {
            finished.countDown();
        }
    }

    private void converse(Socket session) throws IOException, InterruptedException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(session.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(session.getOutputStream(), StandardCharsets.US_ASCII);
        if (fault == Fault.SILENT_GREETING) {
            in.readLine();
            return;
        }
        if (fault == Fault.ENDLESS_GREETING || fault == Fault.ENDLESS_LINE) {
            String piece = fault == Fault.ENDLESS_GREETING ? "220-Welcome, and welcome again\r\n" : "x".repeat(1000);
            while (true) {
                out.write(piece); // until the client gives up and the write fails
                out.flush();
            }
        }
        reply(out, "220 scripted");
        ServerSocket passive = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String verb = line.split(" ")[0].toUpperCase();
            switch (verb) {
                case "USER" -> reply(out, "331 Password required");
                case "PASS" -> reply(out, "230 Logged in");
                case "TYPE" -> reply(out, "200 Type set");
                case "PASV" -> {
                    passive = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    int p = passive.getLocalPort();
                    reply(out, "227 Entering Passive Mode (127,0,0,1," + (p >> 8) + "," + (p & 0xff) + ")");
                }
                case "STOR" -> {
                    reply(out, "150 Ok to send data");
                    Socket data = passive.accept();
                    session.getInputStream().read(); // hold the data connection unread until the client goes
                    data.close();
                    return;
                }
                case "RETR" -> {
                    reply(out, "150 Opening BINARY mode data connection");
                    misbehave(session, out, passive.accept());
                    return;
                }
                default -> reply(out, "502 Not implemented");
            }
        }
    }

    private void misbehave(Socket session, Writer out, Socket data) throws IOException, InterruptedException {
        OutputStream bytes = data.getOutputStream();
        bytes.write(new byte[bytesBeforeFault]);
        bytes.flush();
        switch (fault) {
            case DROP_DATA -> {
                data.setSoLinger(true, 0);
                data.close();
                reply(out, "426 Connection closed; transfer aborted.");
                session.getInputStream().read();
            }
            case DROP_CONTROL -> {
                session.close();
                data.close();
            }
            case STALL -> {
                session.getInputStream().read();
                data.close();
            }
            default -> throw new IllegalStateException(fault + " does not get this far");
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        control.close();
        thread.interrupt();
    }
}
