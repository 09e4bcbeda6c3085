package dev.iosemu.cli.commands.copy;

import dev.iosemu.fs.IosLocation;
import dev.iosemu.fs.copy.CopyDestination;
import dev.iosemu.fs.copy.CopySource;
import dev.iosemu.fs.copy.LocalFileDestination;
import dev.iosemu.fs.copy.LocalFileSource;
import dev.iosemu.fs.copy.TextSink;
import dev.iosemu.fs.copy.TextSource;
import dev.iosemu.fs.local.LocalFileSystem;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * The device side of a copy: the running configuration is text rendered on demand and merged on
 * arrival; every other local path is a file of a device file system.
 */
final class LocalEnds {
    private LocalEnds() {}

    /** The source at {@code location}; a missing file fails with {@link NoSuchFileException}. */
    static CopySource source(CopyRun run, IosLocation.LocalPath location) throws IOException {
        if (ConfigFiles.isRunning(location)) {
            return new TextSource(run.device().runningConfig());
        }
        LocalFileSystem fs = run.device().fileSystems().resolve(location);
        if (!fs.exists(location.path()) || fs.isDirectory(location.path())) {
            throw new NoSuchFileException(location.renderTyped());
        }
        return new LocalFileSource(fs, location.path());
    }

    static CopyDestination destination(CopyRun run, IosLocation.LocalPath location) {
        if (ConfigFiles.isRunning(location)) {
            TextSink merge = text -> run.device().mergeIntoRunningConfig(text, run.console());
            return merge;
        }
        return new LocalFileDestination(run.device().fileSystems().resolve(location), location.path());
    }
}
