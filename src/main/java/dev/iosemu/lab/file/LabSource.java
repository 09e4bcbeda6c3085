package dev.iosemu.lab.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where a lab file and the files it names (startup-configs, profile files) are read from. */
interface LabSource {
    /** The name errors give the lab file. */
    String name();

    /** The lab file's text. */
    String text() throws IOException;

    /** A file named relative to the lab file's folder (an absolute path as it is). */
    String read(String relative) throws IOException;

    /** The host path of a file named relative to the lab file, when the lab is on the host's disk. */
    Optional<Path> path(String relative);

    static LabSource file(Path file) {
        return new LabSource() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public String text() throws IOException {
                return Files.readString(file, StandardCharsets.UTF_8);
            }

            @Override
            public String read(String relative) throws IOException {
                return Files.readString(path(relative).orElseThrow(), StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Path> path(String relative) {
                Path folder = file.toAbsolutePath().getParent();
                return Optional.of(folder.resolve(relative));
            }
        };
    }

    static LabSource resource(String name, ClassLoader loader) {
        return new LabSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String text() throws IOException {
                return load(name);
            }

            @Override
            public String read(String relative) throws IOException {
                int slash = name.lastIndexOf('/');
                return load(slash < 0 ? relative : name.substring(0, slash + 1) + relative);
            }

            @Override
            public Optional<Path> path(String relative) {
                return Optional.empty();
            }

            private String load(String resource) throws IOException {
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new NoSuchFileException(resource, null, "no such file on the class path");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        };
    }
}
