package dev.iosemu.net.tftp.wire;

import java.util.Optional;

/** TFTP opcodes (RFC 1350, OACK from RFC 2347). */
public enum Opcode {
    RRQ(1),
    WRQ(2),
    DATA(3),
    ACK(4),
    ERROR(5),
    OACK(6);

    private static final Opcode[] BY_CODE = values();

    private final int code;

    Opcode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The opcode for a wire value; empty for values outside 1..6. */
    public static Optional<Opcode> fromCode(int code) {
        return code >= 1 && code <= BY_CODE.length ? Optional.of(BY_CODE[code - 1]) : Optional.empty();
    }
}
