package dev.iosemu.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Binds YAML to the profile records and turns Jackson's failures into {@link ProfileException}s that name
 * the field path. The mapper is immutable once built, so one instance serves all threads.
 */
final class ProfileParser {
    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ProfileParser() {}

    static DeviceProfile parse(String yaml, String source) throws ProfileException {
        if (yaml.isBlank()) {
            throw new ProfileException(source, "", "empty profile");
        }
        try {
            return MAPPER.readValue(yaml, DeviceProfile.class);
        } catch (JsonMappingException e) {
            throw translate(e, source);
        } catch (JacksonException e) {
            throw new ProfileException(source, "", "not valid YAML: " + located(e));
        }
    }

    private static ProfileException translate(JsonMappingException e, String source) {
        String path = path(e);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFieldException field) {
                return new ProfileException(source, join(path, field.path()), field.problem());
            }
        }
        return new ProfileException(source, path, problem(e));
    }

    private static String problem(JsonMappingException e) {
        return switch (e) {
            case UnrecognizedPropertyException u ->
                "unknown field (expected one of "
                        + u.getKnownPropertyIds().stream()
                                .map(String::valueOf)
                                .sorted()
                                .collect(Collectors.joining(", "))
                        + ")";
            case InvalidFormatException f
            when f.getTargetType() != null && f.getTargetType().isEnum() ->
                "must be one of " + enumValues(f.getTargetType()) + " (was '" + f.getValue() + "')";
            case InvalidFormatException f -> "must be " + typeName(f.getTargetType()) + " (was '" + f.getValue() + "')";
            case MismatchedInputException m
            when m.getTargetType() == String.class -> "must be text (put text containing ': ' in quotes)";
            case MismatchedInputException m -> "must be " + typeName(m.getTargetType());
            default -> located(e);
        };
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String base, String relative) {
        if (relative.isEmpty()) {
            return base;
        }
        return base.isEmpty() ? relative : base + "." + relative;
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a " + type.getSimpleName() + " mapping";
    }

    private static String located(JacksonException e) {
        JsonLocation where = e.getLocation();
        String line = where == null || where.getLineNr() < 0 ? "" : "line " + where.getLineNr() + ": ";
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        return line + (newline < 0 ? message : message.substring(0, newline));
    }
}
