package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ModeTarget.VlanTarget;
import dev.iosemu.device.Router;
import dev.iosemu.profile.Role;

/**
 * {@code vlan N} and its {@code (config-vlan)#} mode ({@code name}) on a switch, and {@code cdp run} on
 * every device.
 */
final class VlanCommands {
    private static final Arg<Integer> ID = Arg.number("vlan", 1, 4094, "ISL VLAN IDs 1-1005");
    private static final Arg<String> NAME = Arg.word("name", "The ascii name for the VLAN");

    private VlanCommands() {}

    static void register(CommandNode config, CommandNode configVlan, Router router) {
        config.keyword("cdp", "Global CDP configuration subcommands")
                .keyword("run", "Enable CDP")
                .executes(ctx -> router.configure(b -> b.routing(r -> r.withCdp(true))))
                .negates(ctx -> router.configure(b -> b.routing(r -> r.withCdp(false))));
        if (router.platform().role() != Role.SWITCH) {
            return;
        }
        config.keyword("vlan", "Vlan commands")
                .argument(ID)
                .executes(ctx -> {
                    router.vlans().create(ctx.get(ID));
                    ctx.enterMode(Mode.VLAN_CONFIG, new VlanTarget(ctx.get(ID)));
                })
                .negates(ctx -> delete(ctx, router));
        configVlan.keyword("name", "Ascii name of the VLAN").argument(NAME).executes(ctx -> {
            if (ctx.modeTarget() instanceof VlanTarget target) {
                router.vlans().name(target.vlan(), ctx.get(NAME));
            }
        });
    }

    private static void delete(CommandContext ctx, Router router) throws CommandException {
        if (!router.vlans().delete(ctx.get(ID))) {
            throw new CommandException("%Default VLAN 1 may not be deleted.");
        }
    }
}
