package dev.iosemu.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The start-up cache a plain {@code java -jar iosemu.jar} can use: the class-data archive that {@code ./iosemu}
 * makes beside the jar ({@code iosemu.aot}, JDK 25's AOT cache of loaded and linked classes with their
 * profiles; {@code iosemu.jsa}, a dynamic CDS archive, on JDK 21-24). A JVM takes such a cache only from its
 * command line, so the {@link Launcher} starts the jar again with it: the second JVM costs a few hundredths of a
 * second, the cache saves about half a second of class loading, linking and profiling. Compiled for Java 8,
 * like the launcher, and read only on Linux, where the command line of this JVM is in {@code /proc}.
 */
final class StartupCache {
    private static final String[] CACHE_OPTIONS = {"-XX:AOTCache", "-XX:AOTMode", "-XX:SharedArchiveFile", "-Xshare"};

    private StartupCache() {}

    /**
     * The command that runs {@code jar} again on {@code javaHome} (feature version {@code feature}) with its
     * start-up cache, this JVM's own options and {@code args}; empty when there is no fresh cache, when the
     * user chose a cache or class sharing setting, when {@code IOSEMU_NO_ARCHIVE} is set, or when this JVM was
     * not started with {@code -jar} (or its command line cannot be read).
     */
    static List<String> relaunch(String javaHome, int feature, File jar, String[] args) {
        List<String> options = jvmOptions();
        if (options == null) {
            return Collections.emptyList();
        }
        List<String> cache = cacheFor(feature, jar, options);
        if (cache.isEmpty()) {
            return Collections.emptyList();
        }
        List<String> command = new ArrayList<String>();
        command.add(javaHome + File.separator + "bin" + File.separator + "java");
        command.addAll(cache);
        command.addAll(options);
        command.add("-jar");
        command.add(jar.getPath());
        Collections.addAll(command, args);
        return command;
    }

    /**
     * The options that use the cache beside {@code jar} on a JVM of feature version {@code feature} started with
     * {@code options}; empty when there is no fresh cache, when those options or the environment choose a cache
     * or class sharing setting, or when {@code IOSEMU_NO_ARCHIVE} is set.
     */
    static List<String> cacheFor(int feature, File jar, List<String> options) {
        if (System.getenv("IOSEMU_NO_ARCHIVE") != null
                || choosesCache(System.getenv("JAVA_TOOL_OPTIONS"))
                || choosesCache(System.getenv("JDK_JAVA_OPTIONS"))
                || choosesCache(String.join(" ", options))) {
            return Collections.emptyList();
        }
        return cacheOptions(feature, jar);
    }

    /** The options that use the cache beside {@code jar}, as {@code ./iosemu} gives them; empty if none is fresh. */
    static List<String> cacheOptions(int feature, File jar) {
        String base = jar.getName().endsWith(".jar")
                ? jar.getName().substring(0, jar.getName().length() - ".jar".length())
                : jar.getName();
        File folder = jar.getAbsoluteFile().getParentFile();
        List<String> options = new ArrayList<String>();
        if (feature >= 25) {
            File cache = new File(folder, base + ".aot");
            if (cache.isFile() && cache.lastModified() >= jar.lastModified()) {
                Collections.addAll(options, "-XX:AOTCache=" + cache.getPath(), "-Xlog:aot=off", "-Xlog:cds=off");
            }
        } else {
            File archive = new File(folder, base + ".jsa");
            if (archive.isFile()) { // the JVM remakes a stale one by itself
                Collections.addAll(
                        options,
                        "-XX:SharedArchiveFile=" + archive.getPath(),
                        "-XX:+AutoCreateSharedArchive",
                        "-Xlog:cds=off");
            }
        }
        return options;
    }

    static boolean choosesCache(String options) {
        if (options == null) {
            return false;
        }
        for (String option : CACHE_OPTIONS) {
            if (options.contains(option)) {
                return true;
            }
        }
        return false;
    }

    /** This JVM's options as its command line gave them (before {@code -jar}), or null if unknown. */
    private static List<String> jvmOptions() {
        byte[] raw;
        try {
            raw = Files.readAllBytes(Paths.get("/proc/self/cmdline"));
        } catch (IOException | RuntimeException e) {
            return null; // not Linux: run in this JVM, without the cache
        }
        return optionsBeforeJar(new String(raw, StandardCharsets.UTF_8).split("\0"));
    }

    /** The words between the java command and {@code -jar}, or null when there is no {@code -jar}. */
    static List<String> optionsBeforeJar(String[] commandLine) {
        List<String> options = new ArrayList<String>();
        for (int i = 1; i < commandLine.length; i++) {
            if (commandLine[i].equals("-jar")) {
                return options;
            }
            options.add(commandLine[i]);
        }
        return null;
    }
}
