package dev.iosemu.net.http;

import java.security.KeyManagementException;
import java.security.SecureRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * A TLS context made on its first use: the lab HTTPS server listens at start, but reading its key store (a
 * PKCS#12 file, whose key derivation alone took about a fifth of a second of a batch run's start) waits for
 * the first client. The server takes the context when it starts, so this stands in for it and hands every call
 * to the real one. Thread-safe: {@code lock} guards the making.
 */
final class DeferredSslContext extends SSLContext {
    DeferredSslContext(Supplier<SSLContext> maker) {
        super(new Spi(maker), null, "TLS");
    }

    private static final class Spi extends SSLContextSpi {
        private final Supplier<SSLContext> maker;
        private final ReentrantLock lock = new ReentrantLock();
        private SSLContext made; // guarded by lock

        Spi(Supplier<SSLContext> maker) {
            this.maker = maker;
        }

        private SSLContext real() {
            lock.lock();
            try {
                if (made == null) {
                    made = maker.get();
                }
                return made;
            } finally {
                lock.unlock();
            }
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
                throws KeyManagementException {
            throw new KeyManagementException("a deferred context is made by its maker");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return real().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return real().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return real().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return real().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return real().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return real().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return real().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return real().getSupportedSSLParameters();
        }
    }
}
