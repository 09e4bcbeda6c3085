package dev.iosemu.bench;

import dev.iosemu.app.VirtualDevice;
import dev.iosemu.cli.HeadlessSession;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.fs.local.Staging;
import dev.iosemu.image.CatalystArchive;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;
import dev.iosemu.testing.LabReady;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * The upgrade procedures against the host doing the same with the same bytes: {@code install add} of a bundle
 * (expansion into packages on bootflash:) against {@code cp} of the bundle, and {@code archive download-sw} of a
 * Catalyst tar from flash: against {@code tar -x}; heap after a full collection with the packages expanded.
 * Prints medians of a few runs. Run with {@code scripts/bench upgrade [bundle MiB] [tar MiB] [runs]}.
 */
public final class UpgradeBenchmark {
    private UpgradeBenchmark() {}

    public static void main(String[] args) throws Exception {
        long bundleMib = args.length > 0 ? Long.parseLong(args[0]) : 500;
        long tarMib = args.length > 1 ? Long.parseLong(args[1]) : 40;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path scratch = Files.createTempDirectory("iosemu-upgrade-bench");
        try {
            install(bundleMib, runs, scratch);
            archive(tarMib, runs, scratch);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void install(long mib, int runs, Path scratch) throws Exception {
        ImageSpec spec = ImageSpec.ofFileSize("isr4300", "17.9.4a", "universalk9", mib << 20);
        Path host = scratch.resolve("isr4300-universalk9.17.09.04a.SPA.bin");
        ImageWriter.write(spec, host);
        double[] device = new double[runs];
        double[] copy = new double[runs];
        long heap = 0;
        for (int i = 0; i < runs; i++) {
            try (VirtualDevice isr =
                    VirtualDevice.builder().profile("isr4321").labServers(false).build()) {
                isr.powerOn();
                HeadlessSession console = isr.openSession();
                LabReady.enable(console);
                place(isr.router().fileSystems().defaultFileSystem(), host, "/" + host.getFileName());
                long start = System.nanoTime();
                String out = console.exec("install add file bootflash:" + host.getFileName());
                device[i] = seconds(start);
                if (!out.contains("SUCCESS: install_add")) {
                    throw new IllegalStateException("install add failed:\n" + out);
                }
                heap = HeapProbe.usedAfterGc();
            }
            Path target = scratch.resolve("copy.bin");
            copy[i] = timed(new ProcessBuilder("cp", host.toString(), target.toString()));
            Files.delete(target);
        }
        report("install add of a " + mib + " MiB bundle", "cp of the bundle", device, copy, mib);
        System.out.printf("heap after GC with the bundle and its packages in bootflash: %d MiB%n%n", heap >> 20);
        Files.delete(host);
    }

    private static void archive(long mib, int runs, Path scratch) throws Exception {
        ImageSpec spec = ImageSpec.ofFileSize("c2960x", "15.2(7)E8", "universalk9", mib << 20);
        Path tar = scratch.resolve(CatalystArchive.fileName(spec));
        CatalystArchive.write(spec, tar);
        double[] device = new double[runs];
        double[] extract = new double[runs];
        for (int i = 0; i < runs; i++) {
            try (VirtualDevice sw =
                    VirtualDevice.builder().profile("c2960x").labServers(false).build()) {
                sw.powerOn();
                HeadlessSession console = sw.openSession();
                LabReady.enable(console);
                place(sw.router().fileSystems().defaultFileSystem(), tar, "/" + tar.getFileName());
                long start = System.nanoTime();
                String out = console.exec("archive download-sw /overwrite flash:" + tar.getFileName());
                device[i] = seconds(start);
                if (!out.contains("All software images installed.")) {
                    throw new IllegalStateException("archive download-sw failed:\n" + out);
                }
            }
            Path into = Files.createDirectory(scratch.resolve("x" + i));
            extract[i] = timed(new ProcessBuilder("tar", "-xf", tar.toString(), "-C", into.toString()));
            deleteTree(into);
        }
        report("archive download-sw of a " + mib + " MiB tar", "tar -x of the tar", device, extract, mib);
    }

    private static void place(LocalFileSystem fs, Path host, String path) throws IOException {
        try (Staging staging = fs.openStaged(path);
                FileChannel in = FileChannel.open(host, StandardOpenOption.READ)) {
            long size = in.size();
            for (long at = 0; at < size; ) {
                at += in.transferTo(at, size - at, staging.channel());
            }
            staging.commit();
        }
    }

    private static double timed(ProcessBuilder process) throws Exception {
        long start = System.nanoTime();
        Process started = process.inheritIO().start();
        if (!started.waitFor(10, TimeUnit.MINUTES) || started.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", process.command()) + " failed");
        }
        return seconds(start);
    }

    private static void report(String what, String baseline, double[] device, double[] host, long mib) {
        double d = median(device);
        double h = median(host);
        System.out.printf("%-40s %7.3f s  %7.1f MiB/s%n", what, d, mib / d);
        System.out.printf("%-40s %7.3f s  %7.1f MiB/s%n", baseline, h, mib / h);
        System.out.printf("%-40s %7.2fx%n", "device speed / host speed", h / d);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
