package dev.iosemu.app.junit;

import dev.iosemu.app.RunningLab;
import dev.iosemu.app.VirtualDevice;
import dev.iosemu.lab.file.LabFile;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link IosDevice} and {@link IosLab}: builds and boots what a parameter asks
 * for and closes it when the test method ends. The annotations register it; {@code @ExtendWith} is not needed.
 * Thread-safe: each parameter gets its own device or lab.
 */
public final class IosemuExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(IosemuExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(IosDevice.class) || parameter.isAnnotated(IosLab.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Parameter declared = parameter.getParameter();
        try {
            AutoCloseable made;
            if (parameter.isAnnotated(IosDevice.class)) {
                expect(declared, VirtualDevice.class, "@IosDevice");
                made = device(parameter.findAnnotation(IosDevice.class).orElseThrow());
            } else {
                expect(declared, RunningLab.class, "@IosLab");
                made = lab(parameter.findAnnotation(IosLab.class).orElseThrow(), context);
            }
            context.getStore(NAMESPACE).put(new Object(), new Closing(made));
            return made;
        } catch (ParameterResolutionException e) {
            throw e;
        } catch (Exception e) {
            throw new ParameterResolutionException(
                    "iosemu could not start " + declared.getName() + ": " + e.getMessage(), e);
        }
    }

    private static void expect(Parameter declared, Class<?> type, String annotation) {
        if (declared.getType() != type) {
            throw new ParameterResolutionException(annotation + " injects a " + type.getSimpleName() + ", not a "
                    + declared.getType().getSimpleName() + " (parameter " + declared.getName() + ")");
        }
    }

    private static VirtualDevice device(IosDevice settings) throws Exception {
        VirtualDevice device = VirtualDevice.builder()
                .profile(settings.profile())
                .labServers(settings.labServers())
                .build();
        try {
            device.powerOn();
            return device;
        } catch (RuntimeException e) {
            device.close();
            throw e;
        }
    }

    private static RunningLab lab(IosLab settings, ExtensionContext context) throws Exception {
        Path file = Path.of(settings.value());
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        LabFile lab = Files.exists(file) ? LabFile.read(file) : LabFile.resource(settings.value(), loader);
        return RunningLab.builder(lab).consoles(settings.consoles()).start();
    }

    /**
     * Closes what a parameter got when its test ends, once, whichever way the JUnit version at hand closes
     * stored values (an {@link AutoCloseable} from 5.13 on, a {@code CloseableResource} before).
     */
    // CloseableResource: what JUnit before 5.13 closes; close() throws what the resource's close throws
    @SuppressWarnings({"deprecation", "try"})
    private static final class Closing implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final AutoCloseable resource;
        private final AtomicBoolean closed = new AtomicBoolean();

        Closing(AutoCloseable resource) {
            this.resource = resource;
        }

        @Override
        public void close() throws Exception {
            if (closed.compareAndSet(false, true)) {
                resource.close();
            }
        }
    }
}
