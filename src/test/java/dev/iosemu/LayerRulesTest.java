package dev.iosemu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.iosemu.cli.CommandContext;
import dev.iosemu.cli.CommandNode;
import dev.iosemu.device.config.RunningConfig;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Enforces the layer rules of design.md: which package may depend on which. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.iosemu");
    }

    @Test
    void protocolsImagesAndProfilesDependOnNoOtherLayer() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.iosemu.net..", "dev.iosemu.image..", "dev.iosemu.profile..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.iosemu.app..",
                        "dev.iosemu.fs..",
                        "dev.iosemu.lab..",
                        "dev.iosemu.device..",
                        "dev.iosemu.cli..",
                        "dev.iosemu.console..",
                        "org.jline..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void netImageAndProfileStayOutOfEachOther() {
        noClasses()
                .that()
                .resideInAPackage("dev.iosemu.net..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.iosemu.image..", "dev.iosemu.profile..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses()
                .that()
                .resideInAnyPackage("dev.iosemu.image..", "dev.iosemu.profile..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.iosemu.net..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void fileSystemsUseOnlyTheNetLayer() {
        noClasses()
                .that()
                .resideInAPackage("dev.iosemu.fs..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.iosemu.app..",
                        "dev.iosemu.lab..",
                        "dev.iosemu.device..",
                        "dev.iosemu.cli..",
                        "dev.iosemu.console..",
                        "dev.iosemu.image..",
                        "dev.iosemu.profile..",
                        "org.jline..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void deviceNeverSeesTheCommandEngineOrTheTerminal() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.iosemu.device..", "dev.iosemu.lab..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.iosemu.app..", "dev.iosemu.cli..", "dev.iosemu.console..", "org.jline..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void commandEngineNeverSeesTheTerminal() {
        noClasses()
                .that()
                .resideInAPackage("dev.iosemu.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.iosemu.app..", "dev.iosemu.console..", "org.jline..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void consoleIsReachedOnlyFromTheApp() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.iosemu.console..", "dev.iosemu.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.iosemu.console..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void onlyTheAppDependsOnTheApp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.iosemu.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.iosemu.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void tftpInternalsArePrivateToTheTftpPackage() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.iosemu.net.tftp..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.iosemu.net.tftp.wire..",
                        "dev.iosemu.net.tftp.transfer..",
                        "dev.iosemu.net.tftp.transport..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void tftpWireFormatUsesOnlyTheSharedCodesSoItCannotCycleWithTheFacade() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.iosemu.net.tftp.wire..", "dev.iosemu.net.tftp.codes..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.iosemu.net.tftp", "dev.iosemu.net.tftp.transfer..", "dev.iosemu.net.tftp.transport..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("dev.iosemu.net.tftp.codes..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.iosemu.net.tftp.wire..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** W12: a type name means one thing, so a reader who meets it knows which type it is. */
    @Test
    void noTwoTopLevelTypesShareASimpleName() {
        Map<String, List<String>> byName = classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(
                        JavaClass::getSimpleName, Collectors.mapping(JavaClass::getPackageName, Collectors.toList())));
        byName.values().removeIf(packages -> packages.size() == 1);
        assertThat(byName).as("type names declared in more than one package").isEmpty();
    }

    /** W10: a feature extends a sub-value of the running config instead of adding a component in five places. */
    @Test
    void theRunningConfigStaysAHandfulOfSubValues() {
        assertThat(RunningConfig.class.getRecordComponents()).hasSizeLessThanOrEqualTo(8);
    }

    /** W9: arguments are registered and read by typed keys only, so a misspelt name cannot compile. */
    @Test
    void argumentsAreRegisteredAndReadOnlyByTypedKeys() {
        Set<String> keyed = Set.of("argument", "option", "get", "optional", "has", "value", "string", "number");
        List<String> stringKeyed = Stream.of(CommandNode.class.getMethods(), CommandContext.class.getMethods())
                .flatMap(Stream::of)
                .filter(m -> keyed.contains(m.getName()))
                .filter(m -> List.of(m.getParameterTypes()).contains(String.class))
                .map(Method::toString)
                .toList();
        assertThat(stringKeyed).isEmpty();
    }
}
