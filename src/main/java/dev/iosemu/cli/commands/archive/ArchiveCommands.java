package dev.iosemu.cli.commands.archive;

import dev.iosemu.cli.ArgType;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.UrlPrefix;
import dev.iosemu.cli.commands.copy.UrlFetch;
import dev.iosemu.cli.commands.system.BootConsoles;
import dev.iosemu.device.Router;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.profile.LoaderKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers {@code archive download-sw} and {@code archive tar} on a device with the Catalyst {@code switch:}
 * loader, the switches these commands upgrade.
 */
public final class ArchiveCommands {
    private static final List<String[]> DOWNLOAD_OPTIONS = List.of(
            new String[] {"/overwrite", "Overwrite an existing image with the same version"},
            new String[] {"/reload", "Reload the system after downloading the image"},
            new String[] {"/leave-old-sw", "Leave old sw installed after successful sw upgrade"},
            new String[] {"/imageonly", "Load only the IOS image"},
            new String[] {"/safe", "Load entire image before deleting current image"},
            new String[] {"/allow-feature-upgrade", "Allow installation of an image with a different feature set"},
            new String[] {"/force", "Ignore warnings and proceed with download"});

    private ArchiveCommands() {}

    /** Adds the commands for {@code router}, fetching archives with {@code fetch}; a reload boots on {@code consoles}'. */
    public static void register(CommandRegistry registry, Router router, UrlFetch fetch, BootConsoles consoles) {
        if (router.platform().loader() != LoaderKind.SWITCH) {
            return;
        }
        CommandNode archive = registry.root(Mode.PRIVILEGED_EXEC).keyword("archive", "manage archive files");
        CommandNode download = archive.keyword("download-sw", "Download software image to the switch");
        DOWNLOAD_OPTIONS.forEach(option -> download.option(option[0], option[1]));
        download.argument("source", ArgType.url(() -> prefixes(router)), "Image file")
                .executes(new DownloadSw(router, fetch, consoles)::execute);
        ArchiveTar tar = new ArchiveTar(router, fetch);
        CommandNode tarNode = archive.keyword("tar", "Manipulate a tar file");
        tarNode.keyword("/table", "List the contents of an archive")
                .argument("source", ArgType.url(() -> prefixes(router)), "Archive file")
                .executes(tar::table);
        tarNode.keyword("/xtract", "Extract files from an archive")
                .argument("source", ArgType.url(() -> prefixes(router)), "Archive file")
                .argument("directory", ArgType.file(() -> local(router)), "Destination directory")
                .executes(tar::xtract);
        tarNode.keyword("/create", "Create an archive")
                .argument("destination", ArgType.file(() -> local(router)), "Archive file to create")
                .argument("directory", ArgType.file(() -> local(router)), "Directory to archive")
                .executes(tar::create);
    }

    private static List<UrlPrefix> prefixes(Router router) {
        List<UrlPrefix> prefixes = new ArrayList<>(local(router));
        prefixes.add(new UrlPrefix("ftp:", "Source file (ftp:)"));
        prefixes.add(new UrlPrefix("tftp:", "Source file (tftp:)"));
        return prefixes;
    }

    private static List<UrlPrefix> local(Router router) {
        List<UrlPrefix> prefixes = new ArrayList<>();
        for (LocalFileSystem fs : router.fileSystems().all()) {
            prefixes.add(new UrlPrefix(fs.prefix(), "File on " + fs.prefix()));
            fs.spec().aliases().forEach(alias -> prefixes.add(new UrlPrefix(alias, "File on " + alias)));
        }
        return prefixes;
    }
}
