package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("steady config")
class ConfigCommandTest {
  @TempDir Path home;

  @Test
  @DisplayName("prints where the files are, which do not exist yet, and the default settings")
  void defaults() {
    Steady steady = new Steady(home, "2026-11-20T12:00");

    CommandRun run = steady.run("config");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "config  " + home.resolve("config.json") + " (none yet: defaults in effect)\n"
                + "plans   " + home.resolve("plans") + " (none yet)\n"
                + "log     " + home.resolve("log.json") + " (none yet)\n"
                + "\n"
                + "a day starts at 04:00\n"
                + "a week starts on Monday\n"
                + "habits:\n"
                + "  breathe    daily            at least 2 min a day\n"
                + "  sleep      window           in bed at 23:00 and up at 07:00, each within 30m\n"
                + "  move       weekly-days      at least 20 min on 5 days a week\n"
                + "  plants     weekly-distinct  30 different items a week (diet)\n"
                + "  fermented  daily            at least 1 a day (diet)\n"
                + "  omega3     weekly-days      on 2 days a week (diet)\n");
    assertThat(home).isEmptyDirectory();
  }

  @Test
  @DisplayName("says nothing more once the log exists")
  void logExists() {
    Steady steady = new Steady(home, "2026-11-20T12:00");
    steady.run("log", "move", "25m");

    assertThat(steady.run("config").out()).contains("log     " + home.resolve("log.json") + "\n");
  }

  @Test
  @DisplayName("prints the settings of a config file, and --json spells them out as config.json")
  void ownSettings() {
    Steady steady = new Steady(home, "2026-11-20T12:00");
    steady.writeConfig(
        """
        {"dayStartsAt": "05:00", "weekStartsOn": "sunday",
         "habits": [{"id": "alcohol", "kind": "weekly-at-most", "max": 3, "group": "diet"}]}
        """);

    assertThat(steady.run("config").out())
        .startsWith("config  " + home.resolve("config.json") + "\n")
        .endsWith("a day starts at 05:00\na week starts on Sunday\nhabits:\n  alcohol  weekly-at-most  at most 3 a week (diet)\n");
    CommandRun json = steady.run("config", "--json");
    assertThat(json.code()).isZero();
    assertThat(json.out())
        .contains("\"config\": {\n      \"path\": \"" + home.resolve("config.json") + "\",\n      \"exists\": true")
        .contains("\"dayStartsAt\": \"05:00\"", "\"weekStartsOn\": \"SUNDAY\"", "\"kind\": \"weekly-at-most\"");
  }

  @Test
  @DisplayName("a config that does not parse exits 65 naming file:line:col")
  void brokenConfig() {
    Steady steady = new Steady(home, "2026-11-20T12:00");
    steady.writeConfig("{\"dayStartsAt\": }");

    CommandRun run = steady.run("config");

    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).startsWith("steady: " + home.resolve("config.json") + ":1:17: invalid JSON");
  }
}
