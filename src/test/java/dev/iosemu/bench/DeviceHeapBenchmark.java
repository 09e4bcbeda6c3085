package dev.iosemu.bench;

import dev.iosemu.app.VirtualDevice;
import dev.iosemu.fs.local.ImageStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Heap per idle device: N c1941 devices built and powered on with the lab servers off, then the heap after
 * a full collection, per device; once with the initial images shared through one {@link ImageStore} (the
 * default) and once with a store per device (each its own copy, as before the overlay). Run with
 * {@code scripts/bench heap [DEVICES]}.
 */
public final class DeviceHeapBenchmark {
    private DeviceHeapBenchmark() {}

    public static void main(String[] args) throws Exception {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        System.out.printf("%-28s %8s %12s %16s%n", "c1941, lab servers off", "devices", "heap MiB", "KiB per device");
        report("images shared (default)", devices, ImageStore::shared);
        report("an image copy per device", devices, ImageStore::create);
    }

    private static void report(String label, int count, Supplier<ImageStore> stores) throws Exception {
        long before = HeapProbe.usedAfterGc();
        List<VirtualDevice> devices = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                VirtualDevice device = VirtualDevice.builder()
                        .labServers(false)
                        .imageStore(stores.get())
                        .build();
                devices.add(device);
                device.powerOn();
            }
            long used = HeapProbe.usedAfterGc() - before;
            System.out.printf(
                    "%-28s %8d %12.1f %16.0f%n", label, count, used / (double) HeapProbe.MIB, used / 1024.0 / count);
        } finally {
            for (VirtualDevice device : devices) {
                device.close();
            }
        }
    }
}
