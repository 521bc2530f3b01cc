package org.masthead.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;


import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/**
 * The layout's rules, checked on the compiled classes: the newsroom's domain knows nothing of the web
 * faces, HTTP resources live only in the faces and entities only in the domain. A broken rule fails
 * the build naming the class and the dependency that broke it.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.masthead");

    @Test
    void theDomainImportsNothingOfTheWebFaces() {
        noClasses().that().resideOutsideOfPackage("org.masthead.web..")
                .should().dependOnClassesThat().resideInAPackage("org.masthead.web..")
                .because("the faces under org.masthead.web translate HTTP and templates to domain calls; the domain "
                        + "must stay usable from any of them (and from the scheduler and the command line)")
                .check(MAIN);
    }

    @Test
    void resourcesLiveOnlyInTheWebFaces() {
        classes().that().areAnnotatedWith(Path.class)
                .should().resideInAPackage("org.masthead.web..")
                .because("an HTTP resource is a face of the application, not part of its domain")
                .check(MAIN);
    }

    @Test
    void entitiesLiveOnlyInTheDomain() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().resideOutsideOfPackage("org.masthead.web..")
                .because("the newsroom's data belongs to its feature package; the faces only read and show it")
                .check(MAIN);
    }

    /**
     * No cycles between the top-level packages: each feature depends only on the ones below it (shared, security,
     * settings, media, audit, taxonomy, content, then workflow, menu, comment), and a lower one that must learn
     * something from a higher one declares what it needs (taxonomy's TermUse, answered by content) or fires an
     * event (CategoryDeleting, which the menu may refuse).
     */
    @Test
    void theTopLevelPackagesFormNoCycle() {
        slices().matching("org.masthead.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theWebFacesDoNotDependOnEachOtherInACycle() {
        slices().matching("org.masthead.web.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
