package dev.iosemu.cli;

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

    final CommandRegistry registry = new CommandRegistry();

    DemoDevice() {
        registerExec(registry.root(Mode.PRIVILEGED_EXEC));
        registerConfig(registry.root(Mode.GLOBAL_CONFIG));
        registry.root(Mode.INTERFACE_CONFIG)
                .keyword("description", "Interface specific description")
                .argument("text", ArgType.line(), "Up to 240 characters describing this interface")
                .executes(ctx -> descriptions.add(ctx.modeTarget(String.class) + ": " + ctx.string("text")));
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
                .option("/erase", "Erase destination file system.")
                .option("/verify", "Verify image signature before reload.")
                .argument("source", ArgType.url(() -> SOURCES), "")
                .argument("destination", ArgType.url(() -> DESTINATIONS), "")
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
        exec.keyword("ping", "Send echo messages")
                .argument("host", ArgType.ipv4(), "Ping destination address or hostname")
                .executes(ctx -> ctx.out()
                        .println("ping "
                                + ctx.value("host", java.net.Inet4Address.class).getHostAddress()));
    }

    private static void copy(CommandContext ctx) {
        String destination = ctx.ask("Destination filename [" + ctx.string("destination") + "]? ");
        if (destination.isEmpty()) {
            destination = ctx.string("destination");
        }
        ctx.out()
                .println("copy " + ctx.string("source") + " -> " + destination + (ctx.has("/erase") ? " (erase)" : ""));
    }

    private void registerConfig(CommandNode config) {
        config.keyword("hostname", "Set system's network name")
                .argument("name", ArgType.word(), "This system's network name")
                .executes(ctx -> hostname = ctx.string("name"));
        CommandNode ip = config.keyword("ip", "Global IP configuration subcommands");
        ip.keyword("domain-lookup", "Enable IP Domain Name System hostname translation")
                .executes(ctx -> domainLookup = true)
                .negates(ctx -> domainLookup = false);
        ip.keyword("domain", "IP DNS Resolver")
                .keyword("name", "Define the default domain name")
                .argument("domain", ArgType.word(), "Default domain name")
                .executes(ctx -> {});
        config.keyword("interface", "Select an interface to configure")
                .argument(
                        "name",
                        ArgType.interfaceName(
                                () -> interfaces,
                                List.of(new InterfaceType("Loopback", "Loopback interface", 0, 2147483647L))),
                        "")
                .executes(ctx -> ctx.enterMode(Mode.INTERFACE_CONFIG, ctx.string("name")));
        config.keyword("config-register", "Define the configuration register")
                .argument("value", ArgType.hex(0, 0xFFFF), "Config register number")
                .executes(ctx -> ctx.out().printf("register 0x%X%n", ctx.number("value")));
        config.keyword("line", "Configure a terminal line")
                .keyword("console", "Primary terminal line")
                .argument("first", ArgType.number(0, 0), "First Line number")
                .executes(ctx -> ctx.enterMode(Mode.LINE_CONFIG, "console 0"));
    }
}
