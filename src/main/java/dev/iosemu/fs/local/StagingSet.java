package dev.iosemu.fs.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Several changes to one device file system committed all or nothing: new files written through
 * {@link Staging}s and files or directories removed, as installing a bundle, extracting an archive or
 * replacing a whole flash needs. The commit writes a journal of the moves and removals before making any
 * of them, so a crash part way is finished at the next start ({@link LocalFileSystem} replays journals when
 * it opens); before the journal exists, the staged files are simply discarded. Used by one thread at a
 * time.
 */
public final class StagingSet implements AutoCloseable {
    private final LocalFileSystem fs;
    private final List<Staging> files = new ArrayList<>();
    private final Set<String> removals = new LinkedHashSet<>();

    StagingSet(LocalFileSystem fs) {
        this.fs = fs;
    }

    /** Opens file {@code path} for writing as part of this set. */
    public Staging add(String path) throws IOException {
        if (files.stream().anyMatch(staging -> staging.path().equals(path))) {
            throw new IllegalArgumentException("already in this set: " + path);
        }
        Staging staging = fs.openStaged(path);
        files.add(staging);
        return staging;
    }

    /** Removes {@code path} (a directory with everything below it) at the commit. */
    public void removeAtCommit(String path) throws IOException {
        fs.checkWritable(path);
        removals.add(path);
    }

    /** Makes every file of the set visible and every removal happen, as one step. */
    public void commit() throws IOException {
        List<Journal.Step> steps = new ArrayList<>();
        removals.forEach(path -> steps.add(new Journal.Remove(path)));
        for (Staging staging : files) {
            steps.add(new Journal.Move(fs.pathOf(staging.atomicWrite().stagingFile()), staging.path()));
        }
        fs.commits().commitAll(files, new Journal(steps));
    }

    /** Discards every file not committed; never throws. */
    @Override
    public void close() {
        files.forEach(Staging::close);
    }
}
