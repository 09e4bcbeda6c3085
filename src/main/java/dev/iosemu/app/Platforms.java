package dev.iosemu.app;

import dev.iosemu.profile.DeviceProfiles;
import dev.iosemu.profile.ProfileException;
import java.util.Locale;

/** Maps the model names users type ({@code c1941}) to the image platform those devices boot. */
final class Platforms {
    private Platforms() {}

    /** The platform of a built-in profile's model, or the text itself taken as a platform name. */
    static String forModel(String model) {
        String key = model.toLowerCase(Locale.ROOT);
        if (!DeviceProfiles.builtInNames().contains(key)) {
            return key;
        }
        try {
            return DeviceProfiles.loadBuiltIn(key).platform();
        } catch (ProfileException e) {
            throw new IllegalStateException("built-in profile " + key + " does not load", e);
        }
    }
}
