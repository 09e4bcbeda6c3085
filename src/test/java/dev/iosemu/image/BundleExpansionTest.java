package dev.iosemu.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundleExpansionTest {
    private final ImageHeader bundle =
            ImageWriter.header(ImageSpec.ofFileSize("isr4300", "17.9.4a", "universalk9", 1_048_576 + 4096));
    private final BundleExpansion expansion = new BundleExpansion(bundle);

    @Test
    void packagesAreNamedAfterThePlatformAndPaddedVersion() {
        assertThat(expansion.slices().stream()
                        .map(BundleExpansion.Slice::fileName)
                        .toList())
                .startsWith("isr4300-rpboot.17.09.04a.SPA.pkg", "isr4300-firmware_dreamliner.17.09.04a.SPA.pkg")
                .endsWith("isr4300-mono-universalk9.17.09.04a.SPA.pkg")
                .hasSize(10);
        assertThat(expansion.provisioningFileName()).isEqualTo("isr4300-universalk9.17.09.04a.SPA.conf");
        assertThat(expansion.bundleFileName()).isEqualTo("isr4300-universalk9.17.09.04a.SPA.bin");
    }

    @Test
    void slicesCoverThePayloadExactlyInOrder() {
        List<BundleExpansion.Slice> slices = expansion.slices();
        long offset = 0;
        for (BundleExpansion.Slice slice : slices) {
            assertThat(slice.offset()).isEqualTo(offset);
            offset += slice.length();
        }

        assertThat(offset).isEqualTo(bundle.payloadLength());
        assertThat(slices.getLast().length()).isGreaterThan(bundle.payloadLength() * 3 / 4);
    }

    @Test
    void installVersionCarriesBuildFieldsAndStaysTheSameForTheSameBundle() {
        assertThat(expansion.installVersion()).matches("17\\.09\\.04a\\.0\\.\\d+");
        assertThat(new BundleExpansion(bundle).installVersion()).isEqualTo(expansion.installVersion());
    }

    @Test
    void provisioningFileReadsBackWithTheBundleHeaderAndPackages() {
        PackagesConf conf = conf();

        assertThat(PackagesConf.parse(conf.render())).contains(conf);
        assertThat(conf.render())
                .startsWith("#! /usr/binos/bin/packages_conf.sh\n\nsha1sum: ")
                .contains("boot  rp 0 0   rp_boot     isr4300-rpboot.17.09.04a.SPA.pkg\n")
                .contains("iso   rp 0 0   rp_base     isr4300-mono-universalk9.17.09.04a.SPA.pkg\n")
                .contains("# pkginfo: Build: 17.09.04a\n");
    }

    @Test
    void editedProvisioningFileFailsItsSha1() {
        String text = conf().render().replace("rp_daemons", "rp_demons ");

        assertThat(PackagesConf.parse(text)).isEmpty();
    }

    @Test
    void anythingElseIsNoProvisioningFile() {
        assertThat(PackagesConf.parse("hostname R1\n")).isEmpty();
        assertThat(PackagesConf.parse("#! x\n\nsha1sum: 00\n")).isEmpty();
    }

    private PackagesConf conf() {
        List<InstallPackage> packages = expansion.slices().stream()
                .map(s -> new InstallPackage(s.fileName(), s.length(), (int) s.offset() * 31))
                .toList();
        return new PackagesConf(bundle, expansion.installVersion(), packages);
    }
}
