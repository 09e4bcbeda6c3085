package dev.iosemu.cli;

/** What IOS prints while it asks a name server for a host name: the lab's is the broadcast address. */
public final class LookupText {
    private LookupText() {}

    /** {@code Translating "NAME"...domain server (255.255.255.255)}, without a line end. */
    public static String translating(String name) {
        return "Translating \"" + name + "\"...domain server (255.255.255.255)";
    }
}
