package dev.iosemu.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The jar's entry point, compiled for Java 8 so that any {@code java -jar target/iosemu.jar} reaches it: on a
 * Java 21 or newer it runs {@link Main} in the same process; on an older one (a machine whose default java is
 * 17, say) it finds a JDK 21+ where {@code scripts/jdk.sh} looks, says which in one line, and runs the jar
 * there with the same options, arguments and terminal; with none it says what to install. On a JDK 21+ with a
 * fresh start-up cache beside the jar it runs the jar once more with it ({@link StartupCache}). It may use
 * nothing newer than Java 8, and names {@link Main} only by reflection, which an old JVM never reaches.
 */
public final class Launcher {
    static final int NEEDED = 21;

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        int feature = featureOf(System.getProperty("java.specification.version"));
        if (feature >= NEEDED) {
            List<String> withCache = StartupCache.relaunch(System.getProperty("java.home"), feature, jar(), args);
            if (!withCache.isEmpty()) {
                withCache.add(1, "-D" + RELAUNCHED + "=true");
                System.exit(run(withCache));
            }
            try {
                Class.forName("dev.iosemu.app.Main")
                        .getMethod("main", String[].class)
                        .invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return;
        }
        String home = findJdk();
        if (home == null) {
            System.err.println("iosemu needs Java " + NEEDED + " or newer; this java is "
                    + System.getProperty("java.specification.version") + " (" + System.getProperty("java.home")
                    + ") and no JDK " + NEEDED + "+ was found (JAVA_HOME, /usr/lib/jvm, /opt, ~/.sdkman, ~/.jdks)."
                    + " Install one, e.g. 'sudo apt install openjdk-" + NEEDED + "-jdk' or Temurin from"
                    + " https://adoptium.net, or run ./iosemu.");
            System.exit(1);
        }
        System.err.println("iosemu: using JDK " + feature(home) + " at " + home + " (this java is "
                + System.getProperty("java.specification.version") + ")");
        System.exit(runOn(home, args));
    }

    /**
     * Runs the jar on the JDK at {@code home} with this JVM's options, on this process's terminal, with the
     * start-up cache when there is a fresh one (so that JVM need not start another for it).
     */
    private static int runOn(String home, String[] args) throws IOException, InterruptedException {
        List<String> options = new ArrayList<String>();
        List<String> fromEnvironment = words(System.getenv("JAVA_TOOL_OPTIONS")); // the child reads them itself
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!fromEnvironment.remove(option)) {
                options.add(option);
            }
        }
        List<String> command = new ArrayList<String>();
        command.add(home + File.separator + "bin" + File.separator + "java");
        command.add("-D" + RELAUNCHED + "=true");
        command.addAll(StartupCache.cacheFor(feature(home), jar(), options));
        command.addAll(options);
        command.add("-jar");
        command.add(jar().getPath());
        command.addAll(Arrays.asList(args));
        return run(command);
    }

    /** The system property that tells the JVM {@link #run} starts that it runs for a launcher ({@code Main.RELAUNCHED}). */
    static final String RELAUNCHED = "iosemu.relaunched";

    /**
     * Runs {@code command} on this process's terminal and streams and returns its exit status. Ctrl-C is left to
     * the child; this process told to stop (SIGTERM, SIGHUP) stops the child first and waits for it.
     */
    private static int run(List<String> command) throws IOException, InterruptedException {
        ignoreInterrupts(); // Ctrl-C belongs to the child, which shares the terminal
        final Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                child.destroy();
                try {
                    child.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        return child.waitFor();
    }

    /** The jar this class was loaded from. */
    private static File jar() {
        return new File(Launcher.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .getPath());
    }

    /** JAVA_HOME if it names a JDK 21+, else the newest JDK 21+ of the usual install folders, else null. */
    static String findJdk() {
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null && isJdk(new File(javaHome))) {
            return javaHome;
        }
        String home = System.getProperty("user.home", "/nonexistent");
        String[] folders = {
            "/usr/lib/jvm",
            "/usr/lib64/jvm",
            "/usr/java",
            "/opt/java",
            "/opt",
            home + "/.sdkman/candidates/java",
            home + "/.jdks",
            "/Library/Java/JavaVirtualMachines"
        };
        File best = null;
        for (String folder : folders) {
            File[] candidates = new File(folder).listFiles();
            for (File candidate : candidates == null ? new File[0] : candidates) {
                File jdk = new File(candidate, "Contents/Home").isDirectory()
                        ? new File(candidate, "Contents/Home")
                        : candidate;
                if (isJdk(jdk) && (best == null || feature(jdk.getPath()) > feature(best.getPath()))) {
                    best = jdk;
                }
            }
        }
        return best == null ? null : best.getPath();
    }

    private static boolean isJdk(File home) {
        return new File(home, "bin/java").canExecute() && feature(home.getPath()) >= NEEDED;
    }

    /** The feature version of the JDK at {@code home} from its release file, or 0. */
    private static int feature(String home) {
        File release = new File(home, "release");
        if (!release.isFile()) {
            return 0;
        }
        Properties properties = new Properties();
        try {
            properties.load(
                    new java.io.StringReader(new String(Files.readAllBytes(release.toPath()), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return 0;
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        return featureOf(version);
    }

    /** {@code 1.8} is 8, {@code 17} and {@code 25.0.1} are 17 and 25; anything else 0. */
    static int featureOf(String version) {
        String[] parts = version.split("[.+-]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<String>();
        if (text != null) {
            for (String word : text.trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** SIGINT ignored here (sun.misc.Signal, reached by reflection: a Java 8 compile cannot name it). */
    private static void ignoreInterrupts() {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object ignore = handler.getField("SIG_IGN").get(null);
            signal.getMethod("handle", signal, handler)
                    .invoke(null, signal.getConstructor(String.class).newInstance("INT"), ignore);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no such API here: a Ctrl-C may then end this launcher before the child
        }
    }
}
