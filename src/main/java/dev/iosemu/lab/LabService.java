package dev.iosemu.lab;

import dev.iosemu.net.StandardPort;

/** The network services a lab address can stand for, with their standard ports. */
public enum LabService {
    TFTP(StandardPort.TFTP),
    FTP(StandardPort.FTP),
    SCP(StandardPort.SSH),
    /** A vty line over SSH (a device's, for {@code ssh -l USER ADDR} typed on another). */
    SSH(StandardPort.SSH),
    /** A vty line over telnet. */
    TELNET(StandardPort.TELNET),
    HTTP(StandardPort.HTTP),
    HTTPS(StandardPort.HTTPS),
    DNS(StandardPort.DNS);

    private final StandardPort standardPort;

    LabService(StandardPort standardPort) {
        this.standardPort = standardPort;
    }

    /** The well-known port used for a real address when the URL names none. */
    public int standardPort() {
        return standardPort.number();
    }
}
