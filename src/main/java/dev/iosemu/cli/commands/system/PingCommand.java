package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.cli.LookupText;
import dev.iosemu.device.NameServers;
import dev.iosemu.device.Router;
import dev.iosemu.lab.Ipv4Address;
import java.util.Optional;

/**
 * {@code ping A.B.C.D|NAME}: five echoes that succeed when the device has a route out to the address (an
 * up interface's subnet, a static route or the default gateway), else time out; the lab network's answer
 * to "can I reach the server?" without sending ICMP from the host. A name is looked up in the
 * {@code ip host} table; the lab has no DNS, so any other name is unrecognized (after the
 * {@code Translating} line when {@code ip domain-lookup} is on).
 */
final class PingCommand {
    private static final Arg<String> HOST = Arg.word("host", "Ping destination address or hostname");

    private final Router router;

    private PingCommand(Router router) {
        this.router = router;
    }

    static void register(CommandNode exec, Router router) {
        exec.keyword("ping", "Send echo messages").privilege(1).argument(HOST).executes(new PingCommand(router)::ping);
    }

    private void ping(CommandContext ctx) throws CommandException {
        String host = ctx.get(HOST);
        Optional<Ipv4Address> resolved = router.runningConfig().resolve(host);
        if (resolved.isEmpty() && router.runningConfig().names().lookup()) {
            resolved = LookupText.translate(
                    host,
                    NameServers.shown(router.runningConfig()),
                    () -> NameServers.query(router, host),
                    ctx.out()::print);
        }
        if (resolved.isEmpty()) {
            throw new CommandException("% Unrecognized host or address, or protocol not running.");
        }
        Ipv4Address address = resolved.get();
        boolean reachable = router.reachability().answersEcho(address);
        ctx.out().println("Type escape sequence to abort.");
        ctx.out().println("Sending 5, 100-byte ICMP Echos to " + address + ", timeout is 2 seconds:");
        if (reachable) {
            ctx.out().println("!!!!!");
            ctx.out().println("Success rate is 100 percent (5/5), round-trip min/avg/max = 1/1/1 ms");
        } else {
            ctx.out().println(".....");
            ctx.out().println("Success rate is 0 percent (0/5)");
        }
    }
}
