package dev.iosemu.net.ssh;

import dev.iosemu.net.terminal.RemoteTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A trivial session handler for tests. A shell says who and what it is on, then echoes what it reads
 * until a read holds {@code exit}, which closes the connection. An exec prints {@code exec:<command>} and
 * exits 3; the commands {@code close} and {@code fail} close the connection or throw. Window changes,
 * signals, the end of input and the close are queued in {@link #events}.
 */
final class EchoHandler implements SshSessionHandler {
    final BlockingQueue<Object> events = new LinkedBlockingQueue<>();

    @Override
    public void serve(SshSession session) throws Exception {
        session.events().onWindowChange(events::add);
        session.events().onSignal(events::add);
        session.events().onClose(() -> events.add("closed"));
        switch (session.request()) {
            case SshRequest.Shell shell -> shell(session);
            case SshRequest.Exec exec -> exec(session, exec.command());
        }
    }

    private void shell(SshSession session) throws IOException {
        write(
                session,
                "user=" + session.user() + " term=" + session.terminalType().orElse("none") + " size="
                        + session.windowSize().columns() + "x"
                        + session.windowSize().rows() + "\r\n");
        byte[] buffer = new byte[1024];
        for (int n; (n = session.input().read(buffer)) >= 0; ) {
            String read = new String(buffer, 0, n, StandardCharsets.UTF_8);
            if (read.contains("exit")) {
                session.close();
                return;
            }
            write(session, read);
        }
        events.add("eof");
    }

    private static void exec(SshSession session, String command) throws IOException {
        switch (command) {
            case "close" -> {
                write(session, "bye\n");
                session.close();
            }
            case "fail" -> throw new IOException("handler failure for the test");
            default -> {
                write(session, "exec:" + command + "\n");
                session.error().write("to stderr\n".getBytes(StandardCharsets.UTF_8));
                session.exit(3);
            }
        }
    }

    private static void write(RemoteTerminal terminal, String text) throws IOException {
        terminal.output().write(text.getBytes(StandardCharsets.UTF_8));
        terminal.output().flush();
    }

    Object next() throws InterruptedException {
        Object event = events.poll(10, TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no event within 10 s");
        }
        return event;
    }
}
