package dev.iosemu.cli.commands.file;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.Flag;
import dev.iosemu.device.Router;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.image.ImageFamily;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code verify /md5 FILE [HASH]} (the MD5 of the whole file, compared with HASH when given) and
 * {@code verify FILE} (a synthetic image's embedded hash against the computed one). Messages name the
 * file as typed, the way IOS echoes it.
 */
final class VerifyCommand {
    static final String NOT_AN_IMAGE = "Not a valid image";
    static final Flag MD5 = Flag.of("/md5", "Compute an MD5 signature for a file");
    static final Arg<String> HASH = Arg.word("hash", "WORD", "Expected MD5 signature");

    final Arg<String> path;
    private final Router router;

    VerifyCommand(Router router) {
        this.router = router;
        this.path = FileArguments.localFile("path", router.fileSystems(), "File to verify");
    }

    void execute(CommandContext ctx) throws CommandException, InterruptedException {
        ctx.out().unpaged(); // the dots of a running check, as on IOS
        if (ctx.has(MD5)) {
            md5(ctx);
        } else {
            embedded(ctx);
        }
    }

    private void md5(CommandContext ctx) throws CommandException, InterruptedException {
        LocalTarget target = resolve(ctx);
        String shown = shownName(ctx.get(path), target);
        Optional<String> expected = ctx.optional(HASH);
        boolean xe = router.platform().train() == ImageFamily.IOS_XE;
        String md5;
        if (expected.isPresent() && !xe) {
            // classic IOS checking a given hash says what it computes, on a line of its own (a real 1941)
            ctx.out().println();
            md5 = digest(ctx, target, false);
            ctx.out().println("MD5 of " + shown + " Done!");
        } else {
            md5 = digest(ctx, target, true);
            ctx.out().println("Done!");
            if (xe) {
                ctx.out().println();
            }
        }
        if (expected.isEmpty()) {
            ctx.out().println("verify /md5 (" + shown + ") = " + md5);
        } else if (expected.get().equalsIgnoreCase(md5)) {
            ctx.out().println("Verified (" + shown + ") = " + md5);
        } else {
            ctx.out().println("%Error verifying " + shown);
            ctx.out().println("Computed signature   = " + md5);
            ctx.out().println("Submitted signature  = " + expected.get().toLowerCase(Locale.ROOT));
        }
    }

    private void embedded(CommandContext ctx) throws CommandException, InterruptedException {
        LocalTarget target = resolve(ctx);
        ctx.out().println();
        try {
            new ImageVerification(ctx.out()::print, ctx::cancelled).verify(target, shownName(ctx.get(path), target));
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.OPENING, target.render(), e);
        }
    }

    private LocalTarget resolve(CommandContext ctx) throws CommandException {
        LocalTarget target = LocalTarget.resolve(router.fileSystems(), ctx.get(path), FileAction.OPENING);
        if (!target.exists()) {
            throw FileErrorText.failure(FileAction.OPENING, target.render(), FsErrors.NO_SUCH_FILE);
        }
        if (target.isDirectory()) {
            throw FileErrorText.failure(FileAction.OPENING, target.render(), FsErrors.IS_A_DIRECTORY);
        }
        return target;
    }

    /** The MD5 of the whole file, printing progress dots if {@code dotted}. */
    private static String digest(CommandContext ctx, LocalTarget target, boolean dotted)
            throws CommandException, InterruptedException {
        MessageDigest digest = newDigest();
        DotMeter dots = new DotMeter(dotted ? ctx.out()::print : text -> {});
        long total = 0;
        byte[] buffer = new byte[(int) DotMeter.BYTES_PER_DOT];
        try (InputStream in = target.fileSystem().openRead(target.path())) {
            for (int n = in.readNBytes(buffer, 0, buffer.length); n > 0; n = in.readNBytes(buffer, 0, buffer.length)) {
                ctx.checkCancelled();
                digest.update(buffer, 0, n);
                total += n;
                dots.progress(total);
            }
        } catch (IOException e) {
            throw FileErrorText.failure(FileAction.OPENING, target.render(), e);
        }
        dots.finish(total);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The file as typed, with the default prefix added when none was typed ({@code flash0:x}). */
    private String shownName(String typed, LocalTarget target) {
        return typed.indexOf(':') >= 0 ? typed : target.fileSystem().prefix() + typed;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
