package dev.iosemu.cli.commands.config;

import dev.iosemu.cli.Arg;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandHandler;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.Router;
import dev.iosemu.device.config.TransportInput;
import dev.iosemu.device.config.TransportInput.Protocol;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code transport input all|none|PROTOCOL...} on a line, which decides whether SSH and telnet may reach it,
 * and {@code transport output|preferred ...}, kept as typed.
 */
final class TransportCommands {
    private static final int MAX_PROTOCOLS = Protocol.values().length;
    private static final Arg<String> REST = Arg.line("rest", "Transport protocols");
    /**
     * The protocols typed after the first of {@code transport input}: one node after each first protocol, which
     * may be typed again up to the number of protocols (a chain of seven nodes after each cost every device 56
     * nodes more); one key shared by every device's tree.
     */
    private static final Arg<List<String>> MORE_PROTOCOLS = Arg.choice(
                    "protocol",
                    "protocol",
                    Arrays.stream(Protocol.values()).map(Protocol::keyword).toList(),
                    "Another protocol")
            .repeated(MAX_PROTOCOLS - 1);

    private TransportCommands() {}

    static void register(CommandNode transport, Router router) {
        CommandHandler setInput =
                ctx -> LineCommands.change(ctx, router, l -> l.withTransportInput(Optional.of(typedInput(ctx))));
        CommandHandler clearInput =
                ctx -> LineCommands.change(ctx, router, l -> l.withTransportInput(Optional.empty()));
        CommandNode input = transport
                .keyword("input", "Define which protocols to use when connecting to the terminal server")
                .negates(clearInput);
        input.keyword("all", "All protocols").executes(setInput).negates(clearInput);
        input.keyword("none", "No protocols").executes(setInput).negates(clearInput);
        for (Protocol protocol : Protocol.values()) {
            input.keyword(protocol.keyword(), help(protocol))
                    .executes(setInput)
                    .negates(clearInput)
                    .argument(MORE_PROTOCOLS)
                    .executes(setInput)
                    .negates(clearInput);
        }
        CommandHandler other =
                ctx -> LineCommands.change(ctx, router, l -> l.withTransportOutput(Optional.of(rest(ctx.line()))));
        CommandHandler clearOther =
                ctx -> LineCommands.change(ctx, router, l -> l.withTransportOutput(Optional.empty()));
        for (String word : List.of("output", "preferred")) {
            transport
                    .keyword(word, "Define " + word + " transport protocols for line")
                    .negates(clearOther)
                    .argument(REST)
                    .executes(other)
                    .negates(clearOther);
        }
    }

    /** The protocols typed after {@code transport input}, each word abbreviated or not. */
    private static TransportInput typedInput(CommandContext ctx) {
        List<String> words = words(ctx.line());
        Set<Protocol> protocols = EnumSet.noneOf(Protocol.class);
        for (String word : words.subList(2, words.size())) {
            String typed = word.toLowerCase(Locale.ROOT);
            if ("all".startsWith(typed)) {
                return TransportInput.ALL;
            }
            if ("none".startsWith(typed)) {
                return new TransportInput(Set.of());
            }
            for (Protocol protocol : Protocol.values()) {
                if (protocol.keyword().startsWith(typed)) {
                    protocols.add(protocol);
                }
            }
        }
        return new TransportInput(protocols);
    }

    /** The line after its first word ({@code output ssh} of {@code transport output ssh}). */
    private static String rest(String line) {
        return line.strip().split("\\s+", 2)[1];
    }

    private static List<String> words(String line) {
        return List.of(line.strip().split("\\s+"));
    }

    private static String help(Protocol protocol) {
        return switch (protocol) {
            case LAT -> "DEC LAT protocol";
            case PAD -> "X.3 PAD";
            case MOP -> "DEC MOP Remote Console Protocol";
            case TELNET -> "TCP/IP Telnet protocol";
            case RLOGIN -> "Unix rlogin protocol";
            case UDPTN -> "UDPTN async via UDP protocol";
            case NASI -> "NASI protocol";
            case SSH -> "TCP/IP SSH protocol";
        };
    }
}
