package dev.iosemu.device.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the terminal lines ask and show: the {@code line} blocks (password, login, timeout, transport) and
 * the banners a session sees as it opens, and where log messages show ({@code logging console}). Immutable; each {@code with} method returns a changed copy. A
 * new line setting goes into {@link LineConfig}; a device-wide one shown on every line goes here.
 *
 * @param blocks {@code line} blocks, in the order IOS lists them
 * @param banners {@code banner} texts by kind
 * @param logging the {@code logging} settings: console and buffer
 */
public record Lines(List<LineConfig> blocks, Map<Banner, String> banners, LoggingSettings logging) {
    public Lines {
        blocks = List.copyOf(blocks);
        banners = Map.copyOf(banners);
        java.util.Objects.requireNonNull(logging, "logging");
    }

    /** The given blocks, no banners, default logging. */
    public static Lines of(List<LineConfig> blocks) {
        return new Lines(blocks, Map.of(), LoggingSettings.defaults());
    }

    /** The same lines with {@code logging} changed. */
    public Lines withLogging(UnaryOperator<LoggingSettings> change) {
        return new Lines(blocks, banners, change.apply(logging));
    }

    /** Changes the block {@code kind first last}, adding a bare one first when the device has none. */
    public Lines withLine(LineConfig.LineKind kind, int first, int last, UnaryOperator<LineConfig> change) {
        List<LineConfig> changed = new ArrayList<>(blocks);
        for (int i = 0; i < changed.size(); i++) {
            LineConfig line = changed.get(i);
            if (line.kind() == kind && line.first() == first && line.last() == last) {
                changed.set(i, change.apply(line));
                return new Lines(changed, banners, logging);
            }
        }
        changed.add(change.apply(LineConfig.bare(kind, first, last)));
        return new Lines(changed, banners, logging);
    }

    /** {@code banner KIND}: sets the text, or removes the banner when empty ({@code no banner KIND}). */
    public Lines withBanner(Banner banner, Optional<String> text) {
        Map<Banner, String> changed = new EnumMap<>(Banner.class);
        changed.putAll(banners);
        text.ifPresentOrElse(value -> changed.put(banner, value), () -> changed.remove(banner));
        return new Lines(blocks, changed, logging);
    }
}
