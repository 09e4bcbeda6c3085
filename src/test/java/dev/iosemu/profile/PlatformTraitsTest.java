package dev.iosemu.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A profile names its traits, or an older {@code family} preset that trait keys may override. */
class PlatformTraitsTest {
    private static final String SOURCE = "user.yaml";
    private static final String TRAITS = "loader: rommon\ntrain: classic_ios\nrole: router\nimageLayout: monolithic\n";

    @Test
    void anOlderProfileWithFamilyAndBootLoaderPromptStillLoadsWithTheFamilyTraits() throws Exception {
        for (DeviceFamily family : DeviceFamily.values()) {
            String prompt = family.traits().loader().name().toLowerCase(java.util.Locale.ROOT);
            DeviceProfile profile = parse("family: " + family.name().toLowerCase(java.util.Locale.ROOT)
                    + "\nbootLoaderPrompt: " + prompt + "\n");

            assertThat(profile.traits()).isEqualTo(family.traits());
            assertThat(profile.family()).isEqualTo(family);
        }
    }

    @Test
    void theFamilyPresetFillsTheTraitsAProfileLeavesOut() throws Exception {
        DeviceProfile profile = parse("family: ios_xe\n");

        assertThat(profile.traits())
                .isEqualTo(
                        new PlatformTraits(LoaderKind.ROMMON, SoftwareTrain.IOS_XE, Role.ROUTER, ImageLayout.BUNDLE));
    }

    @Test
    void aCatalyst9300IsTheCatalystPresetWithIosXeInInstallMode() throws Exception {
        DeviceProfile profile = parse("family: catalyst\ntrain: ios_xe\nimageLayout: install\n");

        assertThat(profile.traits())
                .isEqualTo(
                        new PlatformTraits(LoaderKind.SWITCH, SoftwareTrain.IOS_XE, Role.SWITCH, ImageLayout.INSTALL));
    }

    @Test
    void explicitTraitsNeedNoFamily() throws Exception {
        DeviceProfile profile = parse("loader: switch\ntrain: ios_xe\nrole: switch\nimageLayout: install\n");

        assertThat(profile.family()).isNull();
        assertThat(profile.traits())
                .isEqualTo(
                        new PlatformTraits(LoaderKind.SWITCH, SoftwareTrain.IOS_XE, Role.SWITCH, ImageLayout.INSTALL));
    }

    @Test
    void withoutAFamilyEveryTraitIsRequired() {
        assertThatThrownBy(() -> parse("loader: rommon\ntrain: classic_ios\nimageLayout: monolithic\n"))
                .hasMessage(SOURCE + ": role: is required");
    }

    @Test
    void classicIosHasOnlyMonolithicImages() {
        assertThatThrownBy(() -> parse(TRAITS.replace("imageLayout: monolithic", "imageLayout: install")))
                .hasMessage(SOURCE + ": imageLayout: classic_ios has only monolithic images (was 'install')");
    }

    @Test
    void iosXeBootsABundleOrInstalls() {
        assertThatThrownBy(() -> parse("family: ios_xe\nimageLayout: monolithic\n"))
                .hasMessage(SOURCE + ": imageLayout: ios_xe boots a bundle or installs (was 'monolithic')");
    }

    @Test
    void anUnknownFamilyNamesTheKnownOnes() {
        assertThatThrownBy(() -> parse("family: isr_g3\n"))
                .hasMessage(SOURCE + ": family: must be one of isr_g2, catalyst, ios_xe (was 'isr_g3')");
    }

    /** The shipped 1941 profile with its trait block replaced by {@code traits}. */
    private static DeviceProfile parse(String traits) throws IOException, ProfileException {
        String yaml = Files.readString(Path.of("devices", "c1941.yaml"));
        assertThat(yaml).contains(TRAITS);
        return DeviceProfiles.parse(yaml.replace(TRAITS, traits), SOURCE);
    }
}
