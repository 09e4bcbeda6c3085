package dev.iosemu.net.ssh;

import org.apache.sshd.common.Factory;
import org.apache.sshd.common.FactoryManager;
import org.apache.sshd.common.io.IoAcceptor;
import org.apache.sshd.common.io.IoConnector;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoServiceEventListener;
import org.apache.sshd.common.io.IoServiceFactory;
import org.apache.sshd.common.io.IoServiceFactoryFactory;
import org.apache.sshd.common.io.nio2.Nio2ServiceFactory;
import org.apache.sshd.common.util.closeable.AbstractCloseable;
import org.apache.sshd.common.util.threads.CloseableExecutorService;

/**
 * Lets many MINA servers and clients use one NIO2 service (one channel group, one pool of I/O threads):
 * each gets a view whose acceptors and connectors come from the shared service and whose close leaves the
 * shared service running, since MINA closes its I/O service when a server stops.
 *
 * <p>Thread-safe.
 */
final class SharedIo implements IoServiceFactoryFactory {
    private final Nio2ServiceFactory shared;

    SharedIo(Nio2ServiceFactory shared) {
        this.shared = shared;
    }

    @Override
    public IoServiceFactory create(FactoryManager manager) {
        return new View();
    }

    @Override
    public void setExecutorServiceFactory(Factory<CloseableExecutorService> factory) {
        throw new UnsupportedOperationException("the shared I/O service has its executors already");
    }

    /** One server's or client's handle on the shared service. */
    private final class View extends AbstractCloseable implements IoServiceFactory {
        private volatile IoServiceEventListener listener;

        @Override
        public IoConnector createConnector(IoHandler handler) {
            IoConnector connector = shared.createConnector(handler);
            connector.setIoServiceEventListener(listener);
            return connector;
        }

        @Override
        public IoAcceptor createAcceptor(IoHandler handler) {
            IoAcceptor acceptor = shared.createAcceptor(handler);
            acceptor.setIoServiceEventListener(listener);
            return acceptor;
        }

        @Override
        public IoServiceEventListener getIoServiceEventListener() {
            return listener;
        }

        @Override
        public void setIoServiceEventListener(IoServiceEventListener listener) {
            this.listener = listener;
        }
    }
}
