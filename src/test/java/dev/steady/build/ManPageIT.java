package dev.steady.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The man pages that {@code mvn package} made, in man(7) format, and as man shows them where it is installed. */
@DisplayName("the man pages made at package time")
class ManPageIT {
  private static final Path MAN1 =
      Path.of(System.getProperty("steady.repo", ".")).toAbsolutePath().resolve("target/man/man1");

  @Test
  void steadyAndEverySubcommandHaveAPage() throws Exception {
    String steady = Files.readString(MAN1.resolve("steady.1"), StandardCharsets.UTF_8);

    assertThat(steady).contains(".TH \"STEADY\" \"1\"", ".SH \"SYNOPSIS\"", ".SH \"COMMANDS\"");
    for (String command : new String[] {"breathe", "log", "log-sleep", "due", "remind", "cron", "completion"}) {
      assertThat(MAN1.resolve("steady-" + command + ".1")).isRegularFile();
    }
    if (Files.isExecutable(Path.of("/usr/bin/man"))) {
      Process man = new ProcessBuilder("man", "-l", MAN1.resolve("steady-cron.1").toString())
          .redirectErrorStream(true).start();
      man.getOutputStream().close();
      String shown = new String(man.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(man.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(shown).contains("steady cron [-hV] [--install] [--uninstall]");
    }
  }
}
