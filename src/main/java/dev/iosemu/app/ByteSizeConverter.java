package dev.iosemu.app;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads sizes such as {@code 4096}, {@code 512K}, {@code 80M} or {@code 1G} on the command line. */
final class ByteSizeConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String text) {
        try {
            return dev.iosemu.image.ByteSize.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
