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

    private static final java.util.List<String> MODULES = java.util.List.of("platform", "demand", "capacity",
            "portfolio", "governance");

    private static JavaClasses production() {
        return new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests()).importPackages("uk.beacon");
    }

    private static final com.tngtech.archunit.lang.ArchRule WEB_NEVER_USES_STORE = noClasses()
            .that().resideInAPackage("uk.beacon..web..")
            .should().dependOnClassesThat().resideInAPackage("uk.beacon..store..");

    private static final com.tngtech.archunit.lang.ArchRule NO_WEB_HANDLER_DECLARES_SQL_EXCEPTION =
            com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods()
                    .that().areDeclaredInClassesThat().resideInAPackage("uk.beacon..web..")
                    .should().declareThrowableOfType(java.sql.SQLException.class);

    @Test
    void webCodeNeverUsesStoreCode() {
        WEB_NEVER_USES_STORE.check(production());
    }

    @Test
    void theWebRulesFailForAWebClassThatUsesTheStore() {
        JavaClasses fixture = new ClassFileImporter().importPackages("uk.beacon.modularityfixture");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WEB_NEVER_USES_STORE.check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DemandDatabases");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NO_WEB_HANDLER_DECLARES_SQL_EXCEPTION.check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("SQLException");
    }

    @Test
    void noTypeAtAModulesRootExposesStoreTypesOrJavaSql() {
        for (String module : MODULES) {
            com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                    .that().areDeclaredInClassesThat().resideInAPackage("uk.beacon." + module)
                    .and().arePublic()
                    .should(exposeNeither("uk.beacon." + module + ".store", "java.sql"))
                    .allowEmptyShould(true)
                    .check(production());
        }
    }

    @Test
    void noWebHandlerDeclaresSqlException() {
        NO_WEB_HANDLER_DECLARES_SQL_EXCEPTION.check(production());
    }

    @Test
    void aModulesRootHoldsAtMostThreePublicTypesBesidesPlatformsSharedOnes() {
        for (String module : MODULES.subList(1, MODULES.size())) {
            com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                    .that().resideInAPackage("uk.beacon." + module).and().arePublic().and().areTopLevelClasses()
                    .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                            "be one of at most three public types at " + module + "'s root") {
                        private int seen;

                        @Override
                        public void check(com.tngtech.archunit.core.domain.JavaClass type,
                                com.tngtech.archunit.lang.ConditionEvents events) {
                            if (++seen > 3) {
                                events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(type,
                                        type.getName() + " is a public type beyond the third at " + module + "'s root"));
                            }
                        }
                    })
                    .allowEmptyShould(true)
                    .check(production());
        }
    }

    /** A public method whose return or parameter types come from any of the packages. */
    private static com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod> exposeNeither(
            String... packages) {
        return new com.tngtech.archunit.lang.ArchCondition<>("expose no type of " + String.join(" or ", packages)) {
            @Override
            public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                    com.tngtech.archunit.lang.ConditionEvents events) {
                java.util.List<com.tngtech.archunit.core.domain.JavaClass> types = new java.util.ArrayList<>();
                types.add(method.getRawReturnType());
                types.addAll(method.getRawParameterTypes());
                method.getThrowsClause().getTypes().forEach(types::add);
                for (com.tngtech.archunit.core.domain.JavaClass type : types) {
                    for (String exposed : packages) {
                        if (type.getPackageName().equals(exposed) || type.getPackageName().startsWith(exposed + ".")) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " exposes " + type.getName()));
                        }
                    }
                }
            }
        };
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
