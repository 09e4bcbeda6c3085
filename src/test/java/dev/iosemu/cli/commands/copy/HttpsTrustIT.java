package dev.iosemu.cli.commands.copy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.iosemu.testing.FlashContents;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copy https:} checks the server's certificate: a server whose certificate no authority the device
 * trusts signed (a self-signed one made here with the JDK's keytool, valid for 127.0.0.1, so only the trust
 * fails) is refused with IOS's error, {@code debug ip http client} says why, and flash is left as it was.
 * The lab's own certificate is accepted (the {@code https-url} golden).
 */
class HttpsTrustIT {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private CopyLab lab;
    private HttpsServer server;

    @BeforeEach
    void start() throws Exception {
        lab = new CopyLab();
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(selfSigned()));
        byte[] body = "hostname R9\n".getBytes(StandardCharsets.US_ASCII);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop(0);
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void aServerCertificateNoTrustedAuthoritySignedIsRefusedAndFlashIsLeftAsItWas() throws Exception {
        String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/r9.cfg";
        Map<String, String> before = FlashContents.of(lab.flash());
        var session = lab.session();
        session.exec("debug ip http client");

        String out = session.exec("copy " + url + " flash:", "");

        assertThat(out)
                .contains("Accessing " + url + "...")
                .contains("HTTPC: TLS handshake failed")
                .contains("%Error opening " + url + " (I/O error)");
        assertThat(FlashContents.of(lab.flash())).isEqualTo(before);
    }

    /** A key pair and self-signed certificate for 127.0.0.1, made by the JDK's keytool. */
    private SSLContext selfSigned() throws Exception {
        Path store = dir.resolve("other.p12");
        Process keytool = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "other",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "san=ip:127.0.0.1",
                        "-validity",
                        "30",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        new String(PASSWORD)))
                .redirectErrorStream(true)
                .start();
        String said = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(said).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }
}
