package dev.iosemu.cli;

import dev.iosemu.device.config.LineConfig.LineKind;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;

/**
 * A tiny fake device with a demo command tree, showing how command packages register against the
 * engine: each command captures its device through the closure.
 */
final class DemoDevice {
    String hostname = "Router";
    boolean domainLookup = true;
    final List<String> interfaces = List.of("GigabitEthernet0/0", "GigabitEthernet0/1", "Vlan1");
    final List<String> log = new ArrayList<>();
    final List<String> descriptions = new ArrayList<>();

    static final List<UrlPrefix> SOURCES = List.of(
            new UrlPrefix("flash:", "Copy from flash: file system"),
            new UrlPrefix("ftp:", "Copy from ftp: file system"),
            new UrlPrefix("nvram:", "Copy from nvram: file system"),
            new UrlPrefix("running-config", "Copy from current system configuration"),
            new UrlPrefix("startup-config", "Copy from startup configuration"),
            new UrlPrefix("tftp:", "Copy from tftp: file system"));

    static final List<UrlPrefix> DESTINATIONS = List.of(
            new UrlPrefix("flash:", "Copy to flash: file system"),
            new UrlPrefix("ftp:", "Copy to ftp: file system"),
            new UrlPrefix("nvram:", "Copy to nvram: file system"),
            new UrlPrefix("running-config", "Update (merge with) current system configuration"),
            new UrlPrefix("startup-config", "Copy to startup configuration"),
            new UrlPrefix("tftp:", "Copy to tftp: file system"));

    static final Arg<String> TEXT = Arg.line("text", "Up to 240 characters describing this interface");
    static final Flag ERASE = Flag.of("/erase", "Erase destination file system.");
    static final Flag VERIFY = Flag.of("/verify", "Verify image signature before reload.");
    static final Arg<String> SOURCE = Arg.url("source", () -> SOURCES, "");
    static final Arg<String> DESTINATION = Arg.url("destination", () -> DESTINATIONS, "");
    static final Arg<Inet4Address> HOST = Arg.ipv4("host", "Ping destination address or hostname");
    static final Arg<String> HOSTNAME = Arg.word("name", "This system's network name");
    static final Arg<String> DOMAIN = Arg.word("domain", "Default domain name");
    static final Arg<Integer> REGISTER = Arg.hex("value", 0, 0xFFFF, "Config register number");
    static final Arg<Integer> FIRST_LINE = Arg.number("first", 0, 0, "First Line number");

    final Arg<String> interfaceName = Arg.interfaceName(
            "name", () -> interfaces, List.of(new InterfaceType("Loopback", "Loopback interface", 0, 2147483647L)), "");
    final CommandRegistry registry = new CommandRegistry();

    DemoDevice() {
        registerExec(registry.root(Mode.PRIVILEGED_EXEC));
        registerConfig(registry.root(Mode.GLOBAL_CONFIG));
        registry.root(Mode.INTERFACE_CONFIG)
                .keyword("description", "Interface specific description")
                .argument(TEXT)
                .executes(ctx -> descriptions.add(
                        ((ModeTarget.InterfaceTarget) ctx.modeTarget()).name() + ": " + ctx.get(TEXT)));
    }

    ShellSettings settings() {
        return ShellSettings.builder()
                .hostname(() -> hostname)
                .domainLookup(() -> domainLookup)
                .onConfigModeExit(s -> log.add("%SYS-5-CONFIG_I: Configured from console by console"))
                .build();
    }

    HeadlessSession headless() {
        return HeadlessSession.of(registry, settings());
    }

    private void registerExec(CommandNode exec) {
        CommandNode show = exec.keyword("show", "Show running system information");
        show.keyword("version", "System hardware and software status")
                .privilege(1)
                .executes(ctx -> ctx.out().println("Cisco IOS Software, C1900 Software, Version 15.7(3)M8"));
        show.keyword("interfaces", "Interface status and configuration")
                .executes(ctx -> interfaces.forEach(ctx.out()::println));
        show.keyword("ip", "IP information")
                .keyword("interface", "IP interface status and configuration")
                .executes(ctx -> ctx.out().println("ip interfaces"));
        show.keyword("inventory", "Show the physical inventory")
                .executes(ctx -> ctx.out().println("inventory"));
        show.keyword("lines", "Many numbered lines (pager demo)").executes(ctx -> {
            for (int i = 1; i <= 30; i++) {
                ctx.out().println("line " + i);
            }
        });
        exec.keyword("copy", "Copy from one file to another")
                .option(ERASE)
                .option(VERIFY)
                .argument(SOURCE)
                .argument(DESTINATION)
                .executes(DemoDevice::copy);
        exec.keyword("reload", "Halt and perform a cold restart").executes(ctx -> {
            if (ctx.askYesNo("System configuration has been modified. Save? [yes/no]: ")) {
                ctx.out().println("Building configuration...");
                ctx.out().println("[OK]");
            }
            if (ctx.confirm("Proceed with reload? [confirm]")) {
                ctx.out().println("reloading");
            }
        });
        exec.keyword("ping", "Send echo messages").argument(HOST).executes(ctx -> ctx.out()
                .println("ping " + ctx.get(HOST).getHostAddress()));
    }

    private static void copy(CommandContext ctx) {
        String destination = ctx.ask("Destination filename [" + ctx.get(DESTINATION) + "]? ");
        if (destination.isEmpty()) {
            destination = ctx.get(DESTINATION);
        }
        ctx.out().println("copy " + ctx.get(SOURCE) + " -> " + destination + (ctx.has(ERASE) ? " (erase)" : ""));
    }

    private void registerConfig(CommandNode config) {
        config.keyword("hostname", "Set system's network name")
                .argument(HOSTNAME)
                .executes(ctx -> hostname = ctx.get(HOSTNAME));
        CommandNode ip = config.keyword("ip", "Global IP configuration subcommands");
        ip.keyword("domain-lookup", "Enable IP Domain Name System hostname translation")
                .executes(ctx -> domainLookup = true)
                .negates(ctx -> domainLookup = false);
        ip.keyword("domain", "IP DNS Resolver")
                .keyword("name", "Define the default domain name")
                .argument(DOMAIN)
                .executes(ctx -> {});
        config.keyword("interface", "Select an interface to configure")
                .argument(interfaceName)
                .executes(ctx ->
                        ctx.enterMode(Mode.INTERFACE_CONFIG, new ModeTarget.InterfaceTarget(ctx.get(interfaceName))));
        config.keyword("config-register", "Define the configuration register")
                .argument(REGISTER)
                .executes(ctx -> ctx.out().printf("register 0x%X%n", ctx.get(REGISTER)));
        config.keyword("line", "Configure a terminal line")
                .keyword("console", "Primary terminal line")
                .argument(FIRST_LINE)
                .executes(ctx -> ctx.enterMode(Mode.LINE_CONFIG, new ModeTarget.LineTarget(LineKind.CON, 0, 0)));
    }
}
