package dev.iosemu.device;

import dev.iosemu.device.config.EnableSecret;
import dev.iosemu.device.config.InterfaceBrief;
import dev.iosemu.device.config.InterfaceConfig;
import dev.iosemu.lab.Ipv4Address;
import dev.iosemu.profile.Role;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The System Configuration Dialog of IOS 15, offered at boot when there is no startup-config and run by
 * {@code setup}: basic management setup asks the host name, the enable secret and password, the virtual
 * terminal password and the management interface; extended setup asks about every interface. The script
 * it makes is shown, then discarded, asked again, or applied through the configuration parser and saved,
 * as the user picks. A switch is asked about its VLAN interfaces and management port, which take an address,
 * not its switch ports. End of input ends it with nothing changed. SNMP, which iosemu does not model, is not
 * asked. Runs on the console thread.
 */
public final class SetupDialog {
    /** How a dialog ended. */
    public enum Outcome {
        /** The script was applied and saved to nvram. */
        SAVED,
        /** The user left for the prompt without the script ({@code [0]}). */
        DISCARDED,
        /** Input ended before the dialog did. */
        ABORTED
    }

    private static final Pattern HOSTNAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,62}");

    private final Router router;
    private final ConsoleSink out;
    private final LineInput in;
    private final ConfigReplayer replayer;
    private final RandomGenerator random;

    public SetupDialog(Router router, ConsoleSink out, LineInput in, ConfigReplayer replayer, RandomGenerator random) {
        this.router = router;
        this.out = out;
        this.in = in;
        this.replayer = replayer;
        this.random = random;
    }

    /** Thrown inside the dialog when input ends. */
    private static final class Ended extends Exception {
        private static final long serialVersionUID = 1L;

        Ended() {
            super(null, null, false, false);
        }
    }

    /** Runs the dialog from its opening words to the user's choice. */
    public Outcome run() {
        try {
            out.line("");
            out.line("At any point you may enter a question mark '?' for help.");
            out.line("Use ctrl-c to abort configuration dialog at any prompt.");
            out.line("Default settings are in square brackets '[]'.");
            out.line("");
            while (true) {
                SetupScript script = collect();
                showScript(script);
                switch (selection()) {
                    case 0 -> {
                        return Outcome.DISCARDED;
                    }
                    case 1 -> out.line("");
                    default -> {
                        apply(script);
                        return Outcome.SAVED;
                    }
                }
            }
        } catch (Ended e) {
            out.line("");
            out.line("Configuration aborted, no changes made.");
            return Outcome.ABORTED;
        }
    }

    /** Asks everything once: global parameters, then the interfaces basic or extended setup covers. */
    private SetupScript collect() throws Ended {
        out.line("");
        out.line("Basic management setup configures only enough connectivity");
        out.line("for management of the system, extended setup will ask you");
        out.line("to configure each interface on the system");
        out.line("");
        boolean basic = yesNo("Would you like to enter basic management setup? [yes/no]: ", Optional.empty());
        out.line("Configuring global parameters:");
        out.line("");
        String hostname = hostname();
        EnableSecret secret = EnableSecret.fromPlain(enableSecret(), random);
        String password = enablePassword(secret);
        String vty = vtyPassword();
        List<InterfaceConfig> interfaces = router.runningConfig().interfaces();
        out.line("");
        out.line("Current interface summary");
        out.line("");
        InterfaceBrief.render(interfaces).forEach(out::line);
        List<InterfaceConfig> addressable =
                interfaces.stream().filter(this::addressable).toList();
        Map<String, SetupScript.Address> addresses = basic ? management(addressable) : everyInterface(addressable);
        List<String> names = addressable.stream().map(InterfaceConfig::name).toList();
        return new SetupScript(hostname, secret, password, vty, addresses, names);
    }

    /** Whether setup offers an address for {@code i}: every router interface; a switch's VLANs and management port. */
    private boolean addressable(InterfaceConfig i) {
        return router.platform().role() != Role.SWITCH
                || i.name().startsWith("Vlan")
                || i.name().equals("FastEthernet0");
    }

    private String hostname() throws Ended {
        String current = router.runningConfig().hostname();
        while (true) {
            String answer = ask("  Enter host name [" + current + "]: ").strip();
            String name = answer.isEmpty() ? current : answer;
            if (HOSTNAME.matcher(name).matches()) {
                return name;
            }
            out.line("% Hostname contains one or more illegal characters.");
        }
    }

    private String enableSecret() throws Ended {
        out.line("");
        out.line("  The enable secret is a password used to protect access to");
        out.line("  privileged EXEC and configuration modes. This password, after");
        out.line("  entered, becomes encrypted in the configuration.");
        return required("  Enter enable secret: ");
    }

    private String enablePassword(EnableSecret secret) throws Ended {
        out.line("");
        out.line("  The enable password is used when you do not specify an");
        out.line("  enable secret password, with some older software versions, and");
        out.line("  some boot images.");
        while (true) {
            String password = required("  Enter enable password: ");
            if (!secret.matches(password)) {
                return password;
            }
            out.line("");
            out.line("% Please choose a password that is different from the enable secret");
        }
    }

    private String vtyPassword() throws Ended {
        out.line("");
        out.line("  The virtual terminal password is used to protect");
        out.line("  access to the router over a network interface.");
        return required("  Enter virtual terminal password: ");
    }

    /** Basic setup: the one interface that connects to the management network. */
    private Map<String, SetupScript.Address> management(List<InterfaceConfig> interfaces) throws Ended {
        out.line("");
        out.line("Enter interface name used to connect to the");
        String name = interfaceName(interfaces);
        Map<String, SetupScript.Address> addresses = new LinkedHashMap<>();
        out.line("");
        out.line("Configuring interface " + name + ":");
        address(Optional.of(false)).ifPresent(a -> addresses.put(name, a));
        return addresses;
    }

    private String interfaceName(List<InterfaceConfig> interfaces) throws Ended {
        while (true) {
            String typed =
                    ask("management network from the above interface summary: ").strip();
            for (InterfaceConfig i : interfaces) {
                if (i.name().equalsIgnoreCase(typed)) {
                    return i.name();
                }
            }
            out.line("");
            out.line("% Invalid interface name; enter one from the interface summary");
        }
    }

    /** Extended setup: each interface in turn. */
    private Map<String, SetupScript.Address> everyInterface(List<InterfaceConfig> interfaces) throws Ended {
        Map<String, SetupScript.Address> addresses = new LinkedHashMap<>();
        for (InterfaceConfig i : interfaces) {
            out.line("");
            if (yesNo("Do you want to configure " + i.name() + "  interface? [no]: ", Optional.of(false))) {
                address(Optional.of(true)).ifPresent(a -> addresses.put(i.name(), a));
            }
        }
        return addresses;
    }

    /** {@code Configure IP on this interface?}, then the address and mask; empty when declined. */
    private Optional<SetupScript.Address> address(Optional<Boolean> byDefault) throws Ended {
        String shown = byDefault.orElse(false) ? "yes" : "no";
        if (!yesNo("  Configure IP on this interface? [" + shown + "]: ", byDefault)) {
            return Optional.empty();
        }
        Ipv4Address address = ipAddress();
        Ipv4Address classful = Ipv4Address.mask(address.classfulLength());
        Ipv4Address mask = subnetMask(classful);
        Ipv4Address network = new Ipv4Address(address.bits() & classful.bits());
        out.line(String.format(
                Locale.ROOT,
                "    Class %s network is %s, %d subnet bits; mask is /%d",
                networkClass(address),
                network,
                mask.prefixLength(),
                mask.prefixLength()));
        return Optional.of(new SetupScript.Address(address, mask));
    }

    private Ipv4Address ipAddress() throws Ended {
        while (true) {
            Optional<Ipv4Address> address = Ipv4Address.tryParse(
                    ask("    IP address for this interface: ").strip());
            if (address.isPresent()
                    && address.get().classfulLength() < 32
                    && address.get().bits() != 0) {
                return address.get();
            }
            out.line("% Invalid IP address");
        }
    }

    private Ipv4Address subnetMask(Ipv4Address classful) throws Ended {
        while (true) {
            String answer = ask("    Subnet mask for this interface [" + classful + "] : ")
                    .strip();
            Optional<Ipv4Address> mask = answer.isEmpty() ? Optional.of(classful) : Ipv4Address.tryParse(answer);
            if (mask.isPresent() && mask.get().isContiguousMask() && mask.get().prefixLength() > 0) {
                return mask.get();
            }
            out.line("% Invalid subnet mask");
        }
    }

    private static String networkClass(Ipv4Address address) {
        return switch (address.classfulLength()) {
            case 8 -> "A";
            case 16 -> "B";
            default -> "C";
        };
    }

    private void showScript(SetupScript script) {
        out.line("");
        out.line("The following configuration command script was created:");
        out.line("");
        script.lines().forEach(out::line);
        out.line("");
        out.line("");
        out.line("[0] Go to the IOS command prompt without saving this config.");
        out.line("[1] Return back to the setup without saving this config.");
        out.line("[2] Save this configuration to nvram and exit.");
        out.line("");
    }

    private int selection() throws Ended {
        while (true) {
            String answer = ask("Enter your selection [2]: ").strip();
            switch (answer) {
                case "", "2" -> {
                    return 2;
                }
                case "0" -> {
                    return 0;
                }
                case "1" -> {
                    return 1;
                }
                default -> out.line("% Please enter 0, 1 or 2.");
            }
        }
    }

    /** Runs the script through the configuration parser, then saves it as {@code write memory} does. */
    private void apply(SetupScript script) {
        replayer.replay(script.configLines(), out);
        out.line("Building configuration...");
        try {
            router.writeMemory();
            out.line("[OK]");
        } catch (IOException e) {
            out.line("%Error writing nvram:startup-config (" + e.getMessage() + ")");
        }
        out.line("Use the enabled mode 'configure' command to modify this configuration.");
        out.line("");
    }

    private String required(String prompt) throws Ended {
        while (true) {
            String answer = ask(prompt).strip();
            if (!answer.isEmpty()) {
                return answer;
            }
        }
    }

    /** A yes/no question, asked again until answered; {@code byDefault} is what Enter means, if anything. */
    private boolean yesNo(String prompt, Optional<Boolean> byDefault) throws Ended {
        while (true) {
            String answer = ask(prompt).strip().toLowerCase(Locale.ROOT);
            if (answer.isEmpty() && byDefault.isPresent()) {
                return byDefault.get();
            }
            if (!answer.isEmpty() && "yes".startsWith(answer)) {
                return true;
            }
            if (!answer.isEmpty() && "no".startsWith(answer)) {
                return false;
            }
            out.line("% Please answer 'yes' or 'no'.");
        }
    }

    private String ask(String prompt) throws Ended {
        Optional<String> answer = in.readLine(prompt);
        if (answer.isEmpty()) {
            throw new Ended();
        }
        return answer.get();
    }
}
