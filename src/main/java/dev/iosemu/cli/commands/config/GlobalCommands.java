package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
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
    private static final Arg<String> HOSTNAME = Arg.word("name", "This system's network name");
    private static final Arg<String> TIMESTAMPS = Arg.line("rest", "Timestamp options");
    private static final Arg<String> ENABLE_SECRET = Arg.line("secret", "The UNENCRYPTED (cleartext) 'enable' secret");
    private static final Arg<String> ENABLE_HASH = Arg.word("secret", "The HASHED 'enable' secret string");
    private static final Arg<String> ENABLE_PASSWORD =
            Arg.word("password", "The UNENCRYPTED (cleartext) 'enable' password");
    private static final Arg<String> ENABLE_HIDDEN = Arg.word("password", "The HIDDEN 'enable' password string");
    private static final Arg<Ipv4Address> PREFIX = address("prefix", "Destination prefix");
    private static final Arg<Ipv4Address> MASK = address("mask", "Destination prefix mask");
    private static final Arg<Ipv4Address> NEXT_HOP = address("nexthop", "Forwarding router's address");
    private static final Arg<Ipv4Address> GATEWAY = address("gateway", "IP address of default gateway");
    private static final Arg<String> DOMAIN_NAME = Arg.word("name", "Default domain name");
    private static final Arg<String> HOST = Arg.word("name", "Name of host");
    private static final Arg<List<Ipv4Address>> HOST_ADDRESSES =
            address("address", "Host IP address").repeated(HostEntry.MAX_ADDRESSES);
    private static final Arg<List<Ipv4Address>> NAME_SERVERS =
            address("address", "Domain server IP address (maximum of 6)").repeated(NameSettings.MAX_SERVERS);
    private static final Arg<String> VERSION = Arg.line("version", "Version");
    private static final Arg<String> SPANNING_TREE = Arg.line("rest", "Spanning tree options");

    private GlobalCommands() {}

    static void register(CommandNode config, Router router, RandomGenerator random) {
        config.keyword("hostname", "Set system's network name")
                .argument(HOSTNAME)
                .executes(ctx -> hostname(ctx.get(HOSTNAME), router))
                .negates(ctx -> router.configure(b -> b.hostname(router.setup().hostname())));
        enableSecret(config, router, random);
        enablePassword(config, router);
        UserCommands.register(config, router, random);
        CommandNode service = config.keyword("service", "Modify use of network based services");
        service.keyword("password-encryption", "Encrypt system passwords")
                .executes(ctx -> router.configure(b -> b.security(s -> s.withPasswordEncryption(true))))
                .negates(ctx -> router.configure(b -> b.security(s -> s.withPasswordEncryption(false))));
        service.keyword("timestamps", "Timestamp debug/log messages")
                .executes(IGNORE)
                .argument(TIMESTAMPS)
                .executes(IGNORE)
                .negates(IGNORE);
        service.keyword("pad", "Enable PAD commands").executes(IGNORE).negates(IGNORE);
        ip(config.keyword("ip", "Global IP configuration subcommands"), router);
        filePrompt(config, router);
        fixedLines(config);
    }

    private static void hostname(String name, Router router) throws CommandException {
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
                .negates(ctx -> router.configure(b -> b.security(s -> s.withEnableSecret(Optional.empty()))));
        CommandHandler plain = ctx -> router.configure(b -> b.security(
                s -> s.withEnableSecret(Optional.of(EnableSecret.fromPlain(ctx.get(ENABLE_SECRET), random)))));
        secret.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument(ENABLE_SECRET)
                .executes(plain);
        secret.keyword("5", "Specifies a MD5 HASHED secret will follow")
                .argument(ENABLE_HASH)
                .executes(ctx -> hashedSecret(ctx.get(ENABLE_HASH), router));
        secret.argument(ENABLE_SECRET).executes(plain);
    }

    private static void enablePassword(CommandNode config, Router router) {
        CommandNode password = config.keyword("enable", "Modify enable password parameters")
                .keyword("password", "Assign the privileged level password (MAX of 25 characters)")
                .negates(ctx -> router.configure(b -> b.security(s -> s.withEnablePassword(Optional.empty()))));
        password.keyword("0", "Specifies an UNENCRYPTED password will follow")
                .argument(ENABLE_PASSWORD)
                .executes(ctx -> setEnablePassword(ctx.get(ENABLE_PASSWORD), router, "0"));
        password.keyword("7", "Specifies a HIDDEN password will follow")
                .argument(ENABLE_HIDDEN)
                .executes(ctx -> setEnablePassword(ctx.get(ENABLE_HIDDEN), router, "7"));
        password.argument(ENABLE_PASSWORD).executes(ctx -> setEnablePassword(ctx.get(ENABLE_PASSWORD), router, "0"));
    }

    private static void setEnablePassword(String text, Router router, String type) throws CommandException {
        StoredPassword password = TransferSettingsCommands.parsePassword(type, text);
        router.configure(b -> b.security(s -> s.withEnablePassword(Optional.of(password))));
    }

    private static void hashedSecret(String text, Router router) throws CommandException {
        EnableSecret secret = parseHashedSecret(text);
        router.configure(b -> b.security(s -> s.withEnableSecret(Optional.of(secret))));
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
                .argument(PREFIX)
                .argument(MASK)
                .argument(NEXT_HOP)
                .executes(ctx -> {
                    StaticRoute route = route(ctx);
                    router.configure(b -> b.routing(r -> r.withRoute(route)));
                })
                .negates(ctx -> {
                    StaticRoute route = route(ctx);
                    router.configure(b -> b.routing(r -> r.withoutRoute(route)));
                });
        ip.keyword("default-gateway", "Specify default gateway (if not routing IP)")
                .negates(ctx -> router.configure(b -> b.routing(r -> r.withDefaultGateway(Optional.empty()))))
                .argument(GATEWAY)
                .executes(ctx ->
                        router.configure(b -> b.routing(r -> r.withDefaultGateway(Optional.of(ctx.get(GATEWAY))))))
                .negates(ctx -> router.configure(b -> b.routing(r -> r.withDefaultGateway(Optional.empty()))));
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
                .argument(DOMAIN_NAME)
                .executes(
                        ctx -> router.configure(b -> b.names(n -> n.withDomainName(Optional.of(ctx.get(DOMAIN_NAME))))))
                .negates(clear);
    }

    /** {@code ip host NAME ADDRESS [ADDRESS ...]} and {@code no ip host NAME [...]}. */
    private static void host(CommandNode ip, Router router) {
        CommandHandler remove = ctx -> router.configure(b -> b.names(n -> n.withoutHost(ctx.get(HOST))));
        ip.keyword("host", "Add an entry to the ip hostname table")
                .argument(HOST)
                .negates(remove)
                .argument(HOST_ADDRESSES)
                .executes(ctx -> {
                    HostEntry entry = new HostEntry(ctx.get(HOST), ctx.get(HOST_ADDRESSES));
                    router.configure(b -> b.names(n -> n.withHost(entry)));
                })
                .negates(remove);
    }

    /** {@code ip name-server ADDRESS [ADDRESS ...]} and {@code no ip name-server [ADDRESS ...]}. */
    private static void nameServer(CommandNode ip, Router router) {
        ip.keyword("name-server", "Specify address of name server to use")
                .negates(ctx -> router.configure(b -> b.names(n -> n.withoutServers(List.of()))))
                .argument(NAME_SERVERS)
                .executes(ctx -> router.configure(b -> b.names(n -> n.withServers(ctx.get(NAME_SERVERS)))))
                .negates(ctx -> router.configure(b -> b.names(n -> n.withoutServers(ctx.get(NAME_SERVERS)))));
    }

    private static StaticRoute route(CommandContext ctx) throws CommandException {
        Ipv4Address prefix = ctx.get(PREFIX);
        Ipv4Address mask = ctx.get(MASK);
        if (!mask.isContiguousMask() || (prefix.bits() & ~mask.bits()) != 0) {
            throw new CommandException("%Inconsistent address and mask");
        }
        return new StaticRoute(prefix, mask, ctx.get(NEXT_HOP));
    }

    /** An {@code A.B.C.D} argument read as a lab address. */
    static Arg<Ipv4Address> address(String name, String help) {
        return Arg.ipv4(name, help).map(GlobalCommands::toAddress);
    }

    private static Ipv4Address toAddress(Inet4Address address) {
        byte[] octets = address.getAddress();
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
                .executes(ctx -> router.configure(b -> b.files(f -> f.withVerifyAuto(true))))
                .negates(ctx -> router.configure(b -> b.files(f -> f.withVerifyAuto(false))));
        CommandNode prompt = file.keyword("prompt", "Prompt level for file operations")
                .executes(ctx -> router.configure(b -> b.files(f -> f.withPrompt(FilePrompt.ALERT))))
                .negates(ctx -> router.configure(b -> b.files(f -> f.withPrompt(FilePrompt.ALERT))));
        prompt.keyword("alert", "Prompt only for destructive file operations")
                .executes(ctx -> router.configure(b -> b.files(f -> f.withPrompt(FilePrompt.ALERT))));
        prompt.keyword("noisy", "Confirm all file operation parameters")
                .executes(ctx -> router.configure(b -> b.files(f -> f.withPrompt(FilePrompt.NOISY))));
        prompt.keyword("quiet", "Seldom prompt for file operations")
                .executes(ctx -> router.configure(b -> b.files(f -> f.withPrompt(FilePrompt.QUIET))));
    }

    /** Lines the renderer prints that have no state here; accepted silently, with their no forms. */
    private static void fixedLines(CommandNode config) {
        config.keyword("version", "Version").argument(VERSION).executes(IGNORE);
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
                .argument(SPANNING_TREE)
                .executes(IGNORE)
                .negates(IGNORE);
    }
}
