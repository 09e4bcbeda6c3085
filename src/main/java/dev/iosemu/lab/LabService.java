package dev.iosemu.lab;

/** The network services a lab address can stand for, with their standard ports. */
public enum LabService {
    TFTP(69),
    FTP(21),
    DNS(53);

    private final int standardPort;

    LabService(int standardPort) {
        this.standardPort = standardPort;
    }

    /** The well-known port used for a real address when the URL names none. */
    public int standardPort() {
        return standardPort;
    }
}
