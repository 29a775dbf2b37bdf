package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steady cron} through picocli, with a stand-in {@code crontab} command on PATH that keeps a file. */
@DisplayName("steady cron")
class CronCommandTest {
  private static final String OTHERS = "MAILTO=me\n# nightly\n0 3 * * *  backup --all 2>&1 | logger  \n@reboot echo 100%\n";

  @TempDir Path dir;
  Path crontab;
  Steady steady;

  @BeforeEach
  void standInCrontab() throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    crontab = dir.resolve("crontab.txt");
    Path program = Files.writeString(bin.resolve("crontab"), """
        #!/bin/sh
        case "$1" in
          -l) [ -f "$CRONTAB_FILE" ] || { echo "no crontab for tester" >&2; exit 1; }; cat "$CRONTAB_FILE" ;;
          -) cat > "$CRONTAB_FILE" ;;
          -r) rm "$CRONTAB_FILE" ;;
          *) echo "crontab: unexpected $*" >&2; exit 1 ;;
        esac
        """);
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path home = Files.createDirectories(dir.resolve("home"));
    steady = new Steady(home, "2026-11-20T12:00")
        .env("PATH", bin + ":/usr/bin:/bin")
        .env("CRONTAB_FILE", crontab.toString());
  }

  private String crontabText() throws IOException {
    return Files.readString(crontab, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("prints the block: this install's launcher, STEADY_HOME, and remind lines at the settings' times")
  void prints() {
    steady.writeConfig("{\"habits\": [{\"id\": \"sleep\", \"kind\": \"window\", \"bed\": \"22:30\", \"wake\": \"06:30\"}]}");

    CommandRun run = steady.run("cron");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    String launcher = LaunchedProcess.LAUNCHER.toString();
    assertThat(run.outLines())
        .startsWith("# BEGIN steady reminders: written by 'steady cron --install'; run it again to update, with --uninstall to remove")
        .contains(
            "LANG=C.UTF-8",
            "STEADY_HOME=" + steady.home,
            "0 7 * * *  msg=\"$(" + launcher + " remind)\" && notify-send -a steady steady \"$msg\"",
            "0 10,13,16,19 * * *  msg=\"$(" + launcher + " remind)\" && notify-send -a steady steady \"$msg\"",
            "30 21 * * *  msg=\"$(" + launcher + " remind)\" && notify-send -a steady steady \"$msg\"")
        .endsWith("# END steady reminders");
    assertThat(run.outLines()).filteredOn(l -> l.startsWith("PATH="))
        .singleElement().asString()
        .startsWith("PATH=" + Path.of(System.getProperty("java.home"), "bin") + ":")
        .endsWith(":/bin");
    assertThat(crontab).doesNotExist();
  }

  @Test
  @DisplayName("--install adds the block after the other lines; again, replaces it; --uninstall leaves the rest as it was")
  void installAndUninstall() throws IOException {
    Files.writeString(crontab, OTHERS);
    String block = steady.run("cron").out();

    CommandRun install = steady.run("cron", "--install");

    assertThat(install.code()).isZero();
    assertThat(install.out()).isEqualTo(
        "installed steady's reminders in the crontab, at 07:30, 10:30, 13:30, 16:30, 19:30 and 22:00 ('crontab -l' shows them)\n");
    assertThat(crontabText()).isEqualTo(OTHERS + block);

    steady.writeConfig("{\"habits\": [{\"id\": \"sleep\", \"kind\": \"window\", \"bed\": \"22:30\", \"wake\": \"06:30\"}]}");
    Files.writeString(crontab, crontabText() + "5 5 * * * mine, added later\n");
    String newer = steady.run("cron").out();
    assertThat(steady.run("cron", "--install").code()).isZero();
    assertThat(crontabText()).isEqualTo(OTHERS + newer + "5 5 * * * mine, added later\n");

    CommandRun uninstall = steady.run("cron", "--uninstall");

    assertThat(uninstall.code()).isZero();
    assertThat(uninstall.out()).isEqualTo("removed steady's reminders from the crontab\n");
    assertThat(crontabText()).isEqualTo(OTHERS + "5 5 * * * mine, added later\n");
  }

  @Test
  @DisplayName("on a user with no crontab, --install makes one and --uninstall removes it again")
  void noCrontab() {
    assertThat(steady.run("cron", "--install").code()).isZero();
    assertThat(crontab).content().startsWith("# BEGIN steady reminders");

    assertThat(steady.run("cron", "--uninstall").code()).isZero();
    assertThat(crontab).doesNotExist();

    CommandRun again = steady.run("cron", "--uninstall");
    assertThat(again.code()).isZero();
    assertThat(again.out()).isEqualTo("no steady reminders in the crontab: nothing to remove\n");
  }

  @Test
  @DisplayName("a crontab whose block lost its end marker is left alone: exit 65")
  void brokenBlock() throws IOException {
    String broken = OTHERS + "# BEGIN steady reminders\n0 9 * * * x\n";
    Files.writeString(crontab, broken);

    CommandRun run = steady.run("cron", "--install");

    assertThat(run.code()).isEqualTo(65);
    assertThat(run.err()).startsWith("steady: the crontab has a '# BEGIN steady reminders' line but no");
    assertThat(crontabText()).isEqualTo(broken);
  }

  @Test
  @DisplayName("a failing crontab command is an I/O error naming it, and --install with --uninstall a usage error")
  void failures() throws IOException {
    Files.writeString(dir.resolve("bin/crontab"), "#!/bin/sh\necho 'crontab: permission denied' >&2\nexit 1\n");

    CommandRun run = steady.run("cron", "--install");
    assertThat(run.code()).isEqualTo(74);
    assertThat(run.err()).isEqualTo("steady: could not read the crontab: " + dir.resolve("bin/crontab") + ": crontab: permission denied\n");

    CommandRun none = steady.env("PATH", dir.resolve("nothing").toString()).run("cron", "--uninstall");
    assertThat(none.code()).isEqualTo(74);
    assertThat(none.err()).startsWith("steady: no crontab command on PATH");

    assertThat(steady.run("cron", "--install", "--uninstall").code()).isEqualTo(2);
  }
}
