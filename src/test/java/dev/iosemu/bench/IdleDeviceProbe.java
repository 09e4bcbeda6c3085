package dev.iosemu.bench;

import dev.iosemu.app.Lab;
import dev.iosemu.app.VirtualDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an idle device costs: heap after a full collection and platform threads, per device, for N powered-on
 * devices. Modes: {@code off} (no lab servers), {@code own} (each device a lab of one with its servers), {@code
 * shared} (all devices in one lab whose servers they share). Run: {@code java -Xmx4g -cp ...
 * dev.iosemu.bench.IdleDeviceProbe [N] [off|own|shared]}.
 */
public final class IdleDeviceProbe {
    private IdleDeviceProbe() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String mode = args.length > 1 ? args[1] : "off";
        VirtualDevice.builder().labServers(false).build().close(); // class loading outside the measure
        long heapBefore = HeapProbe.usedAfterGc();
        int threadsBefore = Thread.getAllStackTraces().size();
        List<AutoCloseable> open = new ArrayList<>();
        Lab shared = mode.equals("shared") ? Lab.builder().build() : null;
        if (shared != null) {
            open.add(shared);
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            VirtualDevice.Builder builder = VirtualDevice.builder().labServers(mode.equals("own"));
            VirtualDevice device = shared != null ? builder.lab(shared).build() : builder.build();
            device.powerOn();
            open.add(device);
        }
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = HeapProbe.usedAfterGc();
        Map<String, Integer> threads = new TreeMap<>();
        Thread.getAllStackTraces()
                .keySet()
                .forEach(t -> threads.merge(t.getName().replaceAll("[-0-9]+$", ""), 1, Integer::sum));
        int threadsAfter = Thread.getAllStackTraces().size();
        System.out.printf(
                "%d devices, lab servers %s: %.1f KiB heap per device, %.2f platform threads per device (%d new), "
                        + "%.1f ms build+boot per device%n",
                n,
                mode,
                (heapAfter - heapBefore) / 1024.0 / n,
                (threadsAfter - threadsBefore) / (double) n,
                threadsAfter - threadsBefore,
                buildMillis / (double) n);
        System.out.println("platform threads by name: " + threads);
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }
}
