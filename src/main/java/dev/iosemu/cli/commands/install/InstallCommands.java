package dev.iosemu.cli.commands.install;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.CommandRegistry;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.UrlPrefix;
import dev.iosemu.cli.commands.file.FileArguments;
import dev.iosemu.cli.commands.system.BootConsoles;
import dev.iosemu.device.Router;
import dev.iosemu.device.install.Installer;
import dev.iosemu.image.ImageFamily;
import java.util.List;
import java.util.Optional;

/**
 * Registers IOS-XE install mode on a device whose software is IOS-XE: the {@code install} commands, {@code show
 * install ...}, {@code request platform software package expand}, and the auto-abort timer's check before each
 * command line.
 */
public final class InstallCommands {
    private static final Arg<Long> ID = Arg.longNumber("id", 1, 4_294_967_295L, "Install point id");

    private InstallCommands() {}

    /** Adds the commands for {@code router}; a reload they start boots on the console {@code consoles} makes. */
    public static void register(CommandRegistry registry, Router router, BootConsoles consoles) {
        if (router.platform().train() != ImageFamily.IOS_XE) {
            return;
        }
        Installer installer = new Installer(router);
        InstallOperations operations = new InstallOperations(router, installer, consoles);
        InstallMaintenance maintenance = new InstallMaintenance(installer, operations);
        CommandNode exec = registry.root(Mode.PRIVILEGED_EXEC);
        CommandNode install = exec.keyword("install", "install commands");
        Arg<String> file = FileArguments.localFile("path", router.fileSystems(), "package file");
        CommandNode path = install.keyword("add", "Install add a package")
                .keyword("file", "package file")
                .argument(file)
                .executes(ctx -> operations.add(console(ctx, router), ctx.get(file), false, false));
        path.keyword("activate", "Activate the package after add")
                .executes(ctx -> operations.add(console(ctx, router), ctx.get(file), true, false))
                .keyword("commit", "Commit the package after activate")
                .executes(ctx -> operations.add(console(ctx, router), ctx.get(file), true, true));
        install.keyword("activate", "Activate the installed package")
                .executes(ctx -> operations.activate(console(ctx, router)));
        install.keyword("commit", "Commit the activated package")
                .executes(ctx -> operations.commit(console(ctx, router)));
        install.keyword("abort", "Abort the uncommitted installation")
                .executes(ctx -> operations.abort(console(ctx, router), true));
        CommandNode to = install.keyword("rollback", "Rollback to a previous installation point")
                .keyword("to", "Rollback to");
        to.keyword("base", "Rollback to the base image")
                .executes(ctx -> maintenance.rollback(console(ctx, router), "base", 0));
        to.keyword("committed", "Rollback to the committed installation point")
                .executes(ctx -> maintenance.rollback(console(ctx, router), "committed", 0));
        to.keyword("id", "Rollback to a specific install point id")
                .argument(ID)
                .executes(ctx -> maintenance.rollback(
                        console(ctx, router), "id", ctx.get(ID).intValue()));
        install.keyword("remove", "Remove installed packages")
                .keyword("inactive", "Remove all the inactive packages")
                .executes(ctx -> maintenance.removeInactive(console(ctx, router)));
        install.keyword("auto-abort-timer", "Install auto-abort timer")
                .keyword("stop", "Stop the auto-abort timer")
                .executes(ctx -> maintenance.stopTimer(console(ctx, router)));
        registerShow(exec, router, installer);
        registerExpand(exec, router, installer, file);
        registry.beforeEachLine(operations::abortIfExpired);
    }

    private static void registerShow(CommandNode exec, Router router, Installer installer) {
        CommandNode show =
                exec.keyword("show", "Show running system information").keyword("install", "Show install information");
        for (InstallViews.View view : InstallViews.View.values()) {
            String word = view.name().toLowerCase(java.util.Locale.ROOT);
            show.keyword(word, "Show " + word + " install information")
                    .executes(ctx -> print(ctx, InstallViews.table(view, installer.record(), installer.timeLeft())));
        }
        show.keyword("log", "Show install log").executes(ctx -> print(ctx, InstallViews.log(installer.record())));
        Arg<String> path = FileArguments.localFile("path", router.fileSystems(), "package file");
        show.keyword("package", "Show package information")
                .argument(path)
                .executes(
                        ctx -> print(ctx, PackageView.render(installer, ctx.get(path), installer.size(ctx.get(path)))));
    }

    private static void registerExpand(CommandNode exec, Router router, Installer installer, Arg<String> file) {
        List<UrlPrefix> prefixes = FileArguments.localPrefixes(router.fileSystems(), "package file");
        Arg<String> target = Arg.file("target", () -> prefixes, "target directory");
        PackageExpand expand = new PackageExpand(installer);
        CommandNode source = exec.keyword("request", "Request a platform operation")
                .keyword("platform", "Platform commands")
                .keyword("software", "Software commands")
                .keyword("package", "Package commands")
                .keyword("expand", "Expand a package")
                .keyword("file", "Package file to expand")
                .argument(file)
                .executes(ctx -> expand.run(console(ctx, router), ctx.get(file), Optional.empty()));
        source.keyword("to", "Directory to expand to")
                .argument(target)
                .executes(ctx -> expand.run(console(ctx, router), ctx.get(file), Optional.of(ctx.get(target))));
    }

    private static void print(CommandContext ctx, List<String> lines) {
        for (String line : lines) {
            if (ctx.out().stopped()) {
                return;
            }
            ctx.out().println(line);
        }
    }

    private static InstallConsole console(CommandContext ctx, Router router) {
        return InstallConsole.of(ctx, router);
    }
}
