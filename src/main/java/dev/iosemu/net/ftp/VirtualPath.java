package dev.iosemu.net.ftp;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path as an FTP session names it, always absolute within the login's home ({@code /} is the home);
 * resolution refuses anything that would climb above the home, so every value is confined by
 * construction.
 *
 * @param names the folder and file names below the home, none empty, {@code .} or {@code ..}
 */
record VirtualPath(List<String> names) {
    static final VirtualPath ROOT = new VirtualPath(List.of());

    VirtualPath {
        names = List.copyOf(names);
    }

    /**
     * Resolves what a client sent against the working folder; empty when it contains NUL or a backslash or
     * climbs above the home.
     */
    static Optional<VirtualPath> resolve(VirtualPath workingFolder, String argument) {
        String text = argument == null ? "" : argument;
        if (text.indexOf('\0') >= 0 || text.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        boolean fromHome = text.startsWith("/") || text.equals("~") || text.startsWith("~/");
        List<String> names = new ArrayList<>(fromHome ? List.of() : workingFolder.names());
        for (String name : (fromHome && text.startsWith("~") ? text.substring(1) : text).split("/")) {
            if (name.equals("..")) {
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                names.removeLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.add(name);
            }
        }
        return Optional.of(new VirtualPath(names));
    }

    boolean isRoot() {
        return names.isEmpty();
    }

    /** The last name, or {@code /} for the home itself. */
    String name() {
        return isRoot() ? "/" : names.getLast();
    }

    VirtualPath child(String name) {
        List<String> longer = new ArrayList<>(names);
        longer.add(name);
        return new VirtualPath(longer);
    }

    /** The real path under {@code home}; empty when a name is not a single valid name on that file system. */
    Optional<Path> under(Path home) {
        Path path = home;
        try {
            for (String name : names) {
                Path step = home.getFileSystem().getPath(name);
                if (step.getNameCount() != 1 || step.isAbsolute()) {
                    return Optional.empty();
                }
                path = path.resolve(step);
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.of(path);
    }

    @Override
    public String toString() {
        return "/" + String.join("/", names);
    }
}
