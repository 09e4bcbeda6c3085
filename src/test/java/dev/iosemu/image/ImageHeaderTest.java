package dev.iosemu.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ImageHeaderTest {
    private static final ImageHeader C1900 = ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 1234)
            .withBuildDate(LocalDateTime.of(2015, 6, 5, 12, 31, 59))
            .withMd5("0123456789abcdef0123456789abcdef");

    @Test
    void headerSurvivesEncodeAndDecode() throws Exception {
        ByteBuffer encoded = HeaderCodec.encode(C1900);

        assertThat(encoded.remaining()).isEqualTo(ImageHeader.SIZE);
        assertThat(HeaderCodec.decode(encoded)).isEqualTo(C1900);
    }

    @Test
    void buildDateBeyondTheCalendarIsNotAnImage() {
        byte[] header = HeaderCodec.encode(C1900).array();

        for (long seconds : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, 253_402_300_800L, -1L}) {
            ByteBuffer crafted = ByteBuffer.wrap(CraftedImages.withBuildSeconds(header, seconds));
            assertThatThrownBy(() -> HeaderCodec.decode(crafted))
                    .as("build date %d s", seconds)
                    .isInstanceOf(NotAnImageException.class)
                    .hasMessageContaining("build date");
        }
    }

    @Test
    void derivesTheShowVersionStrings() {
        ImageHeader xe = ImageSpec.of("isr4300", "17.9.4a", "universalk9", 0).withMd5("0".repeat(32));
        ImageHeader switchImage =
                ImageSpec.of("c2960x", "15.2(7)E8", "universalk9", 0).withMd5("0".repeat(32));

        assertThat(C1900.showVersionImageId()).isEqualTo("C1900-UNIVERSALK9-M");
        assertThat(C1900.softwareFamily()).isEqualTo("C1900");
        assertThat(C1900.compiledLine()).isEqualTo("Compiled Fri 05-Jun-15 12:31 by prod_rel_team");
        assertThat(switchImage.showVersionImageId()).isEqualTo("C2960X-UNIVERSALK9-M");
        assertThat(switchImage.softwareFamily()).isEqualTo("C2960X");
        assertThat(xe.showVersionImageId()).isEqualTo("X86_64_LINUX_IOSD-UNIVERSALK9-M");
        assertThat(xe.softwareFamily()).isEqualTo("ISR");
        assertThat(xe.compiledLine()).endsWith(" by mcpre");
        assertThat(xe.family()).isEqualTo(ImageFamily.IOS_XE);
    }

    @Test
    void softwareBannerFollowsTheClassicLayout() {
        assertThat(C1900.softwareBanner())
                .containsExactly(
                        "Cisco IOS Software, C1900 Software (C1900-UNIVERSALK9-M), Version 15.7(3)M8, RELEASE SOFTWARE"
                                + " (fc" + (1 + Math.floorMod("15.7(3)M8".hashCode(), 3)) + ")",
                        "Technical Support: http://www.cisco.com/techsupport",
                        "Copyright (c) 1986-2015 by Cisco Systems, Inc.",
                        "Compiled Fri 05-Jun-15 12:31 by prod_rel_team");
    }

    @Test
    void iosXeBannerShowsPaddedThenPlainVersionWithTheTrainName() {
        ImageHeader xe = ImageSpec.of("isr4300", "17.9.4a", "universalk9", 0).withMd5("0".repeat(32));

        assertThat(xe.softwareBanner().get(0)).isEqualTo("Cisco IOS XE Software, Version 17.09.04a");
        assertThat(xe.softwareBanner().get(1))
                .startsWith("Cisco IOS Software [Cupertino], ISR Software (X86_64_LINUX_IOSD-UNIVERSALK9-M),"
                        + " Version 17.9.4a, RELEASE SOFTWARE (fc");
        assertThat(xe.softwareBanner().get(4)).endsWith(" by mcpre");
    }

    @Test
    void defaultBuildDatesAreRepeatableAndPlausible() {
        ImageSpec a = ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 0);
        ImageSpec b = ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 99);

        assertThat(a.buildDate()).isEqualTo(b.buildDate());
        assertThat(a.buildDate().getYear()).isEqualTo(2017);
        assertThat(ImageSpec.of("isr4300", "17.9.4a", "universalk9", 0)
                        .buildDate()
                        .getYear())
                .isEqualTo(2022);
    }

    @Test
    void rejectsBadFieldsNamingThem() {
        assertThatThrownBy(() -> ImageSpec.of("C1900", "15.7(3)M8", "universalk9", 0))
                .hasMessageContaining("platform")
                .hasMessageContaining("'C1900'");
        assertThatThrownBy(() -> ImageSpec.of("c1900", "15.7(3)M8", "universalk9", -1))
                .hasMessageContaining("payloadLength must be >= 0 (was -1)");
        assertThatThrownBy(() ->
                        ImageSpec.of("c1900", "15.7(3)M8", "universalk9", 0).withMd5("XYZ"))
                .hasMessageContaining("embeddedMd5");
    }

    @Test
    void decodingNamesWhyBytesAreNotAHeader() {
        ByteBuffer damaged = HeaderCodec.encode(C1900);
        damaged.put(60, (byte) (damaged.get(60) ^ 1));
        ByteBuffer newer = HeaderCodec.encode(C1900);
        newer.putShort(8, (short) 2);

        assertThatThrownBy(() -> HeaderCodec.decode(ByteBuffer.allocate(10)))
                .hasMessage("too short for an image header (10 bytes)");
        assertThatThrownBy(() -> HeaderCodec.decode(ByteBuffer.allocate(600))).hasMessage("no image magic");
        assertThatThrownBy(() -> HeaderCodec.decode(damaged)).hasMessage("header checksum mismatch");
        assertThatThrownBy(() -> HeaderCodec.decode(newer)).hasMessage("unsupported image format version 2");
    }
}
