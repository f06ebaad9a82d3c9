package org.sendpmo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is pure Java: no framework, cloud SDK, database, template or HTTP library. */
class DomainPurityTest {

    @Test
    void domainDependsOnNoFrameworkOrIoLibrary() {
        JavaClasses domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sendpmo");
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.micronaut..", "software.amazon..", "com.amazonaws..", "freemarker..", "java.sql..",
                        "javax.sql..", "jakarta.persistence..", "com.fasterxml..", "org.jsoup..", "java.net.http..",
                        "org.apache..", "org.flywaydb..", "org.h2..", "org.postgresql..")
                .because("functions/domain holds the rules; every I/O detail lives in functions/adapters")
                .check(domain);
    }
}
