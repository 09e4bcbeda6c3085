package dev.iosemu.app;

import java.util.Locale;
import java.util.Map;

/** Maps the model names users type ({@code c1941}) to the image platform those devices boot. */
final class Platforms {
    private static final Map<String, String> BY_MODEL =
            Map.of("c1941", "c1900", "c2960x", "c2960x", "isr4321", "isr4300", "c2901", "c2900");

    private Platforms() {}

    static String forModel(String model) {
        String key = model.toLowerCase(Locale.ROOT);
        return BY_MODEL.getOrDefault(key, key);
    }
}
