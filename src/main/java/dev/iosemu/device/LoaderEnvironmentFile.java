package dev.iosemu.device;

import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The boot loader's environment (variables and configuration register) as a file in {@code nvram:}, where
 * IOS keeps it: written through the staged path at every change, so it outlives a reload and, with
 * {@code --state}, the process; read back when the device is made. Hidden from {@code dir nvram:} as the
 * real device's loader area is. Thread-safe: {@link #lock} orders the writes, each of the latest state.
 */
final class LoaderEnvironmentFile {
    static final String PATH = "/" + LocalFileSystem.HIDDEN_PREFIX + "loader-env";

    private final BootEnvironment environment;
    private final LocalFileSystem nvram;
    private final ReentrantLock lock = new ReentrantLock();

    private LoaderEnvironmentFile(BootEnvironment environment, LocalFileSystem nvram) {
        this.environment = environment;
        this.nvram = nvram;
    }

    /** Restores {@code environment} from {@code nvram} if the file is there, then keeps the file current. */
    static void attach(BootEnvironment environment, LocalFileSystem nvram) throws IOException {
        LoaderEnvironmentFile file = new LoaderEnvironmentFile(environment, nvram);
        if (nvram.exists(PATH)) {
            environment.restore(decode(nvram.readText(PATH), environment.snapshot()));
        }
        environment.onChange(file::save);
    }

    private void save() {
        lock.lock();
        try {
            nvram.write(PATH, encode(environment.snapshot()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the loader environment in nvram:", e);
        } finally {
            lock.unlock();
        }
    }

    static String encode(BootEnvironment.Snapshot snapshot) {
        StringBuilder text = new StringBuilder("# boot loader environment\n")
                .append("confreg 0x")
                .append(Integer.toHexString(snapshot.configRegister()))
                .append("\nnext-confreg 0x")
                .append(Integer.toHexString(snapshot.nextConfigRegister()))
                .append('\n');
        snapshot.variables().forEach((name, value) -> text.append("var ")
                .append(name)
                .append('=')
                .append(value)
                .append('\n'));
        return text.toString();
    }

    /** The environment in {@code text}; lines it does not understand keep what {@code defaults} has. */
    static BootEnvironment.Snapshot decode(String text, BootEnvironment.Snapshot defaults) {
        int register = defaults.configRegister();
        int next = defaults.nextConfigRegister();
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            if (line.startsWith("confreg 0x")) {
                register = hex(line.substring(10), register);
            } else if (line.startsWith("next-confreg 0x")) {
                next = hex(line.substring(15), next);
            } else if (line.startsWith("var ") && line.indexOf('=') > 4) {
                variables.put(line.substring(4, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        return new BootEnvironment.Snapshot(variables, register, next);
    }

    private static int hex(String digits, int otherwise) {
        try {
            int value = Integer.parseInt(digits.strip(), 16);
            return value >= 0 && value <= 0xFFFF ? value : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
