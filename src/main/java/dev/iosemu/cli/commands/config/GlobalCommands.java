package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.ArgType;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandException;
import dev.iosemu.cli.CommandHandler;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.EnableSecret;
import dev.iosemu.device.config.FilePrompt;
import dev.iosemu.device.config.HostEntry;
import dev.iosemu.device.config.HostnameRules;
import dev.iosemu.device.config.NameSettings;
import dev.iosemu.device.config.StoredPassword;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.lab.StaticRoute;
import java.net.Inet4Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Global configuration: {@code hostname}, {@code enable secret}, {@code service password-encryption},
 * {@code ip domain-lookup}, {@code ip host}, {@code ip route}, {@code ip default-gateway}, {@code file prompt},
 * {@code file verify auto},
 * and the fixed lines the running config prints (accepted so a saved configuration replays without errors).
 */
final class GlobalCommands {
    private static final CommandHandler IGNORE = ctx -> {};

    private GlobalCommands() {}

    static void register(CommandNode config, Router router, RandomGenerator random) {
        config.keyword("hostname", "Set system's network name")
                .argument("name", ArgType.word(), "This system's network name")
                .executes(ctx -> hostname(ctx, router))
                .negates(ctx -> router.configure(b -> b.hostname(router.setup().hostname())));
        enableSecret(config, router, random);
        enablePassword(config, router);
        UserCommands.register(config, router, random);
        CommandNode service = config.keyword("service", "Modify use of network based services");
        service.keyword("password-encryption", "Encrypt system passwords")
                .executes(ctx -> router.configure(b -> b.passwordEncryption(true)))
                .negates(ctx -> router.configure(b -> b.passwordEncryption(false)));
        service.keyword("timestamps", "Timestamp debug/log messages")
                .executes(IGNORE)
                .argument("rest", ArgType.line(), "Timestamp options")
                .executes(IGNORE)
                .negates(IGNORE);
        service.keyword("pad", "Enable PAD commands").executes(IGNORE).negates(IGNORE);
        ip(config.keyword("ip", "Global IP configuration subcommands"), router);
        filePrompt(config, router);
        fixedLines(config);
    }

    private static void hostname(CommandContext ctx, Router router) throws CommandException {
        String name = ctx.string("name");
        if (!HostnameRules.legalCharacters(name)) {
            throw new CommandException("% Hostname contains one or more illegal characters.");
        }
        if (!HostnameRules.fits(name)) {
            throw new CommandException(
                    "% Hostname must be fewer than " + (HostnameRules.MAX_LENGTH + 1) + " characters.");
        }
        router.configure(b -> b.hostname(name));
    }

    private static void enableSecret(CommandNode config, Router router, RandomGenerator random) {
        CommandNode secret = config.keyword("enable", "Modify enable password parameters")
                .keyword("secret", "Assign the privileged level secret (MAX of 25 characters)")
                .negates(ctx -> router.configure(b -> b.enableSecret(Optional.empty())));
        CommandHandler plain = ctx -> router.configure(
                b -> b.enableSecret(Optional.of(EnableSecret.fromPlain(ctx.string("secret"), random))));
        secret.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument("secret", ArgType.line(), "The UNENCRYPTED (cleartext) 'enable' secret")
                .executes(plain);
        secret.keyword("5", "Specifies a MD5 HASHED secret will follow")
                .argument("secret", ArgType.word(), "The HASHED 'enable' secret string")
                .executes(ctx -> hashedSecret(ctx, router));
        secret.argument("secret", ArgType.line(), "The UNENCRYPTED (cleartext) 'enable' secret")
                .executes(plain);
    }

    private static void enablePassword(CommandNode config, Router router) {
        CommandNode password = config.keyword("enable", "Modify enable password parameters")
                .keyword("password", "Assign the privileged level password (MAX of 25 characters)")
                .negates(ctx -> router.configure(b -> b.enablePassword(Optional.empty())));
        password.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument("password", ArgType.word(), "The UNENCRYPTED (cleartext) 'enable' password")
                .executes(ctx -> setEnablePassword(ctx, router, "0"));
        password.keyword("7", "Specifies a HIDDEN password will follow")
                .argument("password", ArgType.word(), "The HIDDEN 'enable' password string")
                .executes(ctx -> setEnablePassword(ctx, router, "7"));
        password.argument("password", ArgType.word(), "The UNENCRYPTED (cleartext) 'enable' password")
                .executes(ctx -> setEnablePassword(ctx, router, "0"));
    }

    private static void setEnablePassword(CommandContext ctx, Router router, String type) throws CommandException {
        StoredPassword password = TransferSettingsCommands.parsePassword(ctx, type);
        router.configure(b -> b.enablePassword(Optional.of(password)));
    }

    private static void hashedSecret(CommandContext ctx, Router router) throws CommandException {
        EnableSecret secret = parseHashedSecret(ctx.string("secret"));
        router.configure(b -> b.enableSecret(Optional.of(secret)));
    }

    /** A type 5 secret as typed after {@code secret 5}; IOS's three-line refusal when it is not one. */
    static EnableSecret parseHashedSecret(String text) throws CommandException {
        try {
            return new EnableSecret(text);
        } catch (IllegalArgumentException e) {
            throw new CommandException("ERROR: The secret you entered is not a valid encrypted secret.\n"
                    + "To enter an UNENCRYPTED secret, do not specify type 5 encryption.\n"
                    + "When you properly enter an UNENCRYPTED secret, it will be encrypted.");
        }
    }

    private static void ip(CommandNode ip, Router router) {
        CommandHandler lookupOn = ctx -> router.configure(b -> b.names(n -> n.withLookup(true)));
        CommandHandler lookupOff = ctx -> router.configure(b -> b.names(n -> n.withLookup(false)));
        ip.keyword("domain-lookup", "Enable IP Domain Name System hostname translation")
                .executes(lookupOn)
                .negates(lookupOff);
        CommandNode domain = ip.keyword("domain", "IP DNS Resolver");
        domain.keyword("lookup", "Enable IP Domain Name System hostname translation")
                .executes(lookupOn)
                .negates(lookupOff);
        domainName(domain.keyword("name", "Define the default domain name"), router);
        domainName(ip.keyword("domain-name", "Define the default domain name"), router);
        host(ip, router);
        nameServer(ip, router);
        ip.keyword("route", "Establish static routes")
                .argument("prefix", ArgType.ipv4(), "Destination prefix")
                .argument("mask", ArgType.ipv4(), "Destination prefix mask")
                .argument("nexthop", ArgType.ipv4(), "Forwarding router's address")
                .executes(ctx -> {
                    StaticRoute route = route(ctx);
                    router.configure(b -> b.addRoute(route));
                })
                .negates(ctx -> {
                    StaticRoute route = route(ctx);
                    router.configure(b -> b.removeRoute(route));
                });
        ip.keyword("default-gateway", "Specify default gateway (if not routing IP)")
                .negates(ctx -> router.configure(b -> b.defaultGateway(Optional.empty())))
                .argument("gateway", ArgType.ipv4(), "IP address of default gateway")
                .executes(ctx -> router.configure(b -> b.defaultGateway(Optional.of(address(ctx, "gateway")))))
                .negates(ctx -> router.configure(b -> b.defaultGateway(Optional.empty())));
        ip.keyword("cef", "Cisco Express Forwarding").executes(IGNORE).negates(IGNORE);
        ip.keyword("forward-protocol", "Controls forwarding of physical and directed IP broadcasts")
                .keyword("nd", "Sun's Network Disk protocol")
                .executes(IGNORE)
                .negates(IGNORE);
        CommandNode http = ip.keyword("http", "HTTP server configuration");
        http.keyword("server", "Enable HTTP server").executes(IGNORE).negates(IGNORE);
        http.keyword("secure-server", "Enable HTTP secure server")
                .executes(IGNORE)
                .negates(IGNORE);
    }

    /** {@code ip domain name NAME} (or the older {@code ip domain-name NAME}) and its {@code no} form. */
    private static void domainName(CommandNode keyword, Router router) {
        CommandHandler clear = ctx -> router.configure(b -> b.names(n -> n.withDomainName(Optional.empty())));
        keyword.negates(clear)
                .argument("name", ArgType.word(), "Default domain name")
                .executes(ctx -> router.configure(b -> b.names(n -> n.withDomainName(Optional.of(ctx.string("name"))))))
                .negates(clear);
    }

    /** {@code ip host NAME ADDRESS [ADDRESS ...]} and {@code no ip host NAME [...]}. */
    private static void host(CommandNode ip, Router router) {
        CommandHandler remove = ctx -> router.configure(b -> b.names(n -> n.withoutHost(ctx.string("name"))));
        CommandNode node = ip.keyword("host", "Add an entry to the ip hostname table")
                .argument("name", ArgType.word(), "Name of host")
                .negates(remove);
        for (int i = 1; i <= HostEntry.MAX_ADDRESSES; i++) {
            node = node.argument("address" + i, ArgType.ipv4(), "Host IP address")
                    .executes(ctx -> addHost(ctx, router))
                    .negates(remove);
        }
    }

    /** {@code ip name-server ADDRESS [ADDRESS ...]} and {@code no ip name-server [ADDRESS ...]}. */
    private static void nameServer(CommandNode ip, Router router) {
        CommandNode node = ip.keyword("name-server", "Specify address of name server to use")
                .negates(ctx -> router.configure(b -> b.names(n -> n.withoutServers(List.of()))));
        for (int i = 1; i <= NameSettings.MAX_SERVERS; i++) {
            node = node.argument("address" + i, ArgType.ipv4(), "Domain server IP address (maximum of 6)")
                    .executes(ctx -> {
                        List<Ipv4Address> servers = addresses(ctx);
                        router.configure(b -> b.names(n -> n.withServers(servers)));
                    })
                    .negates(ctx -> {
                        List<Ipv4Address> servers = addresses(ctx);
                        router.configure(b -> b.names(n -> n.withoutServers(servers)));
                    });
        }
    }

    private static void addHost(CommandContext ctx, Router router) {
        HostEntry entry = new HostEntry(ctx.string("name"), addresses(ctx));
        router.configure(b -> b.names(n -> n.withHost(entry)));
    }

    /** The arguments {@code address1}, {@code address2}, ... that the line has, in order. */
    private static List<Ipv4Address> addresses(CommandContext ctx) {
        List<Ipv4Address> addresses = new ArrayList<>();
        for (int i = 1; ctx.has("address" + i); i++) {
            addresses.add(address(ctx, "address" + i));
        }
        return addresses;
    }

    static StaticRoute route(CommandContext ctx) throws CommandException {
        Ipv4Address prefix = address(ctx, "prefix");
        Ipv4Address mask = address(ctx, "mask");
        if (!mask.isContiguousMask() || (prefix.bits() & ~mask.bits()) != 0) {
            throw new CommandException("%Inconsistent address and mask");
        }
        return new StaticRoute(prefix, mask, address(ctx, "nexthop"));
    }

    static Ipv4Address address(CommandContext ctx, String name) {
        byte[] octets = ctx.value(name, Inet4Address.class).getAddress();
        int bits = 0;
        for (byte octet : octets) {
            bits = (bits << 8) | (octet & 0xff);
        }
        return new Ipv4Address(bits);
    }

    private static void filePrompt(CommandNode config, Router router) {
        CommandNode file = config.keyword("file", "Adjust file system parameters");
        file.keyword("verify", "Enable file verification")
                .keyword("auto", "Verify compressed IOS image signature after copy")
                .executes(ctx -> router.configure(b -> b.fileVerifyAuto(true)))
                .negates(ctx -> router.configure(b -> b.fileVerifyAuto(false)));
        CommandNode prompt = file.keyword("prompt", "Prompt level for file operations")
                .executes(ctx -> router.configure(b -> b.filePrompt(FilePrompt.ALERT)))
                .negates(ctx -> router.configure(b -> b.filePrompt(FilePrompt.ALERT)));
        prompt.keyword("alert", "Prompt only for destructive file operations")
                .executes(ctx -> router.configure(b -> b.filePrompt(FilePrompt.ALERT)));
        prompt.keyword("noisy", "Confirm all file operation parameters")
                .executes(ctx -> router.configure(b -> b.filePrompt(FilePrompt.NOISY)));
        prompt.keyword("quiet", "Seldom prompt for file operations")
                .executes(ctx -> router.configure(b -> b.filePrompt(FilePrompt.QUIET)));
    }

    /** Lines the renderer prints that have no state here; accepted silently, with their no forms. */
    private static void fixedLines(CommandNode config) {
        config.keyword("version", "Version")
                .argument("version", ArgType.line(), "Version")
                .executes(IGNORE);
        config.keyword("aaa", "Authentication, Authorization and Accounting.")
                .keyword("new-model", "Enable NEW access control commands and functions.")
                .executes(IGNORE)
                .negates(IGNORE);
        config.keyword("ipv6", "Global IPv6 configuration commands")
                .keyword("cef", "Cisco Express Forwarding for IPv6")
                .executes(IGNORE)
                .negates(IGNORE);
        config.keyword("control-plane", "Configure control plane services").executes(IGNORE);
        config.keyword("spanning-tree", "Spanning Tree Subsystem")
                .argument("rest", ArgType.line(), "Spanning tree options")
                .executes(IGNORE)
                .negates(IGNORE);
    }
}
