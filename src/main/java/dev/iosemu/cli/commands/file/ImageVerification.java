package dev.iosemu.cli.commands.file;

import dev.iosemu.image.ImageInspection;
import dev.iosemu.image.ImageReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The embedded-hash check of a synthetic image with the lines IOS prints for it, from the
 * {@code Verifying file integrity} line with its progress dots to the verdict; shared by {@code verify FILE}
 * and {@code copy /verify}.
 */
public final class ImageVerification {
    private final Consumer<String> print;
    private final BooleanSupplier cancelled;

    /**
     * @param print writes text at once ({@code \n} ends lines)
     * @param cancelled whether the user has asked to stop (Ctrl-C); checked between chunks
     */
    public ImageVerification(Consumer<String> print, BooleanSupplier cancelled) {
        this.print = print;
        this.cancelled = cancelled;
    }

    /**
     * Verifies {@code target}, naming it {@code shown} as the user typed it.
     *
     * @throws IOException the file could not be read
     * @throws InterruptedException the user cancelled
     */
    public void verify(LocalTarget target, String shown) throws IOException, InterruptedException {
        print.accept("Verifying file integrity of " + shown);
        Inspected inspected = inspect(target);
        println("Done!");
        switch (inspected.inspection()) {
            case ImageInspection.Valid valid -> {
                hashes(valid.header().embeddedMd5(), valid.header().embeddedMd5(), inspected.wholeMd5());
                println("Signature Verified");
                println("Verified " + shown);
            }
            case ImageInspection.Corrupted corrupted -> {
                hashes(corrupted.embeddedMd5(), corrupted.computedMd5(), inspected.wholeMd5());
                println("Signature Not Verified");
                println(FileErrorText.of(FileAction.VERIFYING, shown, corrupted.reason()));
            }
            case ImageInspection.NotAnImage notAnImage ->
                println(FileErrorText.of(FileAction.VERIFYING, shown, VerifyCommand.NOT_AN_IMAGE));
        }
    }

    private void hashes(String embedded, String computed, String whole) {
        println("Embedded Hash   MD5 : " + embedded.toUpperCase(Locale.ROOT));
        println("Computed Hash   MD5 : " + computed.toUpperCase(Locale.ROOT));
        println("CCO Hash        MD5 : " + whole.toUpperCase(Locale.ROOT));
        println("");
    }

    /** What one read of the file tells: the image check, and the MD5 of the whole file (the CCO hash). */
    private record Inspected(ImageInspection inspection, String wholeMd5) {}

    /**
     * Inspects the image with progress dots, hashing the whole file in the same read (a second read of a
     * large image doubled the time of {@code verify}); a cancel stops the read at the next chunk.
     */
    private Inspected inspect(LocalTarget target) throws IOException, InterruptedException {
        DotMeter dots = new DotMeter(print);
        MessageDigest whole = VerifyCommand.newDigest();
        try (InputStream in = new DigestInputStream(target.fileSystem().openRead(target.path()), whole)) {
            ImageInspection inspection = ImageReader.inspect(Channels.newChannel(in), bytes -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                dots.progress(bytes);
            });
            in.transferTo(OutputStream.nullOutputStream()); // the inspection reads to the end; be sure
            dots.finish(target.fileSystem().size(target.path()));
            return new Inspected(inspection, HexFormat.of().formatHex(whole.digest()));
        } catch (CancellationException e) {
            throw new InterruptedException("verify interrupted");
        }
    }

    private void println(String line) {
        print.accept(line + "\n");
    }
}
