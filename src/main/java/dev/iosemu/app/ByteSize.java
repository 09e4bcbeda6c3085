package dev.iosemu.app;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads sizes such as {@code 4096}, {@code 512K}, {@code 80M} or {@code 1G} (binary multiples). */
final class ByteSize implements ITypeConverter<Long> {

    @Override
    public Long convert(String text) {
        String trimmed = text.trim().toUpperCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new TypeConversionException("empty size");
        }
        char unit = trimmed.charAt(trimmed.length() - 1);
        int shift =
                switch (unit) {
                    case 'K' -> 10;
                    case 'M' -> 20;
                    case 'G' -> 30;
                    default -> 0;
                };
        String digits = shift == 0 ? trimmed : trimmed.substring(0, trimmed.length() - 1);
        try {
            long value = Long.parseLong(digits);
            if (value < 0 || value > (Long.MAX_VALUE >> shift)) {
                throw new TypeConversionException("size out of range: " + text);
            }
            return value << shift;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("not a size (use bytes or K/M/G): " + text);
        }
    }
}
