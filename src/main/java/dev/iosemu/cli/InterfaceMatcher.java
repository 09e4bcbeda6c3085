package dev.iosemu.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Interface-name arguments: a type (abbreviable) plus a number, in one word or two. */
final class InterfaceMatcher {
    private static final Pattern NAME = Pattern.compile("([A-Za-z][A-Za-z-]*)(.*)");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9/.:]*");
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "GigabitEthernet", "GigabitEthernet IEEE 802.3z",
            "FastEthernet", "FastEthernet IEEE 802.3",
            "TenGigabitEthernet", "Ten Gigabit Ethernet",
            "Ethernet", "IEEE 802.3",
            "Vlan", "Catalyst Vlans",
            "Loopback", "Loopback interface",
            "Serial", "Serial",
            "Port-channel", "Ethernet Channel of interfaces");

    private InterfaceMatcher() {}

    static ArgMatch match(ArgType.Interface type, List<Token> tokens, int index) {
        Matcher m = NAME.matcher(tokens.get(index).text());
        if (!m.matches()) {
            return new ArgMatch.NoMatch();
        }
        List<String> types = typesStartingWith(type, m.group(1));
        if (types.isEmpty()) {
            return new ArgMatch.NoMatch();
        }
        String exact = types.stream()
                .filter(t -> t.equalsIgnoreCase(m.group(1)))
                .findFirst()
                .orElse(null);
        if (exact == null && types.size() > 1) {
            return new ArgMatch.Ambiguous(types);
        }
        String chosen = exact != null ? exact : types.getFirst();
        if (!m.group(2).isEmpty()) {
            return resolve(type, chosen + m.group(2), 1);
        }
        if (index + 1 >= tokens.size()) {
            return new ArgMatch.Unfinished();
        }
        String number = tokens.get(index + 1).text();
        return NUMBER.matcher(number).matches() ? resolve(type, chosen + number, 2) : new ArgMatch.NoMatch();
    }

    static List<HelpEntry> help(ArgType.Interface type) {
        List<HelpEntry> entries = new ArrayList<>();
        for (String t : types(type)) {
            entries.add(new HelpEntry(t, description(type, t)));
        }
        return entries;
    }

    private static String description(ArgType.Interface type, String typeName) {
        for (InterfaceType creatable : type.creatable()) {
            if (creatable.name().equals(typeName)) {
                return creatable.description();
            }
        }
        return DESCRIPTIONS.getOrDefault(typeName, typeName + " interface");
    }

    static List<String> partial(ArgType.Interface type, String typed) {
        return typesStartingWith(type, typed);
    }

    /** Help after the type word: the number forms that exist for that type. */
    static List<HelpEntry> numberHelp(ArgType.Interface type, String typeWord) {
        List<String> types = typesStartingWith(type, typeWord);
        if (types.size() != 1) {
            return List.of();
        }
        String t = types.getFirst();
        for (InterfaceType creatable : type.creatable()) {
            if (creatable.name().equals(t)) {
                return List.of(
                        new HelpEntry("<" + creatable.min() + "-" + creatable.max() + ">", t + " interface number"));
            }
        }
        return List.of(new HelpEntry("<" + String.join(", ", numbersOf(type, t)) + ">", t + " interface number"));
    }

    private static ArgMatch resolve(ArgType.Interface type, String candidate, int consumed) {
        for (String name : type.names().get()) {
            if (name.equalsIgnoreCase(candidate)) {
                return new ArgMatch.Matched(name, consumed);
            }
        }
        Matcher m = NAME.matcher(candidate);
        for (InterfaceType creatable : type.creatable()) {
            if (m.matches() && creatable.name().equals(m.group(1)) && inRange(creatable, m.group(2))) {
                return new ArgMatch.Matched(creatable.name() + Long.parseLong(m.group(2)), consumed);
            }
        }
        return new ArgMatch.NoMatch();
    }

    private static boolean inRange(InterfaceType type, String number) {
        if (!number.matches("[0-9]{1,10}")) {
            return false;
        }
        long n = Long.parseLong(number);
        return n >= type.min() && n <= type.max();
    }

    private static List<String> typesStartingWith(ArgType.Interface type, String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return types(type).stream()
                .filter(t -> t.toLowerCase(Locale.ROOT).startsWith(lower))
                .toList();
    }

    private static List<String> types(ArgType.Interface type) {
        Set<String> types = new LinkedHashSet<>();
        for (String name : type.names().get()) {
            Matcher m = NAME.matcher(name);
            if (m.matches()) {
                types.add(m.group(1));
            }
        }
        type.creatable().forEach(c -> types.add(c.name()));
        return List.copyOf(types);
    }

    private static List<String> numbersOf(ArgType.Interface type, String typeName) {
        List<String> numbers = new ArrayList<>();
        for (String name : type.names().get()) {
            Matcher m = NAME.matcher(name);
            if (m.matches() && m.group(1).equals(typeName)) {
                numbers.add(m.group(2));
            }
        }
        return numbers;
    }
}
