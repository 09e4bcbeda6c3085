package dev.iosemu.device.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InstallRecordTest {
    private static final Instant NOON = Instant.parse("1993-03-01T12:00:00Z");

    @Test
    void storedFormReadsBackEqual() {
        InstallRecord record = InstallRecord.empty()
                .with(new InstalledImage("16.09.05.0.10", "a.bin", "a.conf", PackageState.DEACTIVATED))
                .with(new InstalledImage("17.09.04a.0.77", "b.bin", "b.conf", PackageState.UNCOMMITTED))
                .withPoint(new RollbackPoint(1, "16.09.05.0.10", RollbackPoint.BUNDLE_MODE, NOON))
                .withDeadline(Optional.of(NOON.plusSeconds(7200)))
                .nextOperation()
                .logged("[1|install_add]: START Mon Mar  1 12:00:00 UTC 1993");

        InstallRecord read = InstallRecord.decode(record.encode());

        assertThat(read).isEqualTo(record);
        assertThat(read.running()).map(InstalledImage::version).contains("17.09.04a.0.77");
        assertThat(read.point(1)).map(RollbackPoint::bundleMode).contains(true);
    }

    @Test
    void damagedFileReadsAsNoInstalls() {
        byte[] damaged = "image Q 1 a b\n".getBytes(StandardCharsets.UTF_8);

        assertThat(InstallRecord.decode(damaged)).isEqualTo(InstallRecord.empty());
    }

    @Test
    void logKeepsItsNewestLines() {
        InstallRecord record = InstallRecord.empty();
        for (int i = 0; i < InstallRecord.LOG_LINES + 5; i++) {
            record = record.logged("line " + i);
        }

        assertThat(record.log()).hasSize(InstallRecord.LOG_LINES).startsWith("line 5");
    }
}
