package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandHandler;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.Mode;
import dev.iosemu.cli.ModeTarget.InterfaceTarget;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.InterfaceAddress;
import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.lab.Ipv4Address;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** {@code interface NAME} and the {@code (config-if)#} commands: address, shutdown, description. */
final class InterfaceCommands {
    private static final CommandHandler IGNORE = ctx -> {};
    private static final Arg<Ipv4Address> ADDRESS = GlobalCommands.address("address", "IP address");
    private static final Arg<Ipv4Address> MASK = GlobalCommands.address("mask", "IP subnet mask");
    private static final Arg<String> DESCRIPTION = Arg.line("text", "Up to 240 characters describing this interface");

    private InterfaceCommands() {}

    static void register(CommandNode config, CommandNode configIf, Router router) {
        Arg<String> name = Arg.interfaceName("name", router.setup()::interfaces, "");
        config.keyword("interface", "Select an interface to configure")
                .argument(name)
                .executes(ctx -> ctx.enterMode(Mode.INTERFACE_CONFIG, new InterfaceTarget(ctx.get(name))));
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
        for (String fixed : new String[] {"duplex", "speed", "negotiation"}) {
            configIf.keyword(fixed, "Configure " + fixed + " operation.")
                    .keyword("auto", "Enable AUTO " + fixed + " configuration")
                    .executes(IGNORE)
                    .negates(IGNORE);
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
