package dev.iosemu.net.ftp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VirtualPathTest {
    private static final VirtualPath IMAGES = new VirtualPath(List.of("images"));

    private static Optional<String> resolve(VirtualPath from, String argument) {
        return VirtualPath.resolve(from, argument).map(VirtualPath::toString);
    }

    @Test
    void relativeNamesResolveAgainstTheWorkingFolder() {
        assertThat(resolve(IMAGES, "c1900.bin")).hasValue("/images/c1900.bin");
        assertThat(resolve(IMAGES, "./a/./b")).hasValue("/images/a/b");
        assertThat(resolve(IMAGES, "a//b/")).hasValue("/images/a/b");
    }

    @Test
    void absoluteAndTildeNamesStartAtTheHome() {
        assertThat(resolve(IMAGES, "/c1900.bin")).hasValue("/c1900.bin");
        assertThat(resolve(IMAGES, "~")).hasValue("/");
        assertThat(resolve(IMAGES, "~/x")).hasValue("/x");
        assertThat(resolve(IMAGES, "~x")).hasValue("/images/~x");
    }

    @Test
    void emptyOrMissingArgumentIsTheWorkingFolder() {
        assertThat(resolve(IMAGES, "")).hasValue("/images");
        assertThat(resolve(IMAGES, null)).hasValue("/images");
    }

    @Test
    void dotDotInsideTheHomeIsAllowed() {
        assertThat(resolve(IMAGES, "..")).hasValue("/");
        assertThat(resolve(IMAGES, "a/../b")).hasValue("/images/b");
    }

    @Test
    void climbingAboveTheHomeIsRefusedNotClamped() {
        assertThat(resolve(VirtualPath.ROOT, "..")).isEmpty();
        assertThat(resolve(VirtualPath.ROOT, "../etc/passwd")).isEmpty();
        assertThat(resolve(IMAGES, "../../x")).isEmpty();
        assertThat(resolve(IMAGES, "/../images/x")).isEmpty();
    }

    @Test
    void nulAndBackslashAreRefused() {
        assertThat(resolve(IMAGES, "a\0b")).isEmpty();
        assertThat(resolve(IMAGES, "..\\..\\x")).isEmpty();
    }

    @Test
    void underMapsNamesBelowTheHome() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            assertThat(VirtualPath.resolve(IMAGES, "x.bin").orElseThrow().under(fs.getPath("/srv")))
                    .hasValue(fs.getPath("/srv/images/x.bin"));
            assertThat(VirtualPath.ROOT.under(fs.getPath("/srv"))).hasValue(fs.getPath("/srv"));
        }
    }
}
