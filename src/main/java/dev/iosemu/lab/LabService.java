package dev.iosemu.lab;

import dev.iosemu.net.StandardPort;

/** The network services a lab address can stand for, with their standard ports. */
public enum LabService {
    TFTP(StandardPort.TFTP),
    FTP(StandardPort.FTP),
    SCP(StandardPort.SSH),
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
