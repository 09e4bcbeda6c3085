package dev.iosemu.device.install;

import dev.iosemu.device.BootedImage;
import dev.iosemu.device.ReloadReason;
import dev.iosemu.device.Router;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.image.BundleExpansion;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.PackagesConf;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The IOS-XE install operations of one device on its boot device: add (expand a bundle), activate (point
 * {@code packages.conf} at its packages, arming the auto-abort timer unless committed at once), commit,
 * abort, rollback, remove inactive, and the timer. The state is an {@link InstallRecord} kept by
 * {@link InstallStore}. The CLI prints and asks; this class decides and changes files. Thread-safe: one operation
 * at a time ({@link #lock}).
 */
public final class Installer {
    /** How long an uncommitted activation stands before the timer rolls it back. */
    public static final Duration AUTO_ABORT = Duration.ofSeconds(7200);

    /** The provisioning file the loader boots in install mode. */
    public static final String PACKAGES_CONF = "packages.conf";

    private final Router router;
    private final LocalFileSystem flash;
    private final InstallStore store;
    private final InstallFiles files;
    private final ReentrantLock lock = new ReentrantLock();

    public Installer(Router router) {
        this.router = router;
        this.flash = router.fileSystems().defaultFileSystem();
        this.files = new InstallFiles(flash);
        this.store = new InstallStore(router.fileSystems()
                .find("nvram:")
                .orElseThrow(() -> new IllegalArgumentException("install mode needs an nvram: file system")));
    }

    /** The boot device's prefix ({@code bootflash:}). */
    public String device() {
        return flash.prefix();
    }

    /** What the installer knows now, with the running software as committed when nothing was installed yet. */
    public InstallRecord record() {
        InstallRecord stored = stored();
        if (stored.running().isPresent()) {
            return stored;
        }
        return router.bootState()
                .booted()
                .map(booted -> stored.with(runningImage(booted)))
                .orElse(stored);
    }

    // ---- add ---------------------------------------------------------------------------------------

    /**
     * Checks the bundle {@code typed} names: on the boot device, a sound IOS-XE image of this platform, whole.
     *
     * @throws InstallException naming the problem
     */
    public Bundle bundle(String typed) throws InstallException {
        return BundleCheck.of(
                typed, router.fileSystems(), flash, router.setup().identity().imagePlatform());
    }

    /** Refuses a bundle whose version the installer already knows (added, running, or replaced). */
    public void checkNotAdded(Bundle bundle) throws InstallException {
        String version = bundle.expansion().installVersion();
        if (record().version(version).isPresent()) {
            throw new InstallException("Super package already added. Add operation not allowed. "
                    + "'install remove inactive' can be used to discard added packages");
        }
    }

    /** The size of the file {@code typed} names on the boot device; 0 when there is none. */
    public long size(String typed) {
        try {
            Bundle bundle = bundle(typed);
            return flash.size(bundle.path());
        } catch (InstallException | java.io.IOException e) {
            return 0;
        }
    }

    /** Kilobytes the expansion of {@code bundle} needs, and kilobytes free. */
    public long[] spaceKilobytes(Bundle bundle) {
        return new long[] {BundleExpander.bytesNeeded(flash, bundle.expansion()) / 1024, flash.freeBytes() / 1024};
    }

    /** Expands {@code bundle} into its packages and records it as added (inactive). */
    public PackagesConf add(Bundle bundle) throws IOException {
        lock.lock();
        try {
            BundleExpansion plan = bundle.expansion();
            PackagesConf conf = BundleExpander.expand(
                    flash, bundle.path(), plan, parentOf(bundle.path()), plan.provisioningFileName());
            save(record().with(new InstalledImage(
                    plan.installVersion(), bundle.fileName(), plan.provisioningFileName(), PackageState.INACTIVE)));
            return conf;
        } finally {
            lock.unlock();
        }
    }

    /** The files an expansion of {@code bundle} into {@code directory} would replace. */
    public List<String> existing(Bundle bundle, String directory) {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        Stream<String> names = bundle.expansion().slices().stream().map(BundleExpansion.Slice::fileName);
        return Stream.concat(names, Stream.of(PACKAGES_CONF))
                .filter(name -> flash.exists(prefix + name))
                .sorted()
                .toList();
    }

    /** Expands {@code bundle} into {@code directory} with a {@code packages.conf}, outside the install state. */
    public List<String> expand(Bundle bundle, String directory) throws IOException {
        lock.lock();
        try {
            PackagesConf conf =
                    BundleExpander.expand(flash, bundle.path(), bundle.expansion(), directory, PACKAGES_CONF);
            Stream<String> written = conf.packages().stream().map(p -> p.fileName());
            return Stream.concat(written, Stream.of(PACKAGES_CONF)).toList();
        } finally {
            lock.unlock();
        }
    }

    // ---- activate, commit, abort, rollback ----------------------------------------------------------

    /** The image {@code install activate} would activate: the one added last and not activated. */
    public Optional<InstalledImage> toActivate() {
        List<InstalledImage> inactive = record().all(PackageState.INACTIVE);
        return inactive.isEmpty() ? Optional.empty() : Optional.of(inactive.getLast());
    }

    /** The package files of {@code image}, as its provisioning file names them. */
    public List<String> packages(InstalledImage image) throws IOException {
        return files.packages(image);
    }

    /** Whether the saved boot configuration boots {@code packages.conf} first, as install mode needs. */
    public boolean bootsPackages() throws IOException {
        List<String> entries = router.bootSystem().forBoot();
        return !entries.isEmpty() && entries.getFirst().endsWith(":" + PACKAGES_CONF);
    }

    /**
     * Makes {@code image} the software of the next boot: a rollback point of what runs now, then
     * {@code packages.conf} rewritten with the image's. Uncommitted, the auto-abort timer starts; committed,
     * the old image is simply inactive.
     *
     * @return why the coming reload happens
     */
    public ReloadReason activate(InstalledImage image, boolean commit) throws IOException {
        lock.lock();
        try {
            InstallRecord record = record();
            InstalledImage running = keepOwnConf(record.running().orElseThrow());
            Instant now = router.clock().instant();
            record = record.withPoint(new RollbackPoint(record.nextPointId(), running.version(), running.conf(), now));
            files.write(PACKAGES_CONF, files.read(image.conf()));
            if (commit) {
                record = record.with(running.withState(PackageState.INACTIVE))
                        .with(image.withState(PackageState.COMMITTED))
                        .withDeadline(Optional.empty());
            } else {
                record = record.with(running.withState(PackageState.DEACTIVATED))
                        .with(image.withState(PackageState.UNCOMMITTED))
                        .withDeadline(Optional.of(now.plus(AUTO_ABORT)));
            }
            save(record);
            return running.conf().equals(RollbackPoint.BUNDLE_MODE)
                    ? ReloadReason.ENABLING_INSTALL_MODE
                    : ReloadReason.INSTALL;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A device expanded by hand runs {@code packages.conf} alone, which the activation rewrites: its content is
     * kept first under the provisioning file name of its version, so a rollback finds it.
     */
    private InstalledImage keepOwnConf(InstalledImage running) throws IOException {
        if (!running.conf().equals(PACKAGES_CONF)) {
            return running;
        }
        String own = running.bundle().replaceFirst("\\.bin$", ".conf");
        files.write(own, files.read(PACKAGES_CONF));
        return new InstalledImage(running.version(), running.bundle(), own, running.state());
    }

    /** {@code install commit}: the uncommitted activation becomes committed and the timer stops. */
    public void commit() throws InstallException, IOException {
        lock.lock();
        try {
            InstallRecord record = record();
            InstalledImage uncommitted = record.in(PackageState.UNCOMMITTED)
                    .orElseThrow(() -> new InstallException("No uncommitted install operation found to commit"));
            record = record.with(uncommitted.withState(PackageState.COMMITTED));
            for (InstalledImage old : record.all(PackageState.DEACTIVATED)) {
                record = record.with(old.withState(PackageState.INACTIVE));
            }
            save(record.withDeadline(Optional.empty()));
        } finally {
            lock.unlock();
        }
    }

    /** Whether there is an uncommitted activation to abort. */
    public boolean uncommitted() {
        return record().in(PackageState.UNCOMMITTED).isPresent();
    }

    /**
     * {@code install abort} (and the timer): the deactivated image runs again at the next boot, the uncommitted
     * one is inactive.
     */
    public ReloadReason abort() throws InstallException, IOException {
        lock.lock();
        try {
            InstallRecord record = record();
            InstalledImage uncommitted = record.in(PackageState.UNCOMMITTED)
                    .orElseThrow(() -> new InstallException("No install operation in progress to abort"));
            InstalledImage previous = record.in(PackageState.DEACTIVATED).orElseThrow();
            files.restore(previous.conf());
            save(record.with(uncommitted.withState(PackageState.INACTIVE))
                    .with(previous.withState(PackageState.COMMITTED))
                    .withDeadline(Optional.empty()));
            return ReloadReason.INSTALL;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The rollback point {@code install rollback to base|committed|id N} names: base is the oldest point,
     * committed the software last committed.
     */
    public RollbackPoint rollbackPoint(String target, int id) throws InstallException {
        InstallRecord record = record();
        return switch (target) {
            case "base" ->
                record.rollbackPoints().stream()
                        .findFirst()
                        .orElseThrow(() -> new InstallException("No rollback point found"));
            case "committed" -> {
                InstalledImage committed = record.in(PackageState.DEACTIVATED)
                        .or(() -> record.in(PackageState.COMMITTED))
                        .orElseThrow(() -> new InstallException("No committed image found"));
                yield new RollbackPoint(
                        0, committed.version(), committed.conf(), router.clock().instant());
            }
            default ->
                record.point(id).orElseThrow(() -> new InstallException("Rollback point " + id + " does not exist"));
        };
    }

    /** Makes {@code point}'s software the committed one of the next boot; every other image is inactive. */
    public ReloadReason rollback(RollbackPoint point) throws IOException {
        lock.lock();
        try {
            InstallRecord record = record();
            files.restore(point.conf());
            for (InstalledImage image : record.images()) {
                record = record.with(image.withState(
                        image.version().equals(point.version()) ? PackageState.COMMITTED : PackageState.INACTIVE));
            }
            if (record.version(point.version()).isEmpty()) {
                record = record.with(new InstalledImage(point.version(), "-", point.conf(), PackageState.COMMITTED));
            }
            save(record.withDeadline(Optional.empty()));
            return ReloadReason.INSTALL;
        } finally {
            lock.unlock();
        }
    }

    // ---- the timer -------------------------------------------------------------------------------------

    /** Time before the auto-abort timer rolls back, while an activation is uncommitted. */
    public Optional<Duration> timeLeft() {
        Instant now = router.clock().instant();
        return stored().abortDeadline()
                .map(deadline ->
                        Duration.between(now, deadline).isNegative() ? Duration.ZERO : Duration.between(now, deadline));
    }

    /** Whether the timer ran out with the activation still uncommitted. */
    public boolean timerExpired() {
        return timeLeft().filter(Duration::isZero).isPresent() && uncommitted();
    }

    /** {@code install auto-abort-timer stop}; false when no timer runs. */
    public boolean stopTimer() throws IOException {
        lock.lock();
        try {
            InstallRecord record = stored();
            if (record.abortDeadline().isEmpty()) {
                return false;
            }
            save(record.withDeadline(Optional.empty()));
            return true;
        } finally {
            lock.unlock();
        }
    }

    // ---- remove inactive --------------------------------------------------------------------------------

    /** The files the running software uses and those {@code install remove inactive} would delete. */
    public RemovalPlan removalPlan() throws IOException {
        Optional<String> bootedBundle = router.bootState()
                .booted()
                .map(BootedImage::path)
                .filter(path -> !path.endsWith(".conf"))
                .map(Installer::fileName);
        return files.removalPlan(record(), bootedBundle);
    }

    /** Deletes what {@code plan} lists, all or nothing, and forgets the inactive images. */
    public void remove(RemovalPlan plan) throws IOException {
        lock.lock();
        try {
            files.remove(plan);
            InstallRecord record = record();
            for (InstalledImage image : record.all(PackageState.INACTIVE)) {
                record = record.without(image);
            }
            save(record);
        } finally {
            lock.unlock();
        }
    }

    /** Starts operation {@code name} in the log; returns its number. */
    public int begin(String name, String startText) throws IOException {
        lock.lock();
        try {
            InstallRecord record = record().nextOperation();
            save(record.logged("[" + record.operations() + "|" + name + "]: START " + startText));
            return record.operations();
        } finally {
            lock.unlock();
        }
    }

    /** Ends operation {@code number} in the log. */
    public void end(int number, String name, boolean success, String endText) throws IOException {
        lock.lock();
        try {
            String result = success ? "END SUCCESS  " : "END FAILED  ";
            save(record().logged("[" + number + "|" + name + "]: " + result + endText));
        } finally {
            lock.unlock();
        }
    }

    private InstallRecord stored() {
        return store.read();
    }

    private void save(InstallRecord record) throws IOException {
        store.write(record);
    }

    private InstalledImage runningImage(BootedImage booted) {
        ImageHeader header = booted.header();
        BundleExpansion expansion = new BundleExpansion(header);
        boolean installMode = booted.path().endsWith(".conf");
        String conf = installMode ? existingConf(expansion) : RollbackPoint.BUNDLE_MODE;
        return new InstalledImage(expansion.installVersion(), expansion.bundleFileName(), conf, PackageState.COMMITTED);
    }

    /** A device expanded by hand boots packages.conf alone; one installed by the installer has the named file. */
    private String existingConf(BundleExpansion expansion) {
        return files.exists(expansion.provisioningFileName()) ? expansion.provisioningFileName() : PACKAGES_CONF;
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.indexOf(':')) + 1);
    }
}
