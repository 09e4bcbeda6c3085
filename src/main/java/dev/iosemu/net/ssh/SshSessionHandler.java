package dev.iosemu.net.ssh;

/** Serves one shell or exec channel: what the caller of {@link SshServer} supplies. */
@FunctionalInterface
public interface SshSessionHandler {
    /**
     * Serves the channel on a virtual thread of its own. When this returns, the channel ends with exit
     * status 0 (1 if it throws) unless the handler already ended it with {@link SshSession#exit} or {@link
     * SshSession#close}.
     */
    void serve(SshSession session) throws Exception;
}
