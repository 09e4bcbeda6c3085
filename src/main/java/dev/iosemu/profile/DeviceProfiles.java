package dev.iosemu.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** Finds and loads device profiles: the built-ins carried in the jar under {@code devices/}, or any file. */
public final class DeviceProfiles {
    private static final List<String> BUILT_IN = List.of("c1941", "c2960x", "isr4321", "isr4451");
    private static final String DEFAULT = "c1941";
    /** The built-ins read so far, or being read; see {@link #loadBuiltIn}. */
    private static final Map<String, Future<DeviceProfile>> BUILT_INS = new ConcurrentHashMap<>();

    private DeviceProfiles() {}

    /** Names of the profiles inside the jar, the default first. */
    public static List<String> builtInNames() {
        return BUILT_IN;
    }

    /** The profile used when none is named: the ISR 1941 router. */
    public static String defaultName() {
        return DEFAULT;
    }

    /**
     * Loads a built-in by name ({@code c2960x}) or a file by path ({@code lab/my-router.yaml}); a name that is
     * no built-in and no existing file is an error listing the built-ins.
     */
    public static DeviceProfile load(String nameOrPath) throws ProfileException {
        if (BUILT_IN.contains(nameOrPath)) {
            return loadBuiltIn(nameOrPath);
        }
        Path file = Path.of(nameOrPath);
        boolean looksLikePath = nameOrPath.contains("/")
                || nameOrPath.contains("\\")
                || nameOrPath.endsWith(".yaml")
                || nameOrPath.endsWith(".yml");
        if (looksLikePath || Files.isRegularFile(file)) {
            return load(file);
        }
        throw new ProfileException(
                nameOrPath, "", "no such device profile (built-in: " + String.join(", ", BUILT_IN) + ")");
    }

    /**
     * Loads a built-in profile from the classpath resource {@code /devices/NAME.yaml}, once per process (a
     * profile is immutable): the first read binds the YAML with Jackson for the first time, about a tenth of a
     * second of CPU even with the start-up cache.
     */
    public static DeviceProfile loadBuiltIn(String name) throws ProfileException {
        if (!BUILT_IN.contains(name)) {
            return readBuiltIn(name); // an error naming the resource
        }
        FutureTask<DeviceProfile> read = new FutureTask<>(() -> readBuiltIn(name));
        Future<DeviceProfile> known = BUILT_INS.putIfAbsent(name, read);
        if (known == null) {
            read.run();
            known = read;
        }
        return outcome(known, name);
    }

    /**
     * Starts reading built-in {@code name} on a thread of its own, so that a start does other work (its command
     * line) meanwhile; {@link #loadBuiltIn} then takes the result, or waits for it. Nothing for another name.
     */
    public static void prefetch(String name) {
        FutureTask<DeviceProfile> read = new FutureTask<>(() -> readBuiltIn(name));
        if (BUILT_IN.contains(name) && BUILT_INS.putIfAbsent(name, read) == null) {
            Thread.ofPlatform().daemon().name("profile " + name).start(read);
        }
    }

    private static DeviceProfile outcome(Future<DeviceProfile> read, String name) throws ProfileException {
        try {
            return read.get();
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case ProfileException failed -> throw failed;
                case RuntimeException failed -> throw failed;
                case Error failed -> throw failed;
                default -> throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProfileException("devices/" + name + ".yaml", "", "interrupted while reading");
        }
    }

    private static DeviceProfile readBuiltIn(String name) throws ProfileException {
        String source = "devices/" + name + ".yaml";
        try (InputStream in = DeviceProfiles.class.getResourceAsStream("/" + source)) {
            if (in == null) {
                throw new ProfileException(source, "", "no such built-in profile");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), source);
        } catch (IOException e) {
            throw new ProfileException(source, "", "cannot read (" + e.getMessage() + ")");
        }
    }

    /** Loads a profile file from any file system; the message of a failure names {@code file}. */
    public static DeviceProfile load(Path file) throws ProfileException {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ProfileException(file.toString(), "", "no such file");
        } catch (IOException e) {
            throw new ProfileException(file.toString(), "", "cannot read (" + e.getMessage() + ")");
        }
        return parse(yaml, file.toString());
    }

    /** Parses profile YAML; {@code source} names it in error messages. */
    public static DeviceProfile parse(String yaml, String source) throws ProfileException {
        return ProfileParser.parse(yaml, source);
    }
}
