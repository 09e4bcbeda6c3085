package dev.iosemu.device.install;

import dev.iosemu.fs.local.FileEntry;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.StagingSet;
import dev.iosemu.image.ImageName;
import dev.iosemu.image.InstallPackage;
import dev.iosemu.image.PackagesConf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The installer's files on the boot device: the provisioning files, {@code packages.conf} pointed at one of
 * them, and what {@code install remove inactive} may delete. Thread-safety is the {@link Installer}'s: it
 * calls these under its lock.
 */
final class InstallFiles {
    private final LocalFileSystem flash;

    InstallFiles(LocalFileSystem flash) {
        this.flash = flash;
    }

    boolean exists(String name) {
        return flash.exists("/" + name);
    }

    byte[] read(String name) throws IOException {
        return Files.readAllBytes(flash.readablePath("/" + name));
    }

    void write(String name, byte[] content) throws IOException {
        flash.write("/" + name, content);
    }

    /** The provisioning file {@code name}. */
    PackagesConf conf(String name) throws IOException {
        return PackagesConf.parse(new String(read(name), StandardCharsets.ISO_8859_1))
                .orElseThrow(() -> new IOException(name + " is not a provisioning file"));
    }

    /** The package files of {@code image}, as its provisioning file names them. */
    List<String> packages(InstalledImage image) throws IOException {
        return conf(image.conf()).packages().stream()
                .map(InstallPackage::fileName)
                .toList();
    }

    /** Points packages.conf at {@code conf}; a bundle-mode point has none, so the loader falls to the bundle. */
    void restore(String conf) throws IOException {
        if (conf.equals(RollbackPoint.BUNDLE_MODE)) {
            if (exists(Installer.PACKAGES_CONF)) {
                flash.delete("/" + Installer.PACKAGES_CONF);
            }
        } else if (!conf.equals(Installer.PACKAGES_CONF)) {
            write(Installer.PACKAGES_CONF, read(conf));
        }
    }

    /**
     * The files in use (packages of every image that runs or can come back, {@code packages.conf}, a booted
     * bundle) and those of inactive images and unused bundles, which {@code install remove inactive} deletes.
     */
    RemovalPlan removalPlan(InstallRecord record, Optional<String> bootedBundle) throws IOException {
        Set<String> inUse = new LinkedHashSet<>();
        for (InstalledImage image : record.images()) {
            if (image.state() != PackageState.INACTIVE && hasConf(image)) {
                inUse.addAll(packages(image));
            }
        }
        if (exists(Installer.PACKAGES_CONF)) {
            inUse.add(Installer.PACKAGES_CONF);
        }
        bootedBundle.ifPresent(inUse::add);
        List<String> toDelete = new ArrayList<>();
        for (InstalledImage image : record.all(PackageState.INACTIVE)) {
            if (hasConf(image) && exists(image.conf())) {
                packages(image).stream().filter(p -> !inUse.contains(p)).forEach(toDelete::add);
                toDelete.add(image.conf());
            }
        }
        for (FileEntry entry : flash.list("/")) {
            boolean bundle = !entry.directory() && ImageName.parse(entry.name()).isPresent();
            if (bundle && !inUse.contains(entry.name()) && !toDelete.contains(entry.name())) {
                toDelete.add(entry.name());
            }
        }
        toDelete.removeIf(name -> !exists(name));
        return new RemovalPlan(
                inUse.stream().sorted().toList(), toDelete.stream().sorted().toList());
    }

    /** Deletes every file {@code plan} lists, all or nothing. */
    void remove(RemovalPlan plan) throws IOException {
        try (StagingSet set = flash.openStagingSet()) {
            for (String name : plan.toDelete()) {
                set.removeAtCommit("/" + name);
            }
            set.commit();
        }
    }

    private static boolean hasConf(InstalledImage image) {
        return !image.conf().equals(RollbackPoint.BUNDLE_MODE);
    }
}
