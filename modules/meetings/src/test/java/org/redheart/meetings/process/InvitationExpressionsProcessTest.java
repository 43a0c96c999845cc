package org.redheart.meetings.process;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bean an invitation BPMN file names in an expression exists in the process package as a CDI
 * bean ({@code @Dependent @Named}) with that name: {@code ${bean}} is a {@link JavaDelegate}, {@code
 * ${bean.method(x)}} has a public one-argument method of that name. (The process tests register
 * doubles under these names, so a typo would pass them and fail only in the container.)
 */
class InvitationExpressionsProcessTest {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{!?([A-Za-z]+)(?:\\.([A-Za-z]+)\\(([A-Za-z]*)\\))?");

  @ParameterizedTest
  @ValueSource(strings = {InvitationFlow.SPEAKER_BPMN_RESOURCE, InvitationFlow.PARTICIPANTS_BPMN_RESOURCE})
  void everyBeanNamedInTheFileIsACdiBeanOfTheProcessPackage(String resource) throws Exception {
    String xml = read(resource);
    Map<String, Class<?>> beans = namedBeansOfTheProcessPackage();
    Set<String> seen = new TreeSet<>();

    Matcher m = EXPRESSION.matcher(xml);
    while (m.find()) {
      String bean = m.group(1);
      seen.add(bean);
      assertThat(beans).as("a @Named(\"%s\") bean for %s", bean, m.group()).containsKey(bean);
      Class<?> type = beans.get(bean);
      assertThat(type.isAnnotationPresent(Dependent.class)).as(type + " is @Dependent").isTrue();
      if (m.group(2) == null) {
        assertThat(JavaDelegate.class).as(bean).isAssignableFrom(type);
      } else {
        assertThat(Stream.of(type.getMethods())
            .filter(meth -> meth.getName().equals(m.group(2)))
            .filter(meth -> meth.getParameterCount() == (m.group(3).isEmpty() ? 0 : 1))
            .anyMatch(meth -> Modifier.isPublic(meth.getModifiers())))
            .as("%s has a public method %s", type.getSimpleName(), m.group(2)).isTrue();
        if (!m.group(3).isEmpty()) {
          assertThat(m.group(3)).as("expressions use the process's only variable")
              .isIn(InvitationFlow.VAR_INVITATION_ID, InvitationFlow.VAR_MEETING_ID);
        }
      }
    }
    assertThat(seen).contains("invitationTimers");
  }

  private static Map<String, Class<?>> namedBeansOfTheProcessPackage() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(InvitationFlow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = root.resolve(InvitationFlow.class.getPackageName().replace('.', '/'));
    Map<String, Class<?>> beans = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName(InvitationFlow.class.getPackageName() + "." + name);
        Named named = type.getAnnotation(Named.class);
        if (named != null) {
          beans.put(named.value(), type);
        }
      }
    }
    return beans;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = InvitationExpressionsProcessTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

}
