package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.NetworkPresence;
import dev.iosemu.device.Router;
import dev.iosemu.lab.Echo;
import dev.iosemu.lab.Ipv4Address;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code traceroute A.B.C.D|NAME}: three probes a hop, with a time to live of 1, 2, ... until the destination
 * answers, through the modelled lab network; {@code clear arp-cache}. A device alone reaches what it pings in
 * one hop, or nothing.
 */
final class TracerouteCommand {
    /** Named as IOS's vocabulary names the argument, so the unmodelled words beside it do not list it twice. */
    private static final Arg<String> HOST = Arg.word("word", "Trace route to destination address or hostname");

    private static final int MAX_TTL = 30;
    private static final int PROBES = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Router router;

    private TracerouteCommand(Router router) {
        this.router = router;
    }

    static void register(CommandNode exec, Router router) {
        exec.keyword("traceroute", "Trace route to destination")
                .privilege(1)
                .executes(ctx -> {
                    throw new CommandException("% \"traceroute\" with no destination (the extended dialog) is a real"
                            + " IOS command iosemu does not model");
                })
                .argument(HOST)
                .executes(new TracerouteCommand(router)::trace);
        exec.keyword("clear", "Reset functions")
                .keyword("arp-cache", "Clear the entire ARP cache")
                .executes(ctx ->
                        router.network().ifPresent(node -> node.attachment().clearArp()));
    }

    private void trace(CommandContext ctx) throws CommandException {
        Ipv4Address address = router.runningConfig()
                .resolve(ctx.get(HOST))
                .orElseThrow(() -> new CommandException("% Unrecognized host or address, or protocol not running."));
        ctx.out().println("Type escape sequence to abort.");
        ctx.out().println("Tracing the route to " + address);
        ctx.out().println("VRF info: (vrf in name/id, vrf out name/id)");
        List<List<Echo>> hops = router.network()
                .map(NetworkPresence::attachment)
                .map(node -> node.traceroute(address, MAX_TTL, PROBES, TIMEOUT))
                .orElseGet(() -> alone(address));
        for (int i = 0; i < hops.size(); i++) {
            ctx.out().println(hopLine(i + 1, hops.get(i)));
        }
    }

    /** A device alone: the destination in one hop when it would answer a ping, else silence all the way. */
    private List<List<Echo>> alone(Ipv4Address address) {
        if (router.reachability().answersEcho(address)) {
            Echo answer = new Echo(Echo.Outcome.PORT_UNREACHABLE, Optional.of(address), 1_000_000);
            return List.of(List.of(answer, answer, answer));
        }
        Echo none = new Echo(Echo.Outcome.NONE, Optional.empty(), 0);
        return java.util.Collections.nCopies(MAX_TTL, List.of(none, none, none));
    }

    /** {@code   1 10.0.0.1 1 msec 1 msec 1 msec}, {@code   3  *  *  * }, {@code !H} for an unreachable. */
    static String hopLine(int hop, List<Echo> probes) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%3d", hop));
        Optional<Ipv4Address> shown = Optional.empty();
        boolean lastStar = false;
        for (Echo probe : probes) {
            if (probe.outcome() == Echo.Outcome.NONE) {
                line.append("  *");
                lastStar = true;
                continue;
            }
            if (!probe.from().equals(shown)) {
                line.append(' ').append(probe.from().map(Ipv4Address::toString).orElse(""));
                shown = probe.from();
            }
            long millis = Math.max(1, (probe.nanos() + 999_999) / 1_000_000);
            line.append(probe.outcome() == Echo.Outcome.UNREACHABLE ? " !H" : " " + millis + " msec");
            lastStar = false;
        }
        return lastStar ? line + " " : line.toString();
    }
}
