package dev.iosemu.cli.commands.archive;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.Flag;
import dev.iosemu.cli.commands.copy.UrlFetch;
import dev.iosemu.cli.commands.system.BootConsoles;
import dev.iosemu.cli.commands.system.SessionReload;
import dev.iosemu.device.BootedImage;
import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.Router;
import dev.iosemu.device.archive.ArchiveException;
import dev.iosemu.device.archive.ArchiveInstaller;
import dev.iosemu.device.archive.ArchiveSource;
import dev.iosemu.device.archive.Examined;
import dev.iosemu.device.archive.ExtractListener;
import dev.iosemu.fs.FsErrors;
import dev.iosemu.fs.NotEnoughSpaceException;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.image.ArchiveInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code archive download-sw [/overwrite] [/reload] [/leave-old-sw] [/imageonly] [/safe] [/allow-feature-upgrade]
 * [/force] SOURCE}: the stages a Catalyst prints (examining, the {@code System Type} block, the old image,
 * extracting, installing, the boot path, deleting the old software, the reload). The archive is fetched whole
 * first, as a switch buffers it when its memory allows, so a failure at any stage leaves flash as it was.
 */
final class DownloadSw {
    static final Flag OVERWRITE = Flag.of("/overwrite", "Overwrite an existing image with the same version");
    static final Flag RELOAD = Flag.of("/reload", "Reload the system after downloading the image");
    static final Flag LEAVE_OLD_SW = Flag.of("/leave-old-sw", "Leave old sw installed after successful sw upgrade");
    static final Flag IMAGE_ONLY = Flag.of("/imageonly", "Load only the IOS image");
    /** Every flag IOS offers here; {@code /safe}, {@code /allow-feature-upgrade} and {@code /force} change nothing. */
    static final List<Flag> FLAGS = List.of(
            OVERWRITE,
            RELOAD,
            LEAVE_OLD_SW,
            IMAGE_ONLY,
            Flag.of("/safe", "Load entire image before deleting current image"),
            Flag.of("/allow-feature-upgrade", "Allow installation of an image with a different feature set"),
            Flag.of("/force", "Ignore warnings and proceed with download"));

    final Arg<String> sourceArg;
    private final Router router;
    private final UrlFetch fetch;
    private final BootConsoles consoles;
    private final LocalFileSystem flash;

    DownloadSw(Router router, UrlFetch fetch, BootConsoles consoles) {
        this.router = router;
        this.fetch = fetch;
        this.consoles = consoles;
        this.flash = router.fileSystems().defaultFileSystem();
        this.sourceArg = Arg.url("source", () -> ArchiveCommands.prefixes(router), "Image file");
    }

    void execute(CommandContext ctx) {
        String typed = ctx.get(sourceArg);
        Optional<ArchiveSource> source = ArchiveSources.open(ctx, typed, router, fetch);
        if (source.isEmpty()) {
            return;
        }
        if (fetch.isNetwork(typed)) {
            ctx.out().println();
        }
        ArchiveInstaller installer =
                new ArchiveInstaller(flash, router.setup().identity().imagePlatform());
        ctx.out().println("examining image...");
        try {
            Examined examined = installer.examine(source.get(), extracting(ctx));
            ctx.out().println("extracting info (" + examined.topBytes() + " bytes)");
            ctx.out().println();
            systemType(ctx, examined.image());
            install(ctx, installer, source.get(), examined);
        } catch (ArchiveException e) {
            ctx.out().println("ERROR: " + e.getMessage());
        } catch (NotEnoughSpaceException e) {
            noSpace(ctx);
        } catch (IOException e) {
            ctx.out().println("ERROR: " + FsErrors.reason(e));
        }
    }

    private void install(CommandContext ctx, ArchiveInstaller installer, ArchiveSource source, Examined examined)
            throws IOException, ArchiveException {
        String dir = examined.directory();
        Optional<String> old = oldImage();
        ctx.out()
                .println("Old image for switch 1: "
                        + old.map(path -> "flash:" + path).orElse("unknown"));
        boolean deleteOld =
                !ctx.has(LEAVE_OLD_SW) && old.isPresent() && !old.get().equals("/" + dir);
        if (deleteOld) {
            ctx.out().println("  Old image will be deleted after download.");
        }
        ctx.out().println();
        boolean exists = flash.exists("/" + dir);
        if (exists && !ctx.has(OVERWRITE)) {
            ctx.out().println("New software image is already installed in flash:/" + dir + ".");
            ctx.out().println("Use /overwrite to install it again.");
            return;
        }
        List<String> replaced = new ArrayList<>();
        if (exists) {
            replaced.add("/" + dir);
        }
        if (deleteOld) {
            replaced.add(old.get());
        }
        if (installer.bytesNeeded(examined) > flash.freeBytes()) {
            noSpace(ctx);
            return;
        }
        ctx.out().println("Extracting images from archive into flash...");
        installer.extract(source, examined, replaced, ctx.has(IMAGE_ONLY), extracting(ctx));
        ctx.out().println("extracting info (" + examined.topBytes() + " bytes)");
        ctx.out().println();
        ctx.out().println("Installing (renaming): `flash:update/" + dir + "' ->");
        ctx.out().println(" ".repeat(39) + "`flash:/" + dir + "'");
        ctx.out().println("New software image installed in flash:/" + dir);
        ctx.out().println();
        if (deleteOld) {
            ctx.out().println("Deleting `flash:" + old.get() + "'...done.");
        }
        router.bootSystem().remove(Optional.empty());
        router.bootSystem().add("flash:/" + examined.imageMember());
        ctx.out().println("Configuring system to use new image...done.");
        ctx.out().println("All software images installed.");
        if (ctx.has(RELOAD)) {
            ctx.out().println("Requested system reload in progress...");
            SessionReload.run(ctx.session(), router, consoles, ReloadReason.COMMAND);
        }
    }

    /** The running image as flash holds it: its directory when it sits in one of its own, else the file. */
    private Optional<String> oldImage() {
        return router.bootState().booted().map(BootedImage::path).flatMap(path -> {
            int colon = path.indexOf(':');
            if (colon < 0 || !flash.prefix().equals(path.substring(0, colon + 1))) {
                return Optional.empty();
            }
            String local = path.substring(colon + 1);
            local = local.startsWith("/") ? local : "/" + local;
            int slash = local.lastIndexOf('/');
            return Optional.of(slash > 0 ? local.substring(0, slash) : local);
        });
    }

    private static void systemType(CommandContext ctx, ArchiveInfo info) {
        ctx.out().println("System Type:             0x00000000");
        ctx.out().println(hex("  Ios Image File Size:   ", info.iosImageFileSize()));
        ctx.out().println(hex("  Total Image File Size: ", info.totalImageFileSize()));
        ctx.out().println(hex("  Minimum Dram required: ", (long) info.minimumDramMegabytes() << 20));
        ctx.out().println("  Image Suffix:          " + info.versionSuffix());
        ctx.out().println("  Image Directory:       " + info.versionDirectory());
        ctx.out().println("  Image Name:            " + info.imageName());
        ctx.out().println("  Image Feature:         " + info.imageFeature());
        ctx.out().println("  FRU Module Version:    No FRU Version Specified");
        ctx.out().println();
    }

    private static String hex(String label, long value) {
        return label + String.format(Locale.ROOT, "0x%08X", value);
    }

    private static void noSpace(CommandContext ctx) {
        ctx.out().println("ERROR: Not enough free space in \"flash:/\"");
        ctx.out().println("ERROR: Clean up and try again.");
    }

    /** One line per member: {@code DIR/ (directory)}, {@code extracting DIR/FILE (N bytes)}. */
    static ExtractListener extracting(CommandContext ctx) {
        return new ExtractListener() {
            @Override
            public void directory(String name) {
                ctx.out().println(name + " (directory)");
            }

            @Override
            public void file(String name, long size) {
                ctx.out().println("extracting " + name + " (" + size + " bytes)");
            }
        };
    }
}
