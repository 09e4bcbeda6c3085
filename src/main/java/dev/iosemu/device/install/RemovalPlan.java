package dev.iosemu.device.install;

import java.util.List;

/**
 * What {@code install remove inactive} found on the boot device.
 *
 * @param inUse package and provisioning files the running software uses, which stay
 * @param toDelete files of inactive images and unused bundles, which go
 */
public record RemovalPlan(List<String> inUse, List<String> toDelete) {
    public RemovalPlan {
        inUse = List.copyOf(inUse);
        toDelete = List.copyOf(toDelete);
    }
}
