package dev.iosemu.cli.commands.archive;

import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.UrlPrefix;
import dev.iosemu.cli.commands.copy.UrlFetch;
import dev.iosemu.cli.commands.system.BootConsoles;
import dev.iosemu.device.Router;
import dev.iosemu.fs.UrlScheme;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.profile.LoaderKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers {@code archive download-sw} and {@code archive tar} on a device with the Catalyst {@code switch:}
 * loader, the switches these commands upgrade.
 */
public final class ArchiveCommands {
    private ArchiveCommands() {}

    /** Adds the commands for {@code router}, fetching archives with {@code fetch}; a reload boots on {@code consoles}'. */
    public static void register(CommandRegistry registry, Router router, UrlFetch fetch, BootConsoles consoles) {
        if (router.platform().loader() != LoaderKind.SWITCH) {
            return;
        }
        CommandNode archive = registry.root(Mode.PRIVILEGED_EXEC).keyword("archive", "manage archive files");
        CommandNode download = archive.keyword("download-sw", "Download software image to the switch");
        DownloadSw downloadSw = new DownloadSw(router, fetch, consoles);
        DownloadSw.FLAGS.forEach(download::option);
        download.argument(downloadSw.sourceArg).executes(downloadSw::execute);
        ArchiveTar tar = new ArchiveTar(router, fetch);
        CommandNode tarNode = archive.keyword("tar", "Manipulate a tar file");
        tarNode.keyword("/table", "List the contents of an archive")
                .argument(tar.source)
                .executes(tar::table);
        tarNode.keyword("/xtract", "Extract files from an archive")
                .argument(tar.source)
                .argument(tar.extractTo)
                .executes(tar::xtract);
        tarNode.keyword("/create", "Create an archive")
                .argument(tar.created)
                .argument(tar.archived)
                .executes(tar::create);
    }

    /** Where an archive may come from: a local file system, or any network scheme {@code copy} reaches. */
    static List<UrlPrefix> prefixes(Router router) {
        List<UrlPrefix> prefixes = new ArrayList<>(local(router));
        UrlFetch.schemes().stream()
                .map(UrlScheme::prefix)
                .sorted()
                .forEach(prefix -> prefixes.add(new UrlPrefix(prefix, "Source file (" + prefix + ")")));
        return prefixes;
    }

    /** Where an archive may be created or extracted: the local file systems. */
    static List<UrlPrefix> local(Router router) {
        List<UrlPrefix> prefixes = new ArrayList<>();
        for (LocalFileSystem fs : router.fileSystems().all()) {
            prefixes.add(new UrlPrefix(fs.prefix(), "File on " + fs.prefix()));
            fs.spec().aliases().forEach(alias -> prefixes.add(new UrlPrefix(alias, "File on " + alias)));
        }
        return prefixes;
    }
}
