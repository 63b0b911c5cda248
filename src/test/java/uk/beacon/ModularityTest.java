package uk.beacon;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
}
