package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.DeviceFacts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The two upgrade workflows of the seeds, word for word: copy the new image in (over TFTP, over FTP
 * with {@code ip ftp username/password}, and with credentials in the URL), {@code boot system},
 * {@code write}, {@code reload}, {@code show version} naming the new version, delete the old image.
 */
class SeedWorkflowsIT {
    private SeedLab lab;

    @BeforeEach
    void startLab() throws Exception {
        lab = new SeedLab();
    }

    @AfterEach
    void stopLab() throws Exception {
        lab.close();
    }

    @Test
    void upgradeOverTftp() throws Exception {
        String transcript = Golden.check(lab.session(), "seed-upgrade-tftp");

        assertThat(transcript).contains("Version 15.7(3)M8");
        assertThat(DeviceFacts.versionInfo(lab.router).orElseThrow().systemImageFile())
                .contains(CopyLab.NEW_IMAGE);
        assertThat(lab.router.fileSystems().find("flash:").orElseThrow().exists("/" + CopyLab.OLD_IMAGE))
                .isFalse();
    }

    @Test
    void upgradeOverFtpWithConfiguredLogin() throws Exception {
        String transcript = Golden.check(lab.session(), "seed-upgrade-ftp");

        assertThat(transcript).contains("Version 15.7(3)M8");
        assertThat(DeviceFacts.versionInfo(lab.router).orElseThrow().systemImageFile())
                .contains(CopyLab.NEW_IMAGE);
    }

    @Test
    void upgradeOverFtpWithCredentialsInTheUrl() throws Exception {
        String transcript = Golden.check(lab.session(), "seed-upgrade-ftp-url");

        assertThat(transcript).contains("Version 15.7(3)M8");
    }
}
