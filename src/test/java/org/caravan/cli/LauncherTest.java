package org.caravan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell launchers (./caravan, ./test) on a machine that lacks what they need. */
class LauncherTest {

  /** The commands the launchers use besides Java and Maven. */
  private static final List<String> TOOLS = List.of("bash", "env", "dirname", "find", "sed", "mkdir", "cat", "touch");

  @TempDir Path bin;

  @Test
  void launcherWithoutJavaNamesTheMissingJdkAndExitsWithTwo() throws Exception {
    for (String tool : TOOLS) {
      Path real = Path.of("/usr/bin", tool);
      if (!Files.exists(real)) {
        real = Path.of("/bin", tool);
      }
      Files.createSymbolicLink(bin.resolve(tool), real);
    }
    for (String script : List.of("caravan", "test")) {
      ProcessBuilder builder = new ProcessBuilder("/bin/bash", Path.of(script).toAbsolutePath().toString(), "--version");
      builder.environment().put("PATH", bin.toString());
      builder.redirectErrorStream(true);
      Process process = builder.start();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), script + " did not end");
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(2, process.exitValue(), script + ": " + output);
      assertTrue(output.contains("JDK 17"), script + ": " + output);
    }
  }

  @Test
  void wrapperNamesMavenFromMavenCentral() throws IOException {
    String properties = Files.readString(Path.of(".mvn/wrapper/maven-wrapper.properties"));
    assertTrue(properties.contains("distributionUrl=https://repo.maven.apache.org/maven2/"), properties);
    assertTrue(Files.isExecutable(Path.of("mvnw")) && Files.isExecutable(Path.of(".mvn/maven")));
  }
}
