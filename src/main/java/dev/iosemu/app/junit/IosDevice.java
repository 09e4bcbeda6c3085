package dev.iosemu.app.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a powered-on {@link dev.iosemu.app.VirtualDevice} into a JUnit 5 test method's parameter, in a lab
 * of its own (with the lab servers at 192.168.1.10 unless {@link #labServers()} is false); the device is
 * closed after the test.
 *
 * <pre>{@code
 * @Test
 * void showsItsVersion(@IosDevice(profile = "c2960x") VirtualDevice sw) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@ExtendWith(IosemuExtension.class)
public @interface IosDevice {
    /** A built-in profile name ({@code c1941}, {@code c2960x}, {@code isr4321}) or a profile YAML file. */
    String profile() default "c1941";

    /** Whether the device's lab has the TFTP and FTP lab servers. */
    boolean labServers() default true;
}
