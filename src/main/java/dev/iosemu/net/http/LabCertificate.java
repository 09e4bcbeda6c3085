package dev.iosemu.net.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * The lab HTTPS server's key and certificate (EC P-256, self-signed, for 127.0.0.1, 192.168.1.10 and
 * localhost, valid to 2045), shipped as a resource: a lab credential, never a secret, so that the device and
 * tools such as {@code curl --cacert} can trust the lab server without a certificate authority.
 */
public final class LabCertificate {
    private static final String RESOURCE = "lab-https.p12";
    private static final char[] PASSWORD = "iosemu-lab".toCharArray();
    private static final String ALIAS = "lab";

    private LabCertificate() {}

    /** The key store holding the lab server's key and certificate. */
    static KeyStore keyStore() {
        try (InputStream in = LabCertificate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the lab certificate", e);
        }
    }

    static char[] password() {
        return PASSWORD.clone();
    }

    /** The lab server's certificate. */
    public static X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore().getCertificate(ALIAS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the lab certificate", e);
        }
    }

    /** The certificate in PEM form, for {@code curl --cacert}. */
    public static String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .encodeToString(certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode the lab certificate", e);
        }
    }
}
