package dev.iosemu.net.ftp;

import dev.iosemu.net.Ticker;
import dev.iosemu.net.ftp.FtpFailure.Step;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.function.BooleanSupplier;

/**
 * Streams one file over an open data connection through a fixed buffer, telling network failures (which
 * become {@link FtpException}s) from local ones (which reach the caller unchanged).
 *
 * <p>Confined to the client's calling thread; lives for one transfer.
 */
final class Transfer {
    /** Where downloaded bytes go. */
    interface Sink {
        void write(byte[] bytes, int length) throws IOException;
    }

    /** Where uploaded bytes come from; returns -1 at the end. */
    interface Source {
        int read(byte[] bytes) throws IOException;
    }

    /** A step of the FTP dialogue that may fail with an I/O error. */
    interface IoCall<T> {
        T call() throws IOException;
    }

    /** Carries a local sink or source failure past the network error mapping, to be rethrown unchanged. */
    static final class LocalFailure extends RuntimeException {
        LocalFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private final Step step;
    private final byte[] buffer;
    private final FtpTransferListener listener;
    private final BooleanSupplier cancelled;
    private final Ticker ticker;
    private final long timeoutNanos;
    private long total;

    /** @param timeoutNanos how long a write may wait for the server to read */
    Transfer(
            Step step,
            byte[] buffer,
            FtpTransferListener listener,
            BooleanSupplier cancelled,
            Ticker ticker,
            long timeoutNanos) {
        this.step = step;
        this.buffer = buffer;
        this.listener = listener;
        this.cancelled = cancelled;
        this.ticker = ticker;
        this.timeoutNanos = timeoutNanos;
    }

    /** Reads the data connection to its end into {@code sink}, then closes the connection. */
    long download(Socket data, Sink sink) throws FtpException {
        try (data) {
            InputStream in = data.getInputStream();
            for (int n = receive(in); n >= 0; n = receive(in)) {
                try {
                    sink.write(buffer, n);
                } catch (IOException e) {
                    abort(data);
                    throw local(e);
                }
                count(n);
            }
        } catch (IOException e) {
            throw network(e);
        }
        return total;
    }

    private int receive(InputStream in) throws FtpException {
        checkCancelled();
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw network(e);
        }
    }

    /** Sends {@code source} to its end over the data connection, then closes it to mark the end of file. */
    long upload(Socket data, Source source) throws FtpException {
        try (data;
                DataWriter out = DataWriter.over(data, ticker, timeoutNanos, cancelled)) {
            for (int n = send(data, source); n >= 0; n = send(data, source)) {
                out.write(buffer, 0, n);
                count(n);
            }
        } catch (IOException e) {
            throw network(e);
        }
        return total;
    }

    private int send(Socket data, Source source) throws FtpException {
        checkCancelled();
        try {
            return source.read(buffer);
        } catch (IOException e) {
            abort(data);
            throw local(e);
        }
    }

    private void count(int n) {
        if (n > 0) {
            total += n;
            listener.onBytes(n);
        }
    }

    private void checkCancelled() throws FtpException {
        if (cancelled.getAsBoolean()) {
            throw FtpFailure.ofIo(step, new IOException("cancelled"), true, total);
        }
    }

    private FtpException network(IOException e) {
        return FtpFailure.ofIo(step, e, cancelled.getAsBoolean(), total);
    }

    private RuntimeException local(IOException e) {
        if (cancelled.getAsBoolean()) {
            return new LocalFailure(FtpFailure.ofIo(step, e, true, total));
        }
        return new LocalFailure(e);
    }

    /** Resets the data connection, so the server sees an abort rather than a clean end of file. */
    private static void abort(Socket data) {
        try {
            data.setSoLinger(true, 0);
            data.close();
        } catch (IOException ignored) {
            // already broken: the server sees the failure either way
        }
    }
}
