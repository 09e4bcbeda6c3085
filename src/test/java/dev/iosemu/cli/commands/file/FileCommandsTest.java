package dev.iosemu.cli.commands.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.cli.commands.ExecFixture;
import dev.iosemu.device.config.FilePrompt;
import dev.iosemu.fs.local.LocalFileSystem;
import dev.iosemu.image.CraftedImages;
import dev.iosemu.image.Md5;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** delete, rename, mkdir, rmdir, more, verify and format through the real parser on shipped profiles. */
class FileCommandsTest {
    private static final String NEW_IMAGE = "c1900-universalk9-mz.SPA.157-3.M8.bin";

    private static void write(ExecFixture device, String path, String text) throws Exception {
        Files.writeString(flash(device).path(path), text, StandardCharsets.UTF_8);
    }

    private static LocalFileSystem flash(ExecFixture device) {
        return device.router.fileSystems().defaultFileSystem();
    }

    @ParameterizedTest
    @ValueSource(strings = {"c1941", "c2960x", "isr4321"})
    void deleteAsksForTheNameThenConfirmsAndRemovesTheFile(String profile) throws Exception {
        ExecFixture device = ExecFixture.enabled(profile);
        write(device, "/notes.txt", "hello\n");
        String prefix = flash(device).prefix();

        String out = device.exec("delete flash:notes.txt", "", "");

        String flashfsEnd = profile.equals("c2960x") ? "\n" : ""; // a 2960's flashfs ends with an empty line
        assertThat(out)
                .isEqualTo("Delete filename [notes.txt]? \nDelete " + prefix + "/notes.txt? [confirm]\n" + flashfsEnd);
        assertThat(flash(device).exists("/notes.txt")).isFalse();
    }

    @Test
    void declinedDeleteKeepsTheFile() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        write(device, "/notes.txt", "hello\n");

        device.exec("delete flash:notes.txt", "", "n");

        assertThat(flash(device).exists("/notes.txt")).isTrue();
    }

    @Test
    void anotherNameTypedAtTheQuestionIsTheOneDeleted() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        write(device, "/a.txt", "a\n");
        write(device, "/b.txt", "b\n");

        String out = device.exec("delete flash:a.txt", "b.txt", "");

        assertThat(out).contains("Delete flash0:/b.txt? [confirm]");
        assertThat(flash(device).exists("/a.txt")).isTrue();
        assertThat(flash(device).exists("/b.txt")).isFalse();
    }

    @Test
    void forcedDeleteAsksNothing() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");
        write(device, "/notes.txt", "hello\n");

        assertThat(device.exec("delete /force flash:notes.txt")).isEmpty();
        assertThat(flash(device).exists("/notes.txt")).isFalse();
    }

    @Test
    void quietFilePromptSuppressesEveryQuestion() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        write(device, "/notes.txt", "hello\n");
        device.router.configure(b -> b.files(f -> f.withPrompt(FilePrompt.QUIET)));

        assertThat(device.exec("rename flash:notes.txt flash:kept.txt")).isEmpty();
        assertThat(device.exec("delete flash:kept.txt")).isEmpty();
        assertThat(flash(device).exists("/kept.txt")).isFalse();
    }

    @Test
    void deletingAMissingFileReportsNoSuchFile() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");

        assertThat(device.exec("delete flash:x", ""))
                .endsWith("%Error deleting flash:/x (No such file or directory)\n");
    }

    @Test
    void directoriesNeedRecursiveAndThenGoWithTheirFiles() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");
        device.exec("mkdir flash:old", "");
        write(device, "/old/a.bin", "a");

        assertThat(device.exec("delete flash:old", "")).endsWith("%Error deleting flash:/old (Is a directory)\n");
        String out = device.exec("delete /recursive flash:old", "", "", "");

        assertThat(out)
                .isEqualTo("Delete filename [old]? \n"
                        + "Examine files in directory flash:/old? [confirm]\n"
                        + "Delete flash:/old/a.bin? [confirm]\n");
        assertThat(flash(device).exists("/old")).isFalse();
    }

    @Test
    void forcedRecursiveDeleteRemovesATreeSilently() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");

        assertThat(device.exec("delete /force /recursive flash:pnp-info")).isEmpty();
        assertThat(flash(device).exists("/pnp-info")).isFalse();
    }

    @Test
    void renameKeepsTheFileIndex() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        write(device, "/a.txt", "a\n");
        long index = flash(device).entry("/a.txt").index();

        assertThat(device.exec("rename flash:a.txt flash:b.txt", "")).isEqualTo("Destination filename [b.txt]? \n");
        assertThat(flash(device).entry("/b.txt").index()).isEqualTo(index);
    }

    @Test
    void renameOntoAnExistingFileIsRefused() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        write(device, "/a.txt", "a\n");
        write(device, "/b.txt", "b\n");

        assertThat(device.exec("rename flash:a.txt flash:b.txt", ""))
                .endsWith("%Error renaming flash0:/a.txt (File exists)\n");
    }

    @Test
    void renameAcrossFileSystemsIsNotSupported() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        write(device, "/a.txt", "a\n");

        assertThat(device.exec("rename flash:a.txt nvram:a.txt", ""))
                .endsWith("%Error renaming flash0:/a.txt (Operation not supported)\n");
    }

    @Test
    void mkdirAndRmdirAskAndReport() throws Exception {
        ExecFixture device = ExecFixture.enabled("isr4321");

        assertThat(device.exec("mkdir bootflash:te-apps", ""))
                .isEqualTo("Create directory filename [te-apps]? \nCreated dir bootflash:/te-apps\n");
        assertThat(device.exec("rmdir bootflash:te-apps", "", ""))
                .isEqualTo("Remove directory filename [te-apps]? \n"
                        + "Delete bootflash:/te-apps[confirm]\n"
                        + "Removed dir bootflash:/te-apps\n");
        assertThat(flash(device).exists("/te-apps")).isFalse();
    }

    @Test
    void rmdirOfANonEmptyDirectoryFails() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");
        device.exec("mkdir flash:logs", "");
        write(device, "/logs/a.log", "a\n");

        assertThat(device.exec("rmdir flash:logs", "", ""))
                .endsWith("%Error Removing dir flash:/logs (Directory not empty)\n");
    }

    @Test
    void moreShowsTextThenABlankLineAndRefusesBinaries() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        write(device, "/t.txt", "one\ntwo");

        assertThat(device.exec("more flash:t.txt")).isEqualTo("one\ntwo\n\n");
        assertThat(device.exec("more flash:c1900-universalk9-mz.SPA.154-3.M3.bin"))
                .isEqualTo("%Error opening flash0:/c1900-universalk9-mz.SPA.154-3.M3.bin (Not a text file)\n");
    }

    @Test
    void verifyMd5PrintsTheDigestOfTheWholeFile() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.placeImage(NEW_IMAGE, "flash:");
        String md5 = Md5.of(ExecFixture.shippedImage(NEW_IMAGE));

        String out = device.exec("verify /md5 flash:" + NEW_IMAGE);

        assertThat(out).isEqualTo(".".repeat(16) + "Done!\nverify /md5 (flash:" + NEW_IMAGE + ") = " + md5 + "\n");
    }

    @Test
    void verifyMd5ComparesWithTheExpectedHash() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.placeImage(NEW_IMAGE, "flash:");
        String md5 = Md5.of(ExecFixture.shippedImage(NEW_IMAGE));

        assertThat(device.exec("verify /md5 flash:" + NEW_IMAGE + " " + md5.toUpperCase()))
                .endsWith("Verified (flash:" + NEW_IMAGE + ") = " + md5 + "\n");
        assertThat(device.exec("verify /md5 flash:" + NEW_IMAGE + " 0123"))
                .endsWith("%Error verifying flash:" + NEW_IMAGE + "\n"
                        + "Computed signature   = " + md5 + "\n"
                        + "Submitted signature  = 0123\n");
    }

    @Test
    void verifyChecksTheEmbeddedHash() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        device.placeImage(NEW_IMAGE, "flash:");
        device.placeImage("c1900-universalk9-mz.SPA.158-3.M2.bin", "flash:");

        assertThat(device.exec("verify flash:" + NEW_IMAGE))
                .contains("Signature Verified\nVerified flash:" + NEW_IMAGE + "\n");
        assertThat(device.exec("verify flash:c1900-universalk9-mz.SPA.158-3.M2.bin"))
                .contains("Signature Not Verified\n")
                .endsWith("%Error verifying flash:c1900-universalk9-mz.SPA.158-3.M2.bin (payload hash mismatch)\n");
    }

    @Test
    void verifyOfANonImageSaysSo() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");

        assertThat(device.exec("verify flash:multiple-fs"))
                .endsWith("%Error verifying flash:multiple-fs (Not a valid image)\n");
    }

    @Test
    void verifyOfAnImageCraftedWithABuildDateOutOfRangeSaysItIsNotAnImage() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        CraftedImages.writeWithBuildSeconds(
                ExecFixture.shippedImage(NEW_IMAGE), flash(device).path("/crafted.bin"), Long.MAX_VALUE);

        assertThat(device.exec("verify flash:crafted.bin"))
                .doesNotContain("internal")
                .endsWith("%Error verifying flash:crafted.bin (Not a valid image)\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"flash:d1/..", "flash:./", "flash:/..", "flash:d1/./x", ".."})
    void recursiveDeleteRefusesDotSegmentsAndKeepsTheFlash(String path) throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        flash(device).mkdir("/d1");
        write(device, "/d1/x", "x\n");
        var before = flash(device).list("/");

        assertThat(device.exec("delete /force /recursive " + path))
                .isEqualTo("%Error deleting " + path + " (Invalid argument)\n");
        assertThat(flash(device).list("/")).isEqualTo(before);
        assertThat(flash(device).exists("/d1/x")).isTrue();
    }

    @Test
    void aDotSegmentTypedAtTheFilenameQuestionIsRefusedToo() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");
        flash(device).mkdir("/d1");
        var before = flash(device).list("/");

        assertThat(device.exec("delete /recursive flash:d1", "d1/.."))
                .endsWith("%Error deleting d1/.. (Invalid argument)\n");
        assertThat(device.exec("rmdir flash:d1", "..")).endsWith("(Invalid argument)\n");
        assertThat(device.exec("rename flash:d1 flash:..")).endsWith("(Invalid argument)\n");
        assertThat(flash(device).list("/")).isEqualTo(before);
    }

    @Test
    void formatWipesTheIsrFlashAfterTwoConfirmations() throws Exception {
        ExecFixture device = ExecFixture.enabled("c1941");

        device.exec("format flash:", "", "n");
        assertThat(flash(device).list("/")).isNotEmpty();
        String out = device.exec("format flash:", "", "");

        assertThat(out).endsWith("Format of flash0: complete\n\n");
        assertThat(flash(device).list("/")).isEmpty();
        assertThat(device.exec("dir")).contains("No files in directory");
    }

    @Test
    void eraseFlashWipesTheCatalystFlashAndOnlyExistsThere() throws Exception {
        ExecFixture device = ExecFixture.enabled("c2960x");

        assertThat(device.exec("erase flash:", "")).endsWith("Erase of flash: complete\n");
        assertThat(flash(device).list("/")).isEmpty();
        assertThat(ExecFixture.enabled("c1941").exec("erase flash:")).contains("% Invalid input detected");
    }

    @Test
    void dotsDependOnlyOnTheByteCount() {
        StringBuilder printed = new StringBuilder();
        DotMeter meter = new DotMeter(printed::append);

        meter.progress(DotMeter.BYTES_PER_DOT * 3 + 1);
        meter.progress(DotMeter.BYTES_PER_DOT * 3 + 2);
        meter.finish(DotMeter.BYTES_PER_DOT * 3 + 2);

        assertThat(printed).hasToString("....");
    }

    @Test
    void anEmptyFileStillGetsOneDot() {
        StringBuilder printed = new StringBuilder();

        new DotMeter(printed::append).finish(0);

        assertThat(printed).hasToString(".");
    }
}
