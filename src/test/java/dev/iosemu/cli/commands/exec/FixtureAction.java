package dev.iosemu.cli.commands.exec;

import dev.iosemu.cli.commands.ExecFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;

/**
 * The {@code @} lines of a golden transcript: changes to the device made outside the console.
 * {@code @advance PT1H2M} moves the clock; {@code @image NAME PREFIX} places a shipped image;
 * {@code @text PREFIX/PATH words...} writes a text file; {@code @register 0x0} sets the next configuration
 * register; {@code @boot-system PATH} adds a boot entry (a config line, or BOOT on a switch).
 */
final class FixtureAction {
    private FixtureAction() {}

    static void apply(ExecFixture fixture, String line) throws Exception {
        String[] words = line.substring(1).split(" ", 3);
        switch (words[0]) {
            case "advance" -> fixture.clock.advance(Duration.parse(words[1]));
            case "image" -> fixture.placeImage(words[1], words[2]);
            case "text" -> writeText(fixture, words[1], words.length > 2 ? words[2] : "");
            case "register" -> fixture.router.bootEnvironment().setNextConfigRegister(Integer.decode(words[1]));
            case "boot-system" -> fixture.router.bootSystem().add(words[1]);
            default -> throw new IllegalArgumentException("unknown fixture action: " + line);
        }
    }

    private static void writeText(ExecFixture fixture, String location, String text) throws Exception {
        int colon = location.indexOf(':');
        var fs = fixture.router
                .fileSystems()
                .find(location.substring(0, colon + 1))
                .orElseThrow();
        String path = location.substring(colon + 1);
        Files.writeString(
                fs.path(path.startsWith("/") ? path : "/" + path),
                text.replace("\\n", "\n") + "\n",
                StandardCharsets.UTF_8);
    }
}
