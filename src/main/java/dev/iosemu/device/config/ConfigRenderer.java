package dev.iosemu.device.config;

import dev.iosemu.lab.StaticRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link RunningConfig} in the layout IOS uses for {@code show running-config} and for the
 * startup-config file: {@code !} separators, fixed platform lines around the configured ones, {@code end}.
 */
public final class ConfigRenderer {
    /** How IOS writes a banner's delimiter in a configuration: caret and C, for the ETX character. */
    public static final String BANNER_DELIMITER = "^C";

    private ConfigRenderer() {}

    /** The configuration text, from the first {@code !} to {@code end}, one element per line. */
    public static List<String> render(RunningConfig config, RenderContext context) {
        List<String> out = new ArrayList<>();
        header(out, config, context);
        boot(out, config, context);
        out.addAll(config.lines().logging().render());
        security(out, config.security());
        globalIp(out, config, context);
        users(out, config.security());
        ssh(out, config.security().ssh());
        interfaces(out, config, context);
        routing(out, config.routing(), config.files().tftpServers(), context);
        banners(out, config.lines().banners());
        lines(out, config.lines().blocks(), config.security().passwordEncryption(), context);
        out.add("!");
        out.add("end");
        return out;
    }

    private static void header(List<String> out, RunningConfig config, RenderContext context) {
        out.add("!");
        out.add("version " + context.versionLine());
        if (!context.style().routed()) {
            out.add("no service pad");
        }
        out.add("service timestamps debug datetime msec");
        out.add("service timestamps log datetime msec");
        out.add((config.security().passwordEncryption() ? "" : "no ") + "service password-encryption");
        out.add("!");
        out.add("hostname " + config.hostname());
        out.add("!");
    }

    private static void boot(List<String> out, RunningConfig config, RenderContext context) {
        out.add("boot-start-marker");
        if (context.style().routed()) {
            config.bootSystem().forEach(path -> out.add("boot system " + path));
        }
        out.add("boot-end-marker");
        out.add("!");
    }

    private static void security(List<String> out, Security security) {
        security.enableSecret().ifPresent(secret -> out.add("enable secret 5 " + secret.hash()));
        security.enablePassword()
                .ifPresent(password -> out.add("enable password " + password.render(security.passwordEncryption())));
        if (security.enableProtected()) {
            out.add("!");
        }
        out.add("no aaa new-model");
        out.add("!");
    }

    private static void globalIp(List<String> out, RunningConfig config, RenderContext context) {
        if (!config.names().lookup()) {
            out.add("no ip domain lookup");
        }
        config.names().domainName().ifPresent(name -> out.add("ip domain name " + name));
        config.names().hosts().forEach(host -> out.add(host.render()));
        if (!config.names().servers().isEmpty()) {
            out.add("ip name-server "
                    + String.join(
                            " ",
                            config.names().servers().stream()
                                    .map(Object::toString)
                                    .toList()));
        }
        if (context.style().routed()) {
            out.add("ip cef");
            out.add("no ipv6 cef");
        }
        files(out, config.files(), config.security().passwordEncryption());
        if (!context.style().routed()) {
            out.add("!");
            out.add("spanning-tree mode pvst");
            out.add("spanning-tree extend system-id");
        }
        out.add("!");
    }

    private static void users(List<String> out, Security security) {
        if (!security.users().isEmpty()) {
            security.users().forEach(user -> out.add(user.render(security.passwordEncryption())));
            out.add("!");
        }
    }

    private static void ssh(List<String> out, SshSettings ssh) {
        List<String> lines = ssh.render();
        if (!lines.isEmpty()) {
            out.addAll(lines);
            out.add("!");
        }
    }

    /** {@code ip ftp}, {@code ip tftp}, {@code file prompt} and {@code file verify auto}, where IOS lists them. */
    private static void files(List<String> out, FileSettings files, boolean passwordEncryption) {
        ftp(out, files.ftp(), passwordEncryption);
        tftp(out, files.tftp());
        if (files.scpServer()) {
            out.add("ip scp server enable");
        }
        http(out, files.http(), passwordEncryption);
        if (files.prompt() != FilePrompt.ALERT) {
            out.add("file prompt " + files.prompt().keyword());
        }
        if (files.verifyAuto()) {
            out.add("file verify auto");
        }
    }

    private static void ftp(List<String> out, FtpSettings ftp, boolean passwordEncryption) {
        ftp.sourceInterface().ifPresent(name -> out.add("ip ftp source-interface " + name));
        if (!ftp.passive()) {
            out.add("no ip ftp passive");
        }
        ftp.username().ifPresent(user -> out.add("ip ftp username " + user));
        ftp.password().ifPresent(password -> out.add("ip ftp password " + password.render(passwordEncryption)));
    }

    private static void http(List<String> out, HttpClientSettings http, boolean passwordEncryption) {
        http.sourceInterface().ifPresent(name -> out.add("ip http client source-interface " + name));
        http.username().ifPresent(user -> out.add("ip http client username " + user));
        http.password().ifPresent(p -> out.add("ip http client password " + p.render(passwordEncryption)));
    }

    private static void tftp(List<String> out, TftpSettings tftp) {
        tftp.sourceInterface().ifPresent(name -> out.add("ip tftp source-interface " + name));
        tftp.blocksize().ifPresent(size -> out.add("ip tftp blocksize " + size));
        tftp.windowsize().ifPresent(size -> out.add("ip tftp windowsize " + size));
    }

    private static void interfaces(List<String> out, RunningConfig config, RenderContext context) {
        for (InterfaceConfig ifc : config.interfaces()) {
            out.add("interface " + ifc.name());
            ifc.description().ifPresent(text -> out.add(" description " + text));
            PortSettings port = ifc.port();
            if (context.style().isSwitchPort(ifc.name())) {
                switchport(out, port);
            } else {
                out.add(ifc.address().map(a -> " ip address " + a).orElse(" no ip address"));
            }
            if (ifc.shutdown()) {
                out.add(" shutdown");
            }
            if (isEthernet(ifc.name())) {
                out.addAll(context.style().ethernetLines(port));
            }
            if (!port.cdp()) {
                out.add(" no cdp enable");
            }
            out.add("!");
        }
    }

    private static void switchport(List<String> out, PortSettings port) {
        if (port.accessVlan() != 1) {
            out.add(" switchport access vlan " + port.accessVlan());
        }
        switch (port.mode()) {
            case ACCESS -> out.add(" switchport mode access");
            case TRUNK -> out.add(" switchport mode trunk");
            case DYNAMIC_AUTO -> {}
        }
    }

    private static boolean isEthernet(String name) {
        return name.toLowerCase(Locale.ROOT).contains("ethernet");
    }

    private static void routing(
            List<String> out, Routing routing, List<TftpServerEntry> tftpServers, RenderContext context) {
        routing.defaultGateway().ifPresent(gateway -> out.add("ip default-gateway " + gateway));
        if (context.style().routed()) {
            out.add("ip forward-protocol nd");
            out.add("!");
        }
        out.add("no ip http server");
        out.add("no ip http secure-server");
        out.add("!");
        for (StaticRoute route : routing.routes()) {
            out.add("ip route " + route.prefix() + " " + route.mask() + " " + route.nextHop());
        }
        tftpServers.forEach(entry -> out.add(entry.render()));
        if (!routing.routes().isEmpty() || !tftpServers.isEmpty()) {
            out.add("!");
        }
        if (!routing.cdp()) {
            out.add("no cdp run");
            out.add("!");
        }
        if (context.style().routed()) {
            out.add("control-plane");
            out.add("!");
        }
    }

    /**
     * Each banner between {@code ^C} delimiters, as IOS writes them whatever delimiter was typed; its line
     * breaks become lines of the configuration.
     */
    private static void banners(List<String> out, Map<Banner, String> banners) {
        boolean any = false;
        for (Banner banner : Banner.values()) {
            String text = banners.get(banner);
            if (text != null) {
                String entry = "banner " + banner.keyword() + " " + BANNER_DELIMITER + text + BANNER_DELIMITER;
                out.addAll(List.of(entry.split("\n", -1)));
                any = true;
            }
        }
        if (any) {
            out.add("!");
        }
    }

    private static void lines(
            List<String> out, List<LineConfig> blocks, boolean passwordEncryption, RenderContext context) {
        for (LineConfig line : blocks) {
            out.add(line.header());
            line.execTimeout().ifPresent(t -> out.add(" exec-timeout " + t.minutes() + " " + t.seconds()));
            line.privilegeLevel().ifPresent(level -> out.add(" privilege level " + level));
            line.password().ifPresent(p -> out.add(" password " + p.render(passwordEncryption)));
            if (line.loggingSynchronous()) {
                out.add(" logging synchronous");
            }
            switch (line.login()) {
                case LINE -> out.add(" login");
                case LOCAL -> out.add(" login local");
                case NONE -> {}
            }
            line.transportInput().ifPresent(t -> out.add(" transport input " + t.render()));
            line.transportOutput().ifPresent(t -> out.add(" transport " + t));
        }
        context.configRegister().ifPresent(value -> {
            out.add("!");
            out.add(String.format(Locale.ROOT, "config-register 0x%X", value));
        });
    }
}
