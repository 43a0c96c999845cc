package org.redheart.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.beAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module structure of DESIGN.md ("Shape"), checked on every build: who may use whom, only through
 * {@code api}, no cycles, frameworks where they belong.
 */
class ModularityTest {

  /** Each module and the modules whose {@code api} it may use: the arrows of DESIGN.md. */
  private static final Map<String, Set<String>> MAY_USE =
      Map.of(
          "platform", Set.of(),
          "safeguarding", Set.of(),
          "contacts", Set.of("platform"),
          "network", Set.of("contacts", "platform"),
          "meetings", Set.of("contacts", "platform", "safeguarding"),
          "materials", Set.of("meetings", "network", "contacts", "platform", "safeguarding"),
          "reporting", Set.of("materials", "meetings", "network", "contacts", "platform", "safeguarding"),
          "app",
              Set.of("reporting", "materials", "meetings", "network", "contacts", "platform", "safeguarding"));

  private static final String ROOT = "org.redheart";

  private static final String[] BEAN_DEFINING_SCOPES = {
    "jakarta.enterprise.context.Dependent",
    "jakarta.enterprise.context.ApplicationScoped",
    "jakarta.enterprise.context.RequestScoped"
  };

  static Stream<String> modules() {
    return MAY_USE.keySet().stream().sorted();
  }

  @Test
  void findsTheClassesOfTheModules() {
    assertThat(productionClasses().that(resideInAPackage(ROOT + ".meetings.."))).isNotEmpty();
  }

  @Test
  void putsEveryClassInAKnownModule() {
    String[] modulePackages = modules().map(m -> ROOT + "." + m + "..").toArray(String[]::new);

    classes()
        .should()
        .resideInAnyPackage(modulePackages)
        .as("every class belongs to one of the modules " + MAY_USE.keySet())
        .check(productionClasses());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void aModuleUsesOnlyTheApiOfTheModulesItMayDependOn(String module) {
    List<String> reachable = new ArrayList<>();
    reachable.add(ROOT + "." + module + "..");
    MAY_USE.get(module).forEach(other -> reachable.add(ROOT + "." + other + ".api.."));

    noClasses()
        .that()
        .resideInAPackage(ROOT + "." + module + "..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(reachable.toArray(String[]::new)))))
        .as(MAY_USE.get(module).isEmpty()
            ? module + " uses no other module"
            : module + " uses other modules only through the api of " + new TreeSet<>(MAY_USE.get(module)))
        .allowEmptyShould(true)
        .check(productionClasses());
  }

  @Test
  void keepsSafeguardingPureJava() {
    classes()
        .that()
        .resideInAPackage(ROOT + ".safeguarding..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", ROOT + ".safeguarding..")
        .as("safeguarding is pure code: it uses nothing but java and itself")
        .allowEmptyShould(true)
        .check(productionClasses());
  }

  @Test
  void hasNoCyclesBetweenModules() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(productionClasses());
  }

  @Test
  void keepsTheDomainFreeOfRestFacesAndCamunda() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + "..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.camunda..")
        .check(productionClasses());
  }

  @Test
  void usesCamundaOnlyFromProcessPackages() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + "..process..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.camunda..")
        .as("Camunda is used only in process packages (and the engine bootstrap in app.process)")
        .check(productionClasses());
  }

  @Test
  void makesEveryDelegateAndListenerANamedCdiBean() {
    classes()
        .that()
        .implement("org.camunda.bpm.engine.delegate.JavaDelegate")
        .or()
        .implement("org.camunda.bpm.engine.delegate.TaskListener")
        .or()
        .implement("org.camunda.bpm.engine.delegate.ExecutionListener")
        .should(
            beAnnotatedWith(BEAN_DEFINING_SCOPES[0])
                .or(beAnnotatedWith(BEAN_DEFINING_SCOPES[1]))
                .or(beAnnotatedWith(BEAN_DEFINING_SCOPES[2])))
        .andShould()
        .beAnnotatedWith("jakarta.inject.Named")
        .as("delegates and listeners are @Named beans with a bean-defining scope (@Named alone is not discovered)")
        .allowEmptyShould(true)
        .check(productionClasses());
  }

  @Test
  void makesEveryEventAndJobHandlerAnApplicationScopedOrDependentBean() {
    classes()
        .that()
        .implement("org.redheart.platform.api.EventHandler")
        .or()
        .implement("org.redheart.platform.api.JobHandler")
        .should(beAnnotatedWith(BEAN_DEFINING_SCOPES[0]).or(beAnnotatedWith(BEAN_DEFINING_SCOPES[1])))
        .as("event and job handlers are CDI beans (discovery is 'annotated') that outlive a request")
        .allowEmptyShould(true)
        .check(productionClasses());
  }

  @Test
  void keepsJpaEntitiesOutOfTheApi() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".*.api..")
        .should()
        .beAnnotatedWith("jakarta.persistence.Entity")
        .check(productionClasses());
  }

  private static JavaClasses productionClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }
}
