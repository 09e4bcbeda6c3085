package dev.iosemu.cli.commands.copy;

import dev.iosemu.cli.commands.file.StartupOverwrite;
import dev.iosemu.fs.InvalidLocationException;
import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.copy.CopyProgress;
import dev.iosemu.fs.copy.CopyResult;
import dev.iosemu.fs.copy.CopySource;
import dev.iosemu.fs.copy.LocalFileSource;
import java.io.IOException;
import java.util.Optional;

/**
 * Copies between the device's own file systems: {@code running-config startup-config} (with
 * {@code Building configuration...} and {@code [OK]}), merges into {@code running-config}, and file
 * copies ({@code Copy in progress...CCC} with one {@code C} per 64 KiB) with the overwrite warning.
 */
final class LocalCopy {
    private final CopyRun run;

    LocalCopy(CopyRun run) {
        this.run = run;
    }

    void run(IosLocation.LocalPath source, IosLocation.LocalPath destination) throws InvalidLocationException {
        Optional<IosLocation.LocalPath> path = LocalNames.completeSource(run, source);
        if (path.isEmpty()) {
            return;
        }
        Optional<IosLocation.LocalPath> answer =
                LocalNames.completeDestination(run, destination, path.get().fileName());
        if (answer.isEmpty()) {
            return;
        }
        IosLocation.LocalPath target = answer.get();
        if (ConfigFiles.isRunning(path.get()) && ConfigFiles.isStartup(target)) {
            saveConfiguration(target);
        } else if (ConfigFiles.isConfig(target) || run.confirmOverwrite(target)) {
            copy(path.get(), target);
        }
    }

    private void saveConfiguration(IosLocation.LocalPath target) {
        try {
            boolean other = run.device().startupWrittenByAnotherVersion();
            if (!StartupOverwrite.allowed(other, run.console()::confirm, run.console()::println)) {
                return;
            }
        } catch (IOException e) {
            error(e, target.renderTyped());
            return;
        }
        run.console().println("Building configuration...");
        try {
            // as write memory: a 2960 writes config.text with its private part, the RSA key is kept
            run.device().saveRunningConfig();
            run.console().println("[OK]");
        } catch (IOException e) {
            error(e, target.renderTyped());
        }
    }

    private void copy(IosLocation.LocalPath source, IosLocation.LocalPath target) {
        CopySource copySource;
        try {
            copySource = LocalEnds.source(run, source);
        } catch (IOException e) {
            error(e, source.renderTyped());
            return;
        }
        boolean file = copySource instanceof LocalFileSource && !ConfigFiles.isRunning(target);
        if (file) {
            run.console().print("Copy in progress...");
        }
        CopyProgressMarks marks = new CopyProgressMarks(CopyProgressMarks.LOCAL_BYTES_PER_MARK, 1);
        try {
            CopyResult result = run.engine()
                    .copy(
                            copySource,
                            LocalEnds.destination(run, target),
                            file ? marks(marks) : CopyProgress.NONE,
                            run.cancel());
            if (file) {
                run.console().println("C".repeat(marks.finish()));
            }
            run.printCopied(result);
            run.verifyIfAsked(target);
        } catch (IOException e) {
            if (file) {
                run.console().println("");
            }
            error(e, target.renderTyped());
        }
    }

    /** Prints a {@code C} per {@link CopyProgressMarks} step of a running byte count. */
    private CopyProgress marks(CopyProgressMarks marks) {
        long[] last = {0};
        return bytes -> {
            run.console().print("C".repeat(marks.advance(bytes - last[0])));
            last[0] = bytes;
        };
    }

    private void error(IOException failure, String location) {
        run.error(CopyErrorText.render(failure, location, CopyErrorText.Direction.DOWNLOAD, false)
                .line());
    }
}
