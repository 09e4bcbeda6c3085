package dev.iosemu.cli.commands.debug;

/** The debug switches the transfer commands honour, with the line IOS prints when one is turned on. */
public enum DebugFlag {
    TFTP_EVENTS("TFTP Event debugging is on"),
    TFTP_PACKETS("TFTP Packet debugging is on"),
    IP_FTP("FTP transactions debugging is on"),
    IP_SCP("Incoming SCP debugging is on"),
    IP_HTTP_CLIENT("HTTP Client debugging is on");

    private final String enabledMessage;

    DebugFlag(String enabledMessage) {
        this.enabledMessage = enabledMessage;
    }

    /** What {@code debug ...} prints when it turns this flag on. */
    public String enabledMessage() {
        return enabledMessage;
    }

    /** What {@code no debug ...} prints when it turns this flag off. */
    public String disabledMessage() {
        return enabledMessage.replace(" is on", " is off");
    }
}
