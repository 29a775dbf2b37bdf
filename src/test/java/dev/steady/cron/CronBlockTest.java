package dev.steady.cron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steady.failure.Failure;
import dev.steady.habit.Settings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the crontab block")
class CronBlockTest {
  private static final Path LAUNCHER = Path.of("/opt/steady/bin/steady");
  private static final List<Path> JAVA = List.of(Path.of("/usr/lib/jvm/java-17/bin"), Path.of("/usr/bin"));

  @Test
  @DisplayName("on Linux: the environment cron lacks, and remind lines shown with notify-send")
  void linux() {
    Host host = new Host(LAUNCHER, false, JAVA, Path.of("/home/me/steady data"), Path.of("/run/user/1000/bus"), ":0");

    assertThat(CronBlock.of(Settings.defaults(), host).text())
        .isEqualTo(
            """
            # BEGIN steady reminders: written by 'steady cron --install'; run it again to update, with --uninstall to remove
            PATH=/usr/lib/jvm/java-17/bin:/usr/local/bin:/usr/bin:/bin
            LANG=C.UTF-8
            STEADY_HOME=/home/me/steady data
            DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus
            DISPLAY=:0
            # each line notifies only when something is due, and prints nothing otherwise
            # morning: half an hour after the wake target (07:00)
            30 7 * * *  msg="$(/opt/steady/bin/steady remind)" && notify-send -a steady steady "$msg"
            # through the day
            30 10,13,16,19 * * *  msg="$(/opt/steady/bin/steady remind)" && notify-send -a steady steady "$msg"
            # wind down: an hour before the bed target (23:00)
            0 22 * * *  msg="$(/opt/steady/bin/steady remind)" && notify-send -a steady steady "$msg"
            # END steady reminders
            """);
  }

  @Test
  @DisplayName("without STEADY_HOME, a session bus or a display, none of them is set")
  void bareLinux() {
    CronBlock block = CronBlock.of(Settings.defaults(), new Host(LAUNCHER, false, List.of(), null, null, null));

    assertThat(block.environment()).containsOnlyKeys("PATH", "LANG");
    assertThat(block.environment().get("PATH")).isEqualTo("/usr/local/bin:/usr/bin:/bin");
  }

  @Test
  @DisplayName("on macOS: osascript, given the line as an argument, and a UTF-8 LANG macOS has")
  void mac() {
    CronBlock block = CronBlock.of(Settings.defaults(), new Host(LAUNCHER, true, JAVA, null, Path.of("/run/user/501/bus"), ":0"));

    assertThat(block.environment()).containsOnlyKeys("PATH", "LANG").containsEntry("LANG", "en_US.UTF-8");
    assertThat(block.jobs()).allSatisfy(job -> assertThat(job.command()).isEqualTo(
        "msg=\"$(/opt/steady/bin/steady remind)\" && osascript -e 'on run argv' -e 'display notification"
            + " (item 1 of argv) with title \"steady\"' -e 'end run' \"$msg\""));
  }

  @Test
  @DisplayName("a launcher path with blanks, quotes or % is quoted for the shell and escaped for cron")
  void awkwardLauncher() {
    Host host = new Host(Path.of("/home/me/it's 100% mine/bin/steady"), false, List.of(), null, null, null);

    assertThat(CronBlock.of(Settings.defaults(), host).jobs().get(0).command())
        .startsWith("msg=\"$('/home/me/it'\\''s 100\\% mine/bin/steady' remind)\" && ");
  }

  @Test
  @DisplayName("a value with blanks at its ends is quoted, since cron strips them otherwise")
  void paddedValue() {
    Host host = new Host(LAUNCHER, false, List.of(), Path.of("/srv/ steady "), null, null);

    assertThat(CronBlock.of(Settings.defaults(), host).text()).contains("\nSTEADY_HOME=\"/srv/ steady \"\n");
  }

  @Test
  @DisplayName("a line break in a path cannot go into a crontab: a usage error, not a broken crontab")
  void lineBreak() {
    Host host = new Host(LAUNCHER, false, List.of(), Path.of("/srv/a\nb"), null, null);

    assertThatThrownBy(() -> CronBlock.of(Settings.defaults(), host))
        .isInstanceOf(Failure.class)
        .hasMessageContaining("/srv/a\\nb");
  }
}
