package dev.iosemu.device;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds an interface by the name a user or a lab file types: in full or with its type abbreviated
 * ({@code gi0/0}, {@code Gi 0/0}, {@code fa0}), any case. Stateless.
 */
final class InterfaceNames {
    private InterfaceNames() {}

    /** The interface of {@code names} that {@code typed} stands for, when exactly one matches. */
    static Optional<String> find(List<String> names, String typed) {
        String compact = typed.replace(" ", "").toLowerCase(Locale.ROOT);
        int digit = firstDigit(compact);
        if (digit <= 0) {
            return Optional.empty();
        }
        String type = compact.substring(0, digit);
        String number = compact.substring(digit);
        List<String> matches = names.stream()
                .filter(name -> {
                    String lower = name.toLowerCase(Locale.ROOT);
                    int at = firstDigit(lower);
                    return at > 0
                            && lower.substring(at).equals(number)
                            && lower.substring(0, at).startsWith(type);
                })
                .toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    /** The short form {@code show interfaces status} and CDP print: {@code Gi1/0/1}, {@code Fa0}. */
    static String abbreviated(String name) {
        int digit = firstDigit(name);
        if (digit <= 2) {
            return name;
        }
        return name.substring(0, 2) + name.substring(digit);
    }

    private static int firstDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
