package dev.steady.cli;

import dev.steady.config.Places;
import dev.steady.config.SettingsFile;
import dev.steady.cron.CronBlock;
import dev.steady.cron.Crontab;
import dev.steady.cron.Host;
import dev.steady.cron.ReminderTimes;
import dev.steady.cron.UserCrontab;
import dev.steady.failure.Failure;
import dev.steady.habit.Settings;
import dev.steady.time.TimeText;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "cron",
    description = {
      "Print a crontab block of reminders for this user and this install; --install puts it into your crontab.",
      "The block holds the launcher's absolute path, the environment a cron"
          + " job needs (PATH, a UTF-8 LANG, STEADY_HOME, the desktop session bus), and 'steady remind' lines"
          + " half an hour after the wake target, every three hours through the day, and an hour before the bed"
          + " target, each shown as a desktop notification only when something is due.",
      "--install puts the block into your crontab (through the crontab command) between its marker comments,"
          + " replacing an earlier block and leaving every other line as it was; --uninstall takes it out."
    },
    mixinStandardHelpOptions = true)
final class CronCommand implements Callable<Integer> {
  private final Context context;

  @Spec CommandSpec spec;
  @Mixin HomeOption home;

  @Option(names = "--install", description = "Put the block into your crontab, replacing an earlier one.")
  boolean install;

  @Option(names = "--uninstall", description = "Take steady's block out of your crontab.")
  boolean uninstall;

  CronCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (install && uninstall) {
      throw Failure.usage("--install and --uninstall cannot go together");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (uninstall) {
      UserCrontab crontab = UserCrontab.of(context.env());
      String current = crontab.read();
      if (!Crontab.hasBlock(current)) {
        out.println("no steady reminders in the crontab: nothing to remove");
        return 0;
      }
      crontab.write(Crontab.withoutBlock(current));
      out.println("removed steady's reminders from the crontab");
      return 0;
    }
    Places places = home.places(context);
    Settings settings = SettingsFile.load(places.configFile());
    CronBlock block = CronBlock.of(settings, host(places));
    if (!install) {
      out.print(block.text());
      return 0;
    }
    UserCrontab crontab = UserCrontab.of(context.env());
    crontab.write(Crontab.withBlock(crontab.read(), block.text()));
    List<String> at = ReminderTimes.of(settings).all().stream().map(TimeText::format).toList();
    out.println("installed steady's reminders in the crontab, at " + String.join(", ", at.subList(0, at.size() - 1))
        + " and " + at.get(at.size() - 1) + " ('crontab -l' shows them)");
    return 0;
  }

  private Host host(Places places) {
    boolean mac = System.getProperty("os.name", "").startsWith("Mac");
    List<Path> programs = new ArrayList<>();
    programs.add(Path.of(System.getProperty("java.home"), "bin"));
    UserCrontab.onPath(context.env(), "mvn").ifPresent(mvn -> programs.add(mvn.getParent()));
    String display = context.env().get("DISPLAY");
    return new Host(
        launcher(),
        mac,
        programs,
        inOneFolder() ? places.logFile().getParent() : null,
        mac ? null : bus(),
        display == null || display.isBlank() ? null : display);
  }

  /** Whether the files live in one folder (STEADY_HOME or --home), which a job must then be told. */
  private boolean inOneFolder() {
    String steadyHome = context.env().get("STEADY_HOME");
    return home.home != null || (steadyHome != null && !steadyHome.isBlank());
  }

  /** bin/steady beside the build this runs from (target/steady.jar, or target/classes in the tests). */
  private static Path launcher() {
    try {
      Path build = Path.of(CronCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path launcher = build.toAbsolutePath().getParent().getParent().resolve("bin/steady");
      if (Files.isExecutable(launcher)) {
        return launcher;
      }
    } catch (URISyntaxException | RuntimeException e) {
      // no code source to go by: said below
    }
    throw Failure.usage("steady cron writes lines that call bin/steady, and found none beside this build; run it"
        + " as bin/steady cron from steady's folder");
  }

  /** The session bus's usual socket, /run/user/UID/bus, when it exists. */
  private static Path bus() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      Path socket = Path.of("/run/user", uid.toString(), "bus");
      return Files.exists(socket) ? socket : null;
    } catch (IOException | UnsupportedOperationException e) {
      // no /proc or no unix attribute view (macOS): the block simply has no bus line there
      return null;
    }
  }
}
