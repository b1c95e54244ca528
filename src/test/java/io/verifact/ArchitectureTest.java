package io.verifact;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package layering of DESIGN.md, held by the build. Each package may use only those listed below
 * it in DESIGN.md's table ({@code ocr} reads the pages {@code document} opens); {@code extract} and
 * {@code identify} are peers; {@code ui} talks only to {@code workflow} and {@code model}.
 */
class ArchitectureTest {

    private static final String ROOT = "io.verifact";

    /** The packages of DESIGN.md, top to bottom. */
    private static final List<String> TOP_DOWN = List.of(
            "app", "ui", "workflow", "sync", "store", "capture", "extract", "identify", "ocr", "document", "check", "model");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void dependenciesPointDownwardOnly() {
        layering(ROOT).check(production);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(production);
    }

    @Test
    void nothingBelowWorkflowKnowsJavaFx() {
        noJavaFxBelowWorkflow(ROOT).check(production);
    }

    @Test
    void onlyTheStoresKnowSql() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .and().resideOutsideOfPackages(ROOT + ".store..", ROOT + ".sync..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.flywaydb..", "org.sqlite..", "org.postgresql..", "com.zaxxer.hikari..")
                .because("DESIGN.md: nothing but store and sync knows SQL")
                .check(production);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(ROOT + ".app..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("standard output carries the command line's JSON; everything else logs through SLF4J")
                .check(production);
    }

    /** The rules above would catch a lower layer reaching up, shown on fixture classes that do. */
    @Test
    void theRulesCatchALowerLayerReachingUp() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".archfixture");

        assertThat(layering(ROOT + ".archfixture").evaluate(fixture).hasViolation()).isTrue();
        assertThat(noJavaFxBelowWorkflow(ROOT + ".archfixture").evaluate(fixture).hasViolation()).isTrue();
    }

    private static LayeredArchitecture layering(String root) {
        String[] recognition = {"extract", "identify", "ocr", "document", "check", "model"};
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String layer : TOP_DOWN) {
            layers = layers.layer(layer).definedBy(root + "." + layer + "..");
        }
        return layers
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyAccessLayers("workflow", "model")
                .whereLayer("workflow").mayOnlyAccessLayers(with(recognition, "sync", "store", "capture"))
                .whereLayer("sync").mayOnlyAccessLayers(with(recognition, "store", "capture"))
                .whereLayer("store").mayOnlyAccessLayers(with(recognition, "capture"))
                .whereLayer("capture").mayOnlyAccessLayers(recognition)
                .whereLayer("extract").mayOnlyAccessLayers("ocr", "document", "check", "model")
                .whereLayer("identify").mayOnlyAccessLayers("ocr", "document", "check", "model")
                .whereLayer("ocr").mayOnlyAccessLayers("document", "model")
                .whereLayer("document").mayOnlyAccessLayers("model")
                .whereLayer("check").mayOnlyAccessLayers("model")
                .whereLayer("model").mayNotAccessAnyLayer();
    }

    private static String[] with(String[] layers, String... more) {
        return Stream.concat(Arrays.stream(more), Arrays.stream(layers)).toArray(String[]::new);
    }

    private static ArchRule noJavaFxBelowWorkflow(String root) {
        String[] belowWorkflow = TOP_DOWN.subList(TOP_DOWN.indexOf("workflow") + 1, TOP_DOWN.size()).stream()
                .map(layer -> root + "." + layer + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAnyPackage(belowWorkflow)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli..")
                .allowEmptyShould(true)
                .because("DESIGN.md: nothing below workflow knows JavaFX");
    }
}
