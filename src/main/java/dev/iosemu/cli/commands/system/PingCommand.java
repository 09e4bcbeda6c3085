package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Router;
import dev.iosemu.lab.Echo;
import dev.iosemu.lab.Ipv4Address;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code ping A.B.C.D|NAME}: five echoes. In a modelled lab network each one travels there and back (the
 * first may be lost to ARP, a router without a route answers {@code U}); a device alone reaches its own
 * addresses, the lab's servers and this machine's loopback through a route, and nothing else. No ICMP
 * leaves the host. A name is looked up in the
 * {@code ip host} table; the lab has no DNS, so any other name is unrecognized (after the
 * {@code Translating} line when {@code ip domain-lookup} is on).
 */
final class PingCommand {
    private static final Arg<String> HOST = Arg.word("host", "Ping destination address or hostname");

    private static final int COUNT = 5;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Router router;

    private PingCommand(Router router) {
        this.router = router;
    }

    static void register(CommandNode exec, Router router) {
        exec.keyword("ping", "Send echo messages").privilege(1).argument(HOST).executes(new PingCommand(router)::ping);
    }

    private void ping(CommandContext ctx) throws CommandException {
        String host = ctx.get(HOST);
        Optional<Ipv4Address> resolved = HostLookup.resolve(router, host, ctx.out()::print);
        if (resolved.isEmpty()) {
            throw new CommandException("% Unrecognized host or address, or protocol not running.");
        }
        Ipv4Address address = resolved.get();
        ctx.out().println("Type escape sequence to abort.");
        ctx.out().println("Sending " + COUNT + ", 100-byte ICMP Echos to " + address + ", timeout is 2 seconds:");
        List<Echo> echoes = router.network()
                .map(node -> node.attachment().ping(address, COUNT, TIMEOUT))
                .orElseGet(() -> alone(address));
        StringBuilder marks = new StringBuilder();
        echoes.forEach(echo -> marks.append(mark(echo.outcome())));
        ctx.out().println(marks.toString());
        ctx.out().println(successRate(echoes));
    }

    /** A device alone has no modelled network: the lab answers what it owns, or nothing answers. */
    private List<Echo> alone(Ipv4Address address) {
        boolean reachable = router.reachability().answersEcho(address);
        Echo echo = new Echo(reachable ? Echo.Outcome.REPLY : Echo.Outcome.NONE, Optional.empty(), 1_000_000);
        return java.util.Collections.nCopies(COUNT, echo);
    }

    private static char mark(Echo.Outcome outcome) {
        return switch (outcome) {
            case REPLY -> '!';
            case UNREACHABLE -> 'U';
            case NONE, TIME_EXCEEDED, PORT_UNREACHABLE -> '.';
        };
    }

    /** {@code Success rate is 80 percent (4/5), round-trip min/avg/max = 1/1/1 ms}, times in whole ms, at least 1. */
    static String successRate(List<Echo> echoes) {
        List<Long> millis = echoes.stream()
                .filter(echo -> echo.outcome() == Echo.Outcome.REPLY)
                .map(echo -> Math.max(1, (echo.nanos() + 999_999) / 1_000_000))
                .toList();
        String rate = "Success rate is " + millis.size() * 100 / echoes.size() + " percent (" + millis.size() + "/"
                + echoes.size() + ")";
        if (millis.isEmpty()) {
            return rate;
        }
        long min = millis.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        long avg = millis.stream().mapToLong(Long::longValue).sum() / millis.size();
        return rate + ", round-trip min/avg/max = " + min + "/" + avg + "/" + max + " ms";
    }
}
