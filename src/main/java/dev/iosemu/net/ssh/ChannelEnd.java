package dev.iosemu.net.ssh;

/** How a session ends its channel or its whole connection; the MINA adapter implements it. */
interface ChannelEnd {
    /** Sends the exit status, EOF and CLOSE for this channel; the connection stays. */
    void exit(int status);

    /** Ends the SSH connection this channel belongs to, after what is queued has gone. */
    void disconnect();
}
