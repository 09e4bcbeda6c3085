package dev.iosemu.cli.commands.file;

import dev.iosemu.image.ImageInspection;
import dev.iosemu.image.ImageReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
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
        ImageInspection inspection = inspect(target);
        println("Done!");
        switch (inspection) {
            case ImageInspection.Valid valid -> {
                hashes(valid.header().embeddedMd5(), valid.header().embeddedMd5(), target);
                println("Signature Verified");
                println("Verified " + shown);
            }
            case ImageInspection.Corrupted corrupted -> {
                hashes(corrupted.embeddedMd5(), corrupted.computedMd5(), target);
                println("Signature Not Verified");
                println(FileErrorText.of(FileAction.VERIFYING, shown, corrupted.reason()));
            }
            case ImageInspection.NotAnImage notAnImage ->
                println(FileErrorText.of(FileAction.VERIFYING, shown, VerifyCommand.NOT_AN_IMAGE));
        }
    }

    private void hashes(String embedded, String computed, LocalTarget target) throws IOException {
        String whole = target.fileSystem().md5(target.path());
        println("Embedded Hash   MD5 : " + embedded.toUpperCase(Locale.ROOT));
        println("Computed Hash   MD5 : " + computed.toUpperCase(Locale.ROOT));
        println("CCO Hash        MD5 : " + whole.toUpperCase(Locale.ROOT));
        println("");
    }

    /** Inspects the image with progress dots; a cancel stops the read at the next chunk. */
    private ImageInspection inspect(LocalTarget target) throws IOException, InterruptedException {
        DotMeter dots = new DotMeter(print);
        try (InputStream in = target.fileSystem().openRead(target.path())) {
            ImageInspection inspection = ImageReader.inspect(Channels.newChannel(in), bytes -> {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                dots.progress(bytes);
            });
            dots.finish(target.fileSystem().size(target.path()));
            return inspection;
        } catch (CancellationException e) {
            throw new InterruptedException("verify interrupted");
        }
    }

    private void println(String line) {
        print.accept(line + "\n");
    }
}
