package dev.iosemu.net.ssh;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * What one command run over an exec channel gave back.
 *
 * @param exitStatus the status the server sent, if it sent one
 * @param stdout the channel's output
 * @param stderr the channel's error stream
 */
public record SshExecResult(OptionalInt exitStatus, byte[] stdout, byte[] stderr) {
    public SshExecResult {
        stdout = stdout.clone();
        stderr = stderr.clone();
    }

    @Override
    public byte[] stdout() {
        return stdout.clone();
    }

    @Override
    public byte[] stderr() {
        return stderr.clone();
    }

    /** The output as UTF-8 text. */
    public String stdoutText() {
        return new String(stdout, StandardCharsets.UTF_8);
    }
}
