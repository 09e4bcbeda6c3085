package dev.iosemu.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupCacheTest {
    private static final Instant BUILT = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theJvmOptionsAreTheWordsBetweenTheJavaCommandAndJar() {
        assertThat(StartupCache.optionsBeforeJar(
                        new String[] {"/usr/bin/java", "-Xmx64m", "-Dx=y", "-jar", "iosemu.jar", "--batch"}))
                .containsExactly("-Xmx64m", "-Dx=y");
        assertThat(StartupCache.optionsBeforeJar(new String[] {"java", "-jar", "iosemu.jar"}))
                .isEmpty();
        assertThat(StartupCache.optionsBeforeJar(new String[] {"java", "-cp", "iosemu.jar", "dev.iosemu.app.Main"}))
                .as("started without -jar: not relaunched")
                .isNull();
    }

    @Test
    void anyCacheOrSharingOptionOfTheUsersOwnWins() {
        assertThat(StartupCache.choosesCache("-XX:AOTCache=mine.aot")).isTrue();
        assertThat(StartupCache.choosesCache("-XX:AOTCacheOutput=x.aot")).isTrue();
        assertThat(StartupCache.choosesCache("-Xmx1g -Xshare:off")).isTrue();
        assertThat(StartupCache.choosesCache("-XX:SharedArchiveFile=app.jsa")).isTrue();
        assertThat(StartupCache.choosesCache("-Xmx1g -XX:+UseParallelGC")).isFalse();
        assertThat(StartupCache.choosesCache(null)).isFalse();
    }

    @Test
    void onJdk25AnAotCacheBesideTheJarIsUsedOnlyWhileItIsNoOlderThanTheJar() throws IOException {
        File jar = file("iosemu.jar", BUILT);
        Path cache = dir.resolve("iosemu.aot");

        assertThat(StartupCache.cacheOptions(25, jar)).as("no cache yet").isEmpty();

        file("iosemu.aot", BUILT.plusSeconds(20));
        assertThat(StartupCache.cacheOptions(25, jar))
                .containsExactly("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off");

        Files.setLastModifiedTime(cache, FileTime.from(BUILT.minusSeconds(1)));
        assertThat(StartupCache.cacheOptions(25, jar))
                .as("made before the jar was rebuilt")
                .isEmpty();
    }

    @Test
    void theCacheIsLeftOutWhenTheJvmOptionsChooseSharingThemselves() throws IOException {
        File jar = file("iosemu.jar", BUILT);
        file("iosemu.aot", BUILT.plusSeconds(20));

        assumeTrue(
                System.getenv("IOSEMU_NO_ARCHIVE") == null
                        && !StartupCache.choosesCache(System.getenv("JAVA_TOOL_OPTIONS"))
                        && !StartupCache.choosesCache(System.getenv("JDK_JAVA_OPTIONS")),
                "the environment keeps the cache off");
        assertThat(StartupCache.cacheFor(25, jar, List.of("-Xmx64m"))).hasSize(3);
        assertThat(StartupCache.cacheFor(25, jar, List.of("-Xmx64m", "-Xshare:off")))
                .isEmpty();
    }

    @Test
    void onJdk21To24TheDynamicArchiveIsUsedAndRemadeByTheJvmItself() throws IOException {
        File jar = file("iosemu.jar", BUILT);
        assertThat(StartupCache.cacheOptions(21, jar)).isEmpty();

        file("iosemu.jsa", BUILT.minusSeconds(60));
        assertThat(StartupCache.cacheOptions(24, jar))
                .containsExactly(
                        "-XX:SharedArchiveFile=" + dir.resolve("iosemu.jsa"),
                        "-XX:+AutoCreateSharedArchive",
                        "-Xlog:cds=off");
    }

    private File file(String name, Instant modified) throws IOException {
        Path file = Files.writeString(dir.resolve(name), name);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file.toFile();
    }
}
