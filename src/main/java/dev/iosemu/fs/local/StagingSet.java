package dev.iosemu.fs.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several changes to one device file system committed all or nothing: new files written through
 * {@link Staging}s, directories created and files or directories removed, as installing a bundle, extracting an archive or
 * replacing a whole flash needs. The commit writes a journal of the moves and removals before making any
 * of them, so a crash part way is finished at the next start ({@link LocalFileSystem} replays journals when
 * it opens); before the journal exists, the staged files are simply discarded. Used by one thread at a
 * time.
 */
public final class StagingSet implements AutoCloseable {
    private final LocalFileSystem fs;
    private final List<Staging> files = new ArrayList<>();
    private final Set<String> removals = new LinkedHashSet<>();
    /** New top directories of the set: the path they get at the commit, and the hidden one they are built in. */
    private final Map<String, String> directories = new LinkedHashMap<>();

    StagingSet(LocalFileSystem fs) {
        this.fs = fs;
    }

    /** Opens file {@code path} for writing as part of this set. */
    public Staging add(String path) throws IOException {
        if (files.stream().anyMatch(staging -> staging.path().equals(path))) {
            throw new IllegalArgumentException("already in this set: " + path);
        }
        Staging staging = fs.openStaged(physical(path));
        files.add(staging);
        return staging;
    }

    /**
     * Creates directory {@code path} at the commit, with the files and directories of the set below it ({@link
     * #add} them after this call). Until then it is built under a hidden name beside it, which listings do not
     * show and which goes if the set is closed without a commit (or at the next start after a crash).
     */
    public void directoryAtCommit(String path) throws IOException {
        fs.checkWritable(path);
        int slash = path.lastIndexOf('/');
        String parent = slash <= 0 ? "/" : path.substring(0, slash);
        String physicalParent = physical(parent);
        if (!physicalParent.equals(parent)) {
            fs.mkdir(physicalParent + path.substring(slash));
            return;
        }
        String hidden = fs.pathOf(fs.newStagingName(fs.path(parent)));
        fs.mkdir(hidden);
        directories.put(path, hidden);
    }

    /** Where {@code path} is until the commit: inside the hidden form of a new directory, or itself. */
    private String physical(String path) {
        for (Map.Entry<String, String> directory : directories.entrySet()) {
            String top = directory.getKey();
            if (path.equals(top) || path.startsWith(top + "/")) {
                return directory.getValue() + path.substring(top.length());
            }
        }
        return path;
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
        directories.forEach((path, hidden) -> steps.add(new Journal.Move(hidden, path)));
        fs.commits().commitAll(files, new Journal(steps));
    }

    /** Discards every file not committed; never throws. */
    @Override
    public void close() {
        files.forEach(Staging::close);
        for (String hidden : directories.values()) {
            try {
                if (fs.exists(hidden)) {
                    fs.deleteRecursively(hidden);
                }
            } catch (IOException e) {
                // a hidden directory left behind is removed when the file system next opens
            }
        }
    }
}
