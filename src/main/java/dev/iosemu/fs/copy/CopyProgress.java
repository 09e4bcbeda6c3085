package dev.iosemu.fs.copy;

/** Told the running byte count as a copy proceeds, on the copying thread; must not block. */
@FunctionalInterface
public interface CopyProgress {
    CopyProgress NONE = bytesSoFar -> {};

    void bytesCopied(long bytesSoFar);
}
