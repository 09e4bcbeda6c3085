package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandHandler;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.InterfaceType;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ModeTarget.InterfaceTarget;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.InterfaceAddress;
import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.profile.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code interface NAME} (a loopback or, on a switch, a VLAN interface is made on first use; {@code no
 * interface} removes it) and the {@code (config-if)#} commands: address, shutdown, description, and the
 * port's own ({@link PortCommands}).
 */
final class InterfaceCommands {
    private static final CommandHandler IGNORE = ctx -> {};
    private static final InterfaceType LOOPBACK = new InterfaceType("Loopback", "Loopback interface", 0, 2147483647L);
    private static final InterfaceType VLAN = new InterfaceType("Vlan", "Catalyst Vlans", 1, 4094);
    private static final Arg<Ipv4Address> ADDRESS = GlobalCommands.address("address", "IP address");
    private static final Arg<Ipv4Address> MASK = GlobalCommands.address("mask", "IP subnet mask");
    private static final Arg<String> DESCRIPTION = Arg.line("text", "Up to 240 characters describing this interface");

    private InterfaceCommands() {}

    static void register(CommandNode config, CommandNode configIf, Router router) {
        List<InterfaceType> creatable =
                router.platform().role() == Role.SWITCH ? List.of(LOOPBACK, VLAN) : List.of(LOOPBACK);
        Arg<String> name = Arg.interfaceName("name", () -> names(router), creatable, "");
        config.keyword("interface", "Select an interface to configure")
                .argument(name)
                .executes(ctx -> enter(ctx, router, ctx.get(name)))
                .negates(ctx -> remove(ctx, router, ctx.get(name)));
        CommandNode address = configIf.keyword("ip", "Interface Internet Protocol config commands")
                .keyword("address", "Set the IP address of an interface")
                .negates(ctx -> change(ctx, router, ifc -> ifc.withAddress(Optional.empty())));
        address.argument(ADDRESS)
                .argument(MASK)
                .executes(ctx -> setAddress(ctx, router))
                .negates(ctx -> change(ctx, router, ifc -> ifc.withAddress(Optional.empty())));
        configIf.keyword("shutdown", "Shutdown the selected interface")
                .executes(ctx -> change(ctx, router, ifc -> ifc.withShutdown(true)))
                .negates(ctx -> change(ctx, router, ifc -> ifc.withShutdown(false)));
        configIf.keyword("description", "Interface specific description")
                .negates(ctx -> change(ctx, router, ifc -> ifc.withDescription(Optional.empty())))
                .argument(DESCRIPTION)
                .executes(ctx -> change(ctx, router, ifc -> ifc.withDescription(Optional.of(ctx.get(DESCRIPTION)))))
                .negates(ctx -> change(ctx, router, ifc -> ifc.withDescription(Optional.empty())));
        configIf.keyword("negotiation", "Configure negotiation operation.")
                .keyword("auto", "Enable AUTO negotiation configuration")
                .executes(IGNORE)
                .negates(IGNORE);
        PortCommands.register(configIf, router);
    }

    private static List<String> names(Router router) {
        return router.runningConfig().interfaces().stream()
                .map(InterfaceConfig::name)
                .toList();
    }

    /**
     * Enters the interface, making a loopback or VLAN interface that does not exist yet: a loopback comes up
     * at once, a new VLAN interface starts shut down as on a Catalyst.
     */
    private static void enter(CommandContext ctx, Router router, String name) {
        if (router.runningConfig().findInterface(name).isEmpty()) {
            boolean shut = name.startsWith(VLAN.name());
            router.configure(b -> b.addInterface(InterfaceConfig.unconfigured(name, shut)));
        }
        ctx.enterMode(Mode.INTERFACE_CONFIG, new InterfaceTarget(name));
    }

    /** {@code no interface Loopback0}: only interfaces made by configuration go. */
    private static void remove(CommandContext ctx, Router router, String name) throws CommandException {
        if (router.setup().interfaces().contains(name)) {
            throw new CommandException("% Removal of physical interfaces is not permitted");
        }
        if (router.runningConfig().findInterface(name).isPresent()) {
            router.configure(b -> b.removeInterface(name));
        }
    }

    private static void setAddress(CommandContext ctx, Router router) throws CommandException {
        Ipv4Address address = ctx.get(ADDRESS);
        Ipv4Address mask = ctx.get(MASK);
        if (!mask.isContiguousMask() || mask.bits() == 0) {
            throw new CommandException(
                    String.format(Locale.ROOT, "Bad mask 0x%08X for address %s", mask.bits(), address));
        }
        InterfaceAddress value = new InterfaceAddress(address, mask);
        change(ctx, router, ifc -> ifc.withAddress(Optional.of(value)));
    }

    private static void change(CommandContext ctx, Router router, UnaryOperator<InterfaceConfig> change) {
        if (ctx.modeTarget() instanceof InterfaceTarget target) {
            router.configure(b -> b.updateInterface(target.name(), change));
        }
    }
}
