package dev.iosemu.net.ftp;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Records everything an {@link FtpClient} reports, as the device's {@code debug ip ftp} would print it. */
final class RecordingListener implements FtpTransferListener {
    final List<String> trace = new CopyOnWriteArrayList<>();
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong chunks = new AtomicLong();

    @Override
    public void onBytes(long n) {
        bytes.addAndGet(n);
        chunks.incrementAndGet();
    }

    @Override
    public void onCommand(String line) {
        trace.add("FTP: ---> " + line);
    }

    @Override
    public void onReply(int code, String text) {
        trace.add("FTP: " + code + " " + text);
    }
}
