package dev.iosemu.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an IOS-XE bundle ({@code isr4300-universalk9.17.09.04a.SPA.bin}) splits into the packages install mode
 * runs from: the boot package, the firmware packages and the mono package holding IOSd, each a slice of the
 * bundle's payload (so together they take the bundle's size, as real ones do), plus the provisioning file
 * that names them. Pure: everything follows from the header.
 */
public final class BundleExpansion {
    /** The firmware packages of an ISR 4000 / Catalyst 8000 router, as a real one installs them. */
    private static final List<String> FIRMWARE = List.of(
            "firmware_dreamliner",
            "firmware_dsp_sp2700",
            "firmware_ngwic_t1e1",
            "firmware_nim_async",
            "firmware_nim_cwan",
            "firmware_nim_ge",
            "firmware_nim_shdsl",
            "firmware_nim_xdsl");

    private final ImageHeader bundle;

    public BundleExpansion(ImageHeader bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        if (bundle.family() != ImageFamily.IOS_XE) {
            throw new IllegalArgumentException("not an IOS-XE bundle: " + bundle.platform() + " " + bundle.version());
        }
    }

    /** The bundle this expansion is of. */
    public ImageHeader bundle() {
        return bundle;
    }

    /** The bundle's file name as Cisco names it. */
    public String bundleFileName() {
        return ImageName.canonical(bundle.spec()).fileName();
    }

    /** The provisioning file named after the bundle: {@code isr4300-universalk9.17.09.04a.SPA.conf}. */
    public String provisioningFileName() {
        String bin = bundleFileName();
        return bin.substring(0, bin.length() - ".bin".length()) + ".conf";
    }

    /**
     * The version {@code install add} reports and {@code show install} lists: the padded release with build
     * fields ({@code 17.09.04a.0.79}), the build number derived from the bundle's hash so it stays the same
     * for the same bundle.
     */
    public String installVersion() {
        int build = Integer.parseInt(bundle.embeddedMd5().substring(0, 4), 16) % 900 + 10;
        return bundle.version().padded() + ".0." + build;
    }

    /** The packages in the order the bundle holds them, with where each starts in the payload. */
    public List<Slice> slices() {
        long payload = bundle.payloadLength();
        long boot = payload * 6 / 100;
        long firmware = payload / 200;
        long mono = payload - boot - firmware * FIRMWARE.size();
        List<Slice> slices = new ArrayList<>();
        long offset = 0;
        slices.add(new Slice(packageName("rpboot"), offset, boot));
        offset += boot;
        for (String name : FIRMWARE) {
            slices.add(new Slice(packageName(name), offset, firmware));
            offset += firmware;
        }
        slices.add(new Slice(packageName("mono-" + bundle.featureSet()), offset, mono));
        return slices;
    }

    /** {@code isr4300-rpboot.17.09.04a.SPA.pkg}. */
    private String packageName(String role) {
        return bundle.platform() + "-" + role + "." + bundle.version().padded() + ".SPA.pkg";
    }

    /**
     * One package's place in the bundle.
     *
     * @param fileName the package file
     * @param offset where its bytes start in the bundle's payload
     * @param length how many
     */
    public record Slice(String fileName, long offset, long length) {}
}
