package dev.iosemu.app;

import dev.iosemu.lab.file.LabLink;
import java.util.List;
import java.util.Map;

/**
 * Where a lab file's links become cables between devices: the one place that calls the modelled network.
 * Until devices can be cabled, the links are read and checked (both ends exist and are free) and wait here.
 */
final class LabCabling {
    private LabCabling() {}

    /** Cables {@code links} between {@code devices} in {@code lab}. */
    static void connect(Lab lab, Map<String, VirtualDevice> devices, List<LabLink> links) {
        // the modelled network's cabling API is not on main yet: the links are checked by the lab file
    }
}
