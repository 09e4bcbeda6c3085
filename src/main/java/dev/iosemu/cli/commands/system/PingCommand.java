package dev.iosemu.cli.commands.system;

import dev.iosemu.cli.ArgType;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Router;
import dev.iosemu.lab.Ipv4Address;
import java.net.Inet4Address;

/**
 * {@code ping A.B.C.D}: five echoes that succeed when the device has a route out to the address (an up
 * interface's subnet, a static route or the default gateway), else time out; the lab network's answer
 * to "can I reach the server?" without sending ICMP from the host.
 */
final class PingCommand {
    private final Router router;

    private PingCommand(Router router) {
        this.router = router;
    }

    static void register(CommandNode exec, Router router) {
        exec.keyword("ping", "Send echo messages")
                .privilege(1)
                .argument("host", ArgType.ipv4(), "Ping destination address or hostname")
                .executes(new PingCommand(router)::ping);
    }

    private void ping(CommandContext ctx) {
        Inet4Address host = ctx.value("host", Inet4Address.class);
        Ipv4Address address = Ipv4Address.parse(host.getHostAddress());
        boolean reachable = router.routingTable().lookup(address).isPresent();
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
