package dev.steady.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("the man pages' source, from the full picocli model")
class ManPagesTest {
  @TempDir static Path folder;

  @BeforeAll
  static void write() throws IOException {
    ManPages.write(folder.toFile());
  }

  private static String page(String name) throws IOException {
    return Files.readString(folder.resolve(name + ".adoc"), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("steady's page lists every subcommand, added in code as they are, and each has a page of its own")
  void everySubcommand() throws IOException {
    Matcher xref = Pattern.compile("xref:(steady-[a-z-]+)\\.adoc\\[\\*([a-z-]+)\\*\\]::").matcher(page("steady"));
    List<String> listed = xref.results().map(m -> m.group(2)).toList();

    assertThat(listed).contains("breathe", "log", "streaks", "due", "remind", "cron", "completion").hasSizeGreaterThan(10);
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains("steady.adoc", "steady-log-sleep.adoc", "steady-plans-show.adoc")
          .containsAll(listed.stream().map(name -> "steady-" + name + ".adoc").toList());
    }
  }

  @Test
  @DisplayName("a subcommand's page has its synopsis, description and options")
  void aSubcommandsPage() throws IOException {
    assertThat(page("steady-cron"))
        .contains(":doctype: manpage", "= steady-cron(1)", "*steady cron* [*-hV*] [*--install*] [*--uninstall*]",
            "*--install*::", "*--uninstall*::", "*--home*=_DIR_::");
    assertThat(page("steady-due")).contains("*-q*, *--quiet*::", "*--json*::");
  }
}
