package uk.beacon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(BeaconApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void domainCodeDoesNotDependOnWebCode() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("uk.beacon");

        noClasses().that().resideInAPackage("uk.beacon..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.beacon..web..", "org.springframework.web..",
                        "jakarta.servlet..", "org.springframework.ui..")
                .check(classes);
    }

    @Test
    void domainCodeDoesNotDependOnStoreCode() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("uk.beacon");

        noClasses().that().resideInAPackage("uk.beacon..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.beacon..store..", "org.springframework.jdbc..")
                .check(classes);
    }

    @Test
    void onlyPlatformTurnsExceptionsIntoResponses() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("uk.beacon");

        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
                .that().areDeclaredInClassesThat().resideOutsideOfPackage("uk.beacon.platform..")
                .should().beAnnotatedWith(org.springframework.web.bind.annotation.ExceptionHandler.class)
                .check(classes);
    }

    @Test
    void refusalsAreThePlatformsOwn() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("uk.beacon");

        noClasses().that().resideOutsideOfPackage("uk.beacon.platform..")
                .should().beAssignableTo(uk.beacon.platform.InvalidRequestException.class)
                .orShould().beAssignableTo(uk.beacon.platform.ConflictException.class)
                .orShould().beAssignableTo(org.springframework.web.ErrorResponseException.class)
                .check(classes);
    }

    @Test
    void onlyTheDemandStoreOpensDuckDbConnections() {
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("uk.beacon");

        noClasses().that().resideOutsideOfPackage("uk.beacon.demand.store..")
                .should().dependOnClassesThat().belongToAnyOf(DriverManager.class)
                .because("DemandDatabases makes every DuckDB connection, the generator's scratch one included")
                .check(classes);
    }

    private static final Pattern MAIN_METHOD = Pattern.compile("static\\s+void\\s+main\\s*\\(");

    /**
     * Tools are not production code: the synthetic generator has its own source folder
     * ({@code src/synthetic/java}) and benchmark programs are test code run from {@code bench/}.
     */
    @Test
    void theProductionSourcesHoldNoProgramButTheApplication() throws IOException {
        Path sources = Path.of("src/main/java");
        List<Path> programs;
        try (Stream<Path> files = Files.walk(sources)) {
            programs = files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return MAIN_METHOD.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(sources::relativize).toList();
        }

        assertThat(programs).containsExactly(Path.of("uk/beacon/BeaconApplication.java"));
        assertThat(sources.resolve("uk/beacon/demand/domain/synthetic")).doesNotExist();
    }
}
