package dev.iosemu.fs.remote;

import java.io.IOException;

/**
 * Remembers the first exception our own side threw into a protocol client (the copy engine's
 * destination ran out of space, the user cancelled), so it can be rethrown as it was instead of the
 * protocol's wrapped version. Confined to the transferring thread.
 */
final class FailureLatch {
    private IOException first;

    /** Records {@code failure} if it is the first, and returns it for throwing. */
    IOException record(IOException failure) {
        if (first == null) {
            first = failure;
        }
        return failure;
    }

    /** The recorded failure if there is one, else {@code protocolFailure}. */
    IOException choose(IOException protocolFailure) {
        return first != null ? first : protocolFailure;
    }
}
