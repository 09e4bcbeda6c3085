package dev.iosemu.app;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the practice images: {@code ./images}, else the {@code images/} of the checkout the jar was built in. */
final class ImagesFolder {
    private ImagesFolder() {}

    static Path locate() {
        Path here = Path.of("images");
        if (Files.isDirectory(here)) {
            return here;
        }
        return besideJar().filter(Files::isDirectory).orElse(here);
    }

    private static Optional<Path> besideJar() {
        try {
            Path jar = Path.of(ImagesFolder.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            // target/iosemu.jar -> <checkout>/images
            Path checkout = jar.getParent() == null ? null : jar.getParent().getParent();
            return Optional.ofNullable(checkout).map(dir -> dir.resolve("images"));
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
