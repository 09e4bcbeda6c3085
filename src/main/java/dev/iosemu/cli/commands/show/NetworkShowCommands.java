package dev.iosemu.cli.commands.show;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.NetworkPresence;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.lab.CdpNeighbour;
import dev.iosemu.lab.NetworkAttachment;
import dev.iosemu.profile.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The show commands of interfaces and the lab network: {@code show interfaces [IF] [status]}, {@code show ip
 * interface [IF]}, {@code show running-config interface IF}, {@code show ip arp}, {@code show cdp
 * neighbors [detail]}, and on a switch {@code show vlan [brief]} and {@code show mac address-table}. A device
 * alone has no neighbours and has learned nothing.
 */
public final class NetworkShowCommands {
    private NetworkShowCommands() {}

    /** Adds the commands under {@code show}. */
    public static void register(CommandNode show, Router router) {
        Arg<String> name = Arg.interfaceName("interface", () -> names(router), "");
        registerInterfaces(show, router, name);
        show.keyword("ip", "IP information")
                .keyword("arp", "IP ARP table")
                .privilege(1)
                .executes(ctx -> print(
                        ctx,
                        NetworkTables.arp(
                                network(router).map(NetworkAttachment::arpTable).orElse(List.of()),
                                router.clock().instant())));
        CommandNode neighbors = show.keyword("cdp", "CDP information")
                .keyword("neighbors", "CDP neighbor entries")
                .privilege(1)
                .executes(ctx -> print(ctx, NetworkTables.cdpNeighbours(neighbours(router))));
        neighbors
                .keyword("detail", "Show detailed information")
                .executes(ctx -> print(ctx, NetworkTables.cdpDetail(neighbours(router))));
        if (router.platform().role() == Role.SWITCH) {
            registerSwitch(show, router);
        }
    }

    private static void registerInterfaces(CommandNode show, Router router, Arg<String> name) {
        InterfaceDetail detail = new InterfaceDetail(router);
        CommandNode interfaces = show.keyword("interfaces", "Interface status and configuration")
                .privilege(1)
                .executes(ctx ->
                        print(ctx, detail.showInterfaces(router.runningConfig().interfaces())));
        interfaces.argument(name).executes(ctx -> print(ctx, detail.showInterfaces(one(router, ctx.get(name)))));
        if (router.platform().role() == Role.SWITCH) {
            interfaces
                    .keyword("status", "Show interface line status")
                    .executes(ctx ->
                            print(ctx, detail.status(router.runningConfig().interfaces())));
        }
        show.keyword("ip", "IP information")
                .keyword("interface", "IP interface status and configuration")
                .privilege(1)
                .executes(ctx -> print(
                        ctx, detail.showIpInterfaces(router.runningConfig().interfaces())))
                .argument(name)
                .executes(ctx -> print(ctx, detail.showIpInterfaces(one(router, ctx.get(name)))));
        show.keyword("running-config", "Current operating configuration")
                .keyword("interface", "Show interface configuration")
                .argument(name)
                .executes(ctx -> print(ctx, runningInterface(router, ctx.get(name))));
    }

    private static void registerSwitch(CommandNode show, Router router) {
        CommandNode vlan =
                show.keyword("vlan", "VTP VLAN status").privilege(1).executes(ctx -> print(ctx, vlanBrief(router)));
        vlan.keyword("brief", "VTP all VLAN status in brief").executes(ctx -> print(ctx, vlanBrief(router)));
        show.keyword("mac", "MAC configuration")
                .keyword("address-table", "MAC forwarding table")
                .privilege(1)
                .executes(ctx -> print(
                        ctx,
                        NetworkTables.macTable(
                                network(router).map(NetworkAttachment::macTable).orElse(List.of()))));
    }

    private static List<String> vlanBrief(Router router) {
        List<InterfaceConfig> ports = router.runningConfig().interfaces().stream()
                .filter(ifc -> router.network()
                        .map(node -> node.isSwitchPort(ifc.name()))
                        .orElse(ifc.name().contains("/") && !ifc.name().startsWith("Vlan")))
                .toList();
        return NetworkTables.vlanBrief(router.vlans().all(), ports);
    }

    private static List<CdpNeighbour> neighbours(Router router) {
        return network(router).map(NetworkAttachment::cdpNeighbours).orElse(List.of());
    }

    private static Optional<NetworkAttachment> network(Router router) {
        return router.network().map(NetworkPresence::attachment);
    }

    private static List<String> names(Router router) {
        return router.runningConfig().interfaces().stream()
                .map(InterfaceConfig::name)
                .toList();
    }

    private static List<InterfaceConfig> one(Router router, String name) {
        return router.runningConfig().findInterface(name).stream().toList();
    }

    /** {@code show running-config interface IF}: the header, the interface's block, {@code end}. */
    private static List<String> runningInterface(Router router, String name) {
        List<String> all = router.runningConfigText();
        List<String> block = new ArrayList<>();
        block.add("!");
        int start = all.indexOf("interface " + name);
        for (int i = start; start >= 0 && i < all.size() && !all.get(i).equals("!"); i++) {
            block.add(all.get(i));
        }
        block.add("end");
        List<String> out = new ArrayList<>(ConfigText.showRunning(block));
        out.add("");
        return out;
    }

    private static void print(CommandContext ctx, List<String> lines) {
        ListingCommands.printLines(ctx, lines);
    }
}
