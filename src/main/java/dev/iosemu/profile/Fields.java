package dev.iosemu.profile;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The field rules profile records share; each failure names the field and shows the bad value. */
final class Fields {
    private Fields() {}

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    static String text(String field, String value) {
        if (required(field, value).isBlank()) {
            throw new InvalidFieldException(field, "must not be blank");
        }
        return value;
    }

    static String matching(String field, String value, Pattern pattern, String expected) {
        if (!pattern.matcher(required(field, value)).matches()) {
            throw new InvalidFieldException(field, "must be " + expected + " (was '" + value + "')");
        }
        return value;
    }

    static long positive(String field, Long value) {
        if (required(field, value) <= 0) {
            throw new InvalidFieldException(field, "must be > 0 (was " + value + ")");
        }
        return value;
    }

    static <T> List<T> list(String field, List<T> value) {
        if (value == null) {
            return List.of();
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new InvalidFieldException(
                        field + "[" + i + "]", "must not be null (write \"\" for an empty line)");
            }
        }
        return List.copyOf(value);
    }

    static <T> List<T> nonEmpty(String field, List<T> value) {
        if (required(field, value).isEmpty()) {
            throw new InvalidFieldException(field, "must not be empty");
        }
        return list(field, value);
    }

    /** An enum constant as a profile spells it ({@code ios_xe}). */
    static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
