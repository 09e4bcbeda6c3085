package dev.iosemu.device;

import static org.assertj.core.api.Assertions.assertThat;

import dev.iosemu.device.config.ConfigStyle;
import dev.iosemu.device.config.RenderContext;
import dev.iosemu.lab.LabAddressMap;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ConfigStoreTest {
    private static final RenderContext ROUTER = new RenderContext(ConfigStyle.ROUTER, "15.4", OptionalInt.empty());

    @Test
    void aChangeMadeWhileWriteMemoryRendersKeepsTheConfigurationModified() throws Exception {
        Router router = Router.create(TestDevices.isr(), new TestClock(), LabAddressMap.empty());
        AtomicReference<ConfigStore> store = new AtomicReference<>();
        AtomicReference<Thread> otherSession = new AtomicReference<>();
        store.set(new ConfigStore(
                FactoryDefaults.config(TestDevices.isr(), false),
                StartupConfigStore.on(router.fileSystems(), router.platform()),
                () -> {
                    if (otherSession.get() == null) {
                        // another session changes the configuration while this one renders it: it must not
                        // wait for the save, and the save must not count its change as written
                        Thread other =
                                Thread.ofPlatform().start(() -> store.get().configure(b -> b.hostname("Edge")));
                        otherSession.set(other);
                        join(other);
                    }
                    return ROUTER;
                }));
        store.get().configure(b -> b.hostname("Core"));

        store.get().save();

        assertThat(otherSession.get().isAlive())
                .as("the other session was never blocked")
                .isFalse();
        assertThat(store.get().startupText().orElseThrow()).contains("hostname Core\n");
        assertThat(store.get().running().hostname()).isEqualTo("Edge");
        assertThat(store.get().modified()).isTrue();
        store.get().save();
        assertThat(store.get().modified()).isFalse();
    }

    private static void join(Thread thread) {
        try {
            thread.join(20_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
