package dev.iosemu.device.config;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the renderer needs besides the configuration itself.
 *
 * @param style the platform's dialect
 * @param versionLine the {@code version} line value from the booted image ({@code 15.7}, {@code 17.9})
 * @param configRegister the register value to render ({@code config-register 0x2142}), empty when it is the
 *     factory default and IOS prints nothing
 */
public record RenderContext(ConfigStyle style, String versionLine, OptionalInt configRegister) {
    public RenderContext {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(versionLine, "versionLine");
        Objects.requireNonNull(configRegister, "configRegister");
    }
}
