package dev.iosemu.app.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a {@link dev.iosemu.app.RunningLab} booted from a lab file into a JUnit 5 test method's parameter;
 * every node is closed after the test. The file is a path from the working directory or, when there is no
 * such file, a class path resource ({@code labs/ccna.yaml}, which iosemu's jar carries).
 *
 * <pre>{@code
 * @Test
 * void routersSeeEachOther(@IosLab("labs/ccna.yaml") RunningLab lab) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@ExtendWith(IosemuExtension.class)
public @interface IosLab {
    /** The lab file. */
    String value();

    /** Whether each node's console listens on a telnet port (true); off saves the ports when a test needs none. */
    boolean consoles() default true;
}
