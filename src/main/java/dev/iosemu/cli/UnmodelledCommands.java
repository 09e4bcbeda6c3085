package dev.iosemu.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * IOS's words that iosemu does not model, per mode and platform ({@link Vocabulary}, read from {@code
 * ios-vocabulary.txt}). They take part in abbreviation as on IOS, so {@code s} is ambiguous ({@code %
 * Ambiguous command:  "s"}) rather than taken for {@code show}, {@code ?} lists them, and typed they answer
 * in one {@code %} line that iosemu does not model them, so a learner is never told a real command does not
 * exist. A word some command area registered is left alone. The nodes are built once per set of platform
 * traits and shared by every device with those traits (they hold no state), so a thousand idle devices do
 * not hold a thousand copies of IOS's vocabulary.
 */
public final class UnmodelledCommands {
    /** What the rest of a line after an unmodelled word is, in help. */
    private static final Arg<String> ARGUMENTS = Arg.line("arguments", "Arguments (not modelled)");

    private static final Map<Set<String>, Map<String, List<CommandNode>>> SHARED = new ConcurrentHashMap<>();

    private UnmodelledCommands() {}

    /**
     * Adds the words to the trees of {@code registry}; call after every command area registered.
     *
     * @param traits the device's platform traits: {@code router} or {@code switch}, {@code classic} or {@code
     *     xe}; a word marked for other platforms is left out
     */
    public static void register(CommandRegistry registry, Set<String> traits) {
        Map<String, List<CommandNode>> nodes = SHARED.computeIfAbsent(Set.copyOf(traits), UnmodelledCommands::build);
        // in file order, so a section's own node is in the tree before the sections inside its words
        nodes.forEach((path, words) -> at(registry, path).ifPresent(node -> adoptFree(node, words)));
    }

    private static void adoptFree(CommandNode node, List<CommandNode> words) {
        for (CommandNode word : words) {
            boolean taken = node.children().stream()
                    .anyMatch(c -> c.role() == word.role() && c.word().equalsIgnoreCase(word.word()));
            if (!taken) {
                node.adopt(word);
            }
        }
    }

    /** The node a section names in this registry: a mode's root, then keywords some area registered. */
    private static java.util.Optional<CommandNode> at(CommandRegistry registry, String path) {
        String[] words = path.split(" ");
        CommandNode node = registry.root(Vocabulary.mode(words[0]));
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            node = node.children().stream()
                    .filter(c ->
                            c.role() == CommandNode.Role.KEYWORD && c.word().equalsIgnoreCase(word))
                    .findFirst()
                    .orElse(null);
            if (node == null) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(node);
    }

    /**
     * Every section's words as detached nodes, for one set of traits. A section inside another's word
     * ({@code exec traceroute}) is also built on its own, for when an area registered that word itself.
     */
    private static Map<String, List<CommandNode>> build(Set<String> traits) {
        Vocabulary vocabulary = Vocabulary.load();
        Map<String, List<CommandNode>> nodes = new java.util.LinkedHashMap<>();
        for (String path : vocabulary.sections()) {
            nodes.put(path, words(vocabulary, path, traits, CommandNode.root()));
        }
        return java.util.Collections.unmodifiableMap(nodes);
    }

    private static List<CommandNode> words(
            Vocabulary vocabulary, String path, Set<String> traits, CommandNode detached) {
        boolean config = !path.startsWith("exec");
        boolean topOfExec = path.equals("exec") || path.equals("exec show");
        CommandHandler refuse = refusal(path);
        List<CommandNode> made = new ArrayList<>();
        for (Vocabulary.Entry entry : vocabulary.entries(path)) {
            if (!entry.appliesTo(traits)) {
                continue;
            }
            if (entry.isCr()) {
                detached.executes(refuse);
                if (config) {
                    detached.negates(refuse);
                }
                continue;
            }
            CommandNode node = entry.isArgument()
                    ? detached.argument(Arg.word(argumentName(entry), entry.word(), entry.help()))
                    : detached.keyword(entry.word(), entry.help());
            if (topOfExec) {
                node.privilege(entry.userExec() ? 1 : 15);
            } else if (!config) {
                node.privilege(vocabulary.privilege(path)); // shared nodes do not inherit from an area's node
            }
            String inner = path + " " + entry.word();
            if (vocabulary.sections().contains(inner)) {
                words(vocabulary, inner, traits, node);
            } else {
                CommandHandler own = refusal(inner);
                node.executes(own);
                CommandNode rest = node.argument(ARGUMENTS).executes(own);
                if (config) {
                    node.negates(own);
                    rest.negates(own);
                }
            }
            made.add(node);
        }
        return made;
    }

    private static String argumentName(Vocabulary.Entry entry) {
        return entry.word().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "-");
    }

    /** The one line a real command iosemu does not model answers: its words, without the mode. */
    private static CommandHandler refusal(String path) {
        String words = path.substring(path.indexOf(' ') + 1);
        String command = path.indexOf(' ') < 0 ? "" : words;
        return ctx -> {
            throw new CommandException("% \"" + command + "\" is a real IOS command iosemu does not model");
        };
    }
}
