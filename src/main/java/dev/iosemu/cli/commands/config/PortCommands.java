package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.ModeTarget.InterfaceTarget;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.PortSettings;
import dev.iosemu.device.config.PortSettings.SwitchportMode;
import dev.iosemu.profile.Role;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code (config-if)#} commands of a port's layer 2 and physical layer: {@code switchport mode} and
 * {@code switchport access vlan} on a switch, {@code cdp enable}, {@code speed} and {@code duplex}.
 */
final class PortCommands {
    private static final Arg<Integer> VLAN =
            Arg.number("vlan", 1, 4094, "VLAN ID of the VLAN when this port is in access mode");
    private static final Arg<String> SPEED =
            Arg.choice("speed", "speed", List.of("10", "100", "1000", "auto"), "Speed in Mbps, or auto");
    private static final Arg<String> DUPLEX =
            Arg.choice("duplex", "duplex", List.of("auto", "full", "half"), "Duplex mode");

    private PortCommands() {}

    static void register(CommandNode configIf, Router router) {
        if (router.platform().role() == Role.SWITCH) {
            registerSwitchport(configIf.keyword("switchport", "Set switching mode characteristics"), router);
        }
        configIf.keyword("cdp", "CDP interface subcommands")
                .keyword("enable", "Enable CDP on interface")
                .executes(ctx -> change(ctx, router, p -> p.withCdp(true)))
                .negates(ctx -> change(ctx, router, p -> p.withCdp(false)));
        configIf.keyword("speed", "Configure speed operation.")
                .negates(ctx -> change(ctx, router, p -> p.withSpeed("auto")))
                .argument(SPEED)
                .executes(ctx -> change(ctx, router, p -> p.withSpeed(ctx.get(SPEED))))
                .negates(ctx -> change(ctx, router, p -> p.withSpeed("auto")));
        configIf.keyword("duplex", "Configure duplex operation.")
                .negates(ctx -> change(ctx, router, p -> p.withDuplex("auto")))
                .argument(DUPLEX)
                .executes(ctx -> change(ctx, router, p -> p.withDuplex(ctx.get(DUPLEX))))
                .negates(ctx -> change(ctx, router, p -> p.withDuplex("auto")));
    }

    private static void registerSwitchport(CommandNode switchport, Router router) {
        CommandNode mode = switchport.keyword("mode", "Set trunking mode of the interface");
        mode.negates(ctx -> change(ctx, router, p -> p.withMode(SwitchportMode.DYNAMIC_AUTO)));
        mode.keyword("access", "Set trunking mode to ACCESS unconditionally")
                .executes(ctx -> change(ctx, router, p -> p.withMode(SwitchportMode.ACCESS)))
                .negates(ctx -> change(ctx, router, p -> p.withMode(SwitchportMode.DYNAMIC_AUTO)));
        mode.keyword("trunk", "Set trunking mode to TRUNK unconditionally")
                .executes(ctx -> change(ctx, router, p -> p.withMode(SwitchportMode.TRUNK)))
                .negates(ctx -> change(ctx, router, p -> p.withMode(SwitchportMode.DYNAMIC_AUTO)));
        CommandNode access = switchport
                .keyword("access", "Set access mode characteristics of the interface")
                .keyword("vlan", "Set VLAN when interface is in access mode");
        access.negates(ctx -> change(ctx, router, p -> p.withAccessVlan(1)));
        access.argument(VLAN)
                .executes(ctx -> accessVlan(ctx, router))
                .negates(ctx -> change(ctx, router, p -> p.withAccessVlan(1)));
    }

    /** IOS makes the VLAN an access port is put in, and says so. */
    private static void accessVlan(CommandContext ctx, Router router) {
        int vlan = ctx.get(VLAN);
        if (router.vlans().create(vlan)) {
            ctx.out().println("% Access VLAN does not exist. Creating vlan " + vlan);
        }
        change(ctx, router, p -> p.withAccessVlan(vlan));
    }

    private static void change(CommandContext ctx, Router router, UnaryOperator<PortSettings> change) {
        if (ctx.modeTarget() instanceof InterfaceTarget target) {
            router.configure(b -> b.updateInterface(target.name(), ifc -> ifc.withPort(change)));
        }
    }
}
