package dev.iosemu.net.ftp;

import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.net.ProtocolCommandEvent;
import org.apache.commons.net.ProtocolCommandListener;

/**
 * Forwards the control dialogue seen by Commons Net to the listener of the operation in progress, with
 * line ends removed and the password masked.
 *
 * <p>Confined to the client's calling thread: Commons Net fires events on the thread that sends the
 * command or reads the reply, which is the thread that set {@link #listener}.
 */
final class ControlTrace implements ProtocolCommandListener {
    /** The listener of the operation in progress; written and read by the client's calling thread only. */
    private FtpTransferListener listener = FtpTransferListener.NONE;

    void listenWith(FtpTransferListener listener) {
        this.listener = listener == null ? FtpTransferListener.NONE : listener;
    }

    @Override
    public void protocolCommandSent(ProtocolCommandEvent event) {
        String command = event.getCommand();
        boolean secret = command != null && command.toUpperCase(Locale.ROOT).equals("PASS");
        listener.onCommand(secret ? "PASS *" : stripLineEnd(event.getMessage()));
    }

    @Override
    public void protocolReplyReceived(ProtocolCommandEvent event) {
        listener.onReply(event.getReplyCode(), replyText(event.getMessage()));
    }

    /** The text of a possibly multi-line reply without the leading {@code NNN } or {@code NNN-} of each line. */
    static String replyText(String reply) {
        return stripLineEnd(reply).lines().map(ControlTrace::withoutCode).collect(Collectors.joining("\n"));
    }

    private static String withoutCode(String line) {
        boolean coded = line.length() >= 4
                && Character.isDigit(line.charAt(0))
                && Character.isDigit(line.charAt(1))
                && Character.isDigit(line.charAt(2))
                && (line.charAt(3) == ' ' || line.charAt(3) == '-');
        if (coded) {
            return line.substring(4);
        }
        return line.length() == 3 && line.chars().allMatch(Character::isDigit) ? "" : line;
    }

    private static String stripLineEnd(String text) {
        if (text == null) {
            return "";
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}
