package dev.iosemu.net.tftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.net.tftp.codes.TftpError;
import dev.iosemu.net.tftp.codes.TftpMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TftpOptionsTest {

    @Test
    void defaultsAreClassicTftpWithTransferSize() {
        TftpOptions options = TftpOptions.defaults();
        assertThat(options.blockSize()).isEqualTo(512);
        assertThat(options.windowSize()).isEqualTo(1);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.retries()).isEqualTo(5);
        assertThat(options.requestTransferSize()).isTrue();
        assertThat(options.mode()).isEqualTo(TftpMode.OCTET);
    }

    @Test
    void builderRejectsOutOfRangeValuesNamingThem() {
        assertThatThrownBy(() -> TftpOptions.builder().blockSize(7)).hasMessageContaining("7");
        assertThatThrownBy(() -> TftpOptions.builder().blockSize(65465)).hasMessageContaining("65465");
        assertThatThrownBy(() -> TftpOptions.builder().windowSize(0)).hasMessageContaining("0");
        assertThatThrownBy(() -> TftpOptions.builder().windowSize(65536)).hasMessageContaining("65536");
        assertThatThrownBy(() -> TftpOptions.builder().timeout(Duration.ZERO)).hasMessageContaining("0 ms");
        assertThatThrownBy(() -> TftpOptions.builder().timeout(Duration.ofSeconds(256)))
                .hasMessageContaining("256000 ms");
        assertThatThrownBy(() -> TftpOptions.builder().retries(-1)).hasMessageContaining("-1");
    }

    @Test
    void toBuilderCopiesEverything() {
        TftpOptions options = TftpOptions.builder()
                .blockSize(8)
                .windowSize(65535)
                .timeout(Duration.ofMillis(250))
                .retries(0)
                .requestTransferSize(false)
                .mode(TftpMode.NETASCII)
                .build();
        assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    }

    @Test
    void errorCodesMapBothWays() {
        for (TftpError error : TftpError.values()) {
            assertThat(TftpError.fromCode(error.code())).isEqualTo(error);
        }
        assertThat(TftpError.fromCode(99)).isEqualTo(TftpError.NOT_DEFINED);
    }
}
