package dev.iosemu.device;

import java.util.List;
import java.util.Optional;

/** {@code boot system} as the {@code switch:} loader's BOOT variable: written at once, kept without {@code write}. */
record LoaderBootVariable(BootEnvironment environment) implements BootSystemStore {
    @Override
    public List<String> entries() {
        return environment.bootPath();
    }

    @Override
    public void add(String path) {
        environment.addBootPath(path);
    }

    @Override
    public void remove(Optional<String> path) {
        environment.removeBootPath(path);
    }

    @Override
    public List<String> forBoot() {
        return environment.bootPath();
    }
}
