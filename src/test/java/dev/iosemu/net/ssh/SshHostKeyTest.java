package dev.iosemu.net.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.iosemu.net.ftp.ExternalProgram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshHostKeyTest {
    @TempDir
    Path dir;

    @Test
    void aKeyGeneratedOnFirstUseExistsOnlyOnceAskedAndThenNeverChanges() {
        SshHostKey key = SshHostKey.generatedOnFirstUse(1024);
        assertThat(key.isGenerated()).isFalse();
        assertThat(key.modulusBits()).isEqualTo(1024);

        KeyPair first = key.keyPair();

        assertThat(key.isGenerated()).isTrue();
        assertThat(key.keyPair()).isSameAs(first);
        assertThat(key.fingerprint()).isEqualTo(key.fingerprint()).startsWith("SHA256:");
    }

    @Test
    void concurrentFirstUsesMakeOneKey() throws Exception {
        SshHostKey key = SshHostKey.generatedOnFirstUse(1024);
        List<CompletableFuture<KeyPair>> uses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            uses.add(key.generateInBackground());
        }
        KeyPair made = uses.getFirst().get(30, TimeUnit.SECONDS);
        for (CompletableFuture<KeyPair> use : uses) {
            assertThat(use.get(30, TimeUnit.SECONDS)).isSameAs(made);
        }
    }

    @Test
    void aGivenKeyKeepsItsSize() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        KeyPair pair = generator.generateKeyPair();

        SshHostKey key = SshHostKey.of(pair);

        assertThat(key.isGenerated()).isTrue();
        assertThat(key.modulusBits()).isEqualTo(1024);
        assertThat(key.keyPair()).isSameAs(pair);
    }

    @Test
    void onlyRsaKeysOfAUsableSizeAreAccepted() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        assertThatThrownBy(() -> SshHostKey.of(ec.generateKeyPair())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SshHostKey.generatedOnFirstUse(256)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void publicKeyTextAndFingerprintAreWhatOpenSshComputes() throws Exception {
        Assumptions.assumeTrue(ExternalProgram.find("ssh-keygen").isPresent(), "ssh-keygen is not installed");
        SshHostKey key = SshHostKey.generatedOnFirstUse(1024);
        Path file = Files.writeString(dir.resolve("key.pub"), key.publicKeyText() + " device\n");

        ExternalProgram.Result result =
                ExternalProgram.run(Duration.ofSeconds(20), List.of("ssh-keygen", "-l", "-f", file.toString()));

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).isEqualTo("1024 " + key.fingerprint() + " device (RSA)\n");
    }
}
