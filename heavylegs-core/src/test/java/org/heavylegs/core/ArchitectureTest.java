package org.heavylegs.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core is pure: no I/O, no network, no database, no framework and never the Garmin SDK.
 * Time comes in as dates or a Clock, files as bytes or parsed values.
 */
@AnalyzeClasses(packages = "org.heavylegs.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noIo = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..", "javax.sql..")
            .because("core does no I/O (DESIGN.md section 3)");

    @ArchTest
    static final ArchRule noFrameworks = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.garmin..", "picocli..", "io.javalin..", "org.jdbi..", "org.flywaydb..",
                    "com.fasterxml..", "org.yaml..", "org.apache..", "org.slf4j..", "jakarta..", "javax.xml..",
                    "org.heavylegs.formats..", "org.heavylegs.store..", "org.heavylegs.report..",
                    "org.heavylegs.web..", "org.heavylegs.cli..", "org.heavylegs.sim..")
            .because("core knows no framework and no outer module");

    @ArchTest
    static final ArchRule noWallClock = noClasses().should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .because("time comes into core as dates or a Clock");
}
