package dev.iosemu.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules between file systems and the files placed on them, checked when a profile is built. */
final class FileSystemRules {
    private FileSystemRules() {}

    /** Prefixes unique; exactly one default, mounted and not nvram; an nvram: with a size. */
    static void check(List<FileSystemSpec> fileSystems) {
        Map<String, Integer> seen = new HashMap<>();
        int defaults = 0;
        for (int i = 0; i < fileSystems.size(); i++) {
            FileSystemSpec fs = fileSystems.get(i);
            for (String prefix : fs.allPrefixes()) {
                Integer earlier = seen.putIfAbsent(prefix, i);
                if (earlier != null) {
                    throw new InvalidFieldException(
                            "fileSystems[" + i + "].prefix",
                            "duplicate prefix " + prefix + " (also fileSystems[" + earlier + "])");
                }
            }
            if (fs.isDefault()) {
                defaults++;
                requireDefaultable(i, fs);
            }
        }
        if (defaults != 1) {
            throw new InvalidFieldException("fileSystems", "exactly one must be default (found " + defaults + ")");
        }
        boolean nvram = fileSystems.stream()
                .anyMatch(fs -> fs.type() == FileSystemSpec.Type.NVRAM
                        && fs.isMounted()
                        && fs.prefix().equals("nvram:"));
        if (!nvram) {
            throw new InvalidFieldException("fileSystems", "needs an nvram: file system with a size");
        }
    }

    /** Each initial file names a mounted file system, if it names one at all. */
    static void checkFlash(List<FlashFile> files, List<FileSystemSpec> fileSystems) {
        for (int i = 0; i < files.size(); i++) {
            String prefix = files.get(i).prefix();
            if (prefix == null) {
                continue;
            }
            boolean mounted = fileSystems.stream()
                    .anyMatch(fs -> fs.isMounted() && fs.allPrefixes().contains(prefix));
            if (!mounted) {
                throw new InvalidFieldException(
                        "initialFlash[" + i + "].path", "no local file system " + prefix + " with a size");
            }
        }
    }

    private static void requireDefaultable(int index, FileSystemSpec fs) {
        if (!fs.isMounted() || fs.type() == FileSystemSpec.Type.NVRAM) {
            throw new InvalidFieldException(
                    "fileSystems[" + index + "].default",
                    "only a disk or flash file system with a size can be default");
        }
    }
}
