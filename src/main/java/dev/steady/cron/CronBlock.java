package dev.steady.cron;

import dev.steady.failure.Failure;
import dev.steady.habit.Settings;
import dev.steady.time.TimeText;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The crontab block that runs {@code steady remind} at the {@link ReminderTimes} and shows its line as a desktop
 * notification. Cron gives a job only PATH=/usr/bin:/bin, HOME, SHELL and LOGNAME, so the block sets what the
 * launcher and the notifier need: the Java in use on PATH, a UTF-8 LANG, STEADY_HOME, and on Linux the session
 * bus and display. Each line is silent when nothing is due: {@code remind} then prints nothing and exits 1, so the
 * notifier never runs and cron has nothing to mail.
 */
public record CronBlock(Map<String, String> environment, List<Job> jobs) {
  public static final String BEGIN = "# BEGIN steady reminders";
  public static final String END = "# END steady reminders";
  private static final List<Path> SYSTEM_PROGRAMS = List.of(Path.of("/usr/local/bin"), Path.of("/usr/bin"), Path.of("/bin"));
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./+:@=-]+");

  /** One crontab line: at {@code minute} past each of {@code hours}, every day. */
  public record Job(String why, int minute, List<Integer> hours, String command) {
    public Job {
      hours = List.copyOf(hours);
    }

    public String line() {
      return minute + " " + String.join(",", hours.stream().map(String::valueOf).toList()) + " * * *  " + command;
    }
  }

  public CronBlock {
    environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    jobs = List.copyOf(jobs);
  }

  public static CronBlock of(Settings settings, Host host) {
    Map<String, String> env = new LinkedHashMap<>();
    // the programs' own folders first, then the system's in their usual order
    Set<Path> path = new LinkedHashSet<>(host.programs());
    path.removeAll(SYSTEM_PROGRAMS);
    path.addAll(SYSTEM_PROGRAMS);
    env.put("PATH", String.join(":", path.stream().map(Path::toString).toList()));
    // macOS has no C.UTF-8
    env.put("LANG", host.mac() ? "en_US.UTF-8" : "C.UTF-8");
    if (host.steadyHome() != null) {
      env.put("STEADY_HOME", host.steadyHome().toString());
    }
    if (!host.mac() && host.bus() != null) {
      env.put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + host.bus());
    }
    if (!host.mac() && host.display() != null) {
      env.put("DISPLAY", host.display());
    }
    env.values().forEach(CronBlock::oneLine);

    String command = command(host);
    ReminderTimes times = ReminderTimes.of(settings);
    List<Job> jobs = new ArrayList<>();
    jobs.add(job("morning: half an hour after the wake target (" + TimeText.format(times.wake()) + ")", List.of(times.morning()), command));
    Map<Integer, List<LocalTime>> dayByMinute = new TreeMap<>();
    times.day().forEach(t -> dayByMinute.computeIfAbsent(t.getMinute(), m -> new ArrayList<>()).add(t));
    dayByMinute.values().forEach(ts -> jobs.add(job("through the day", ts, command)));
    jobs.add(job("wind down: an hour before the bed target (" + TimeText.format(times.bed()) + ")", List.of(times.windDown()), command));
    return new CronBlock(env, jobs);
  }

  /** The block as it goes into a crontab, from {@link #BEGIN} to {@link #END}, each line ending in a newline. */
  public String text() {
    StringBuilder text = new StringBuilder();
    text.append(BEGIN).append(": written by 'steady cron --install'; run it again to update, with --uninstall to remove\n");
    environment.forEach((name, value) -> text.append(name).append('=').append(value(value)).append('\n'));
    text.append("# each line notifies only when something is due, and prints nothing otherwise\n");
    for (Job job : jobs) {
      text.append("# ").append(job.why()).append('\n').append(job.line()).append('\n');
    }
    return text.append(END).append('\n').toString();
  }

  private static Job job(String why, List<LocalTime> times, String command) {
    List<Integer> hours = times.stream().map(LocalTime::getHour).distinct().sorted().toList();
    return new Job(why, times.get(0).getMinute(), hours, command);
  }

  /** {@code steady remind}, and its line (when there is one) as a notification. */
  private static String command(Host host) {
    String remind = "msg=\"$(" + shellWord(oneLine(host.launcher().toString())) + " remind)\" && ";
    String notify = host.mac()
        // the message travels as an argument, never inside the script's own text
        ? "osascript -e 'on run argv' -e 'display notification (item 1 of argv) with title \"steady\"' -e 'end run' \"$msg\""
        : "notify-send -a steady steady \"$msg\"";
    // cron turns an unescaped % in a command into a new line
    return (remind + notify).replace("%", "\\%");
  }

  private static String shellWord(String text) {
    return PLAIN_WORD.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }

  /** A crontab variable's value: cron strips blanks around it unless it is quoted. */
  private static String value(String text) {
    boolean padded = !text.equals(text.strip()) || text.startsWith("\"") || text.startsWith("'");
    return padded ? "\"" + text + "\"" : text;
  }

  private static String oneLine(String text) {
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw Failure.usage("cannot write a crontab line for a path or value with a line break in it: " + text.replace("\n", "\\n").replace("\r", "\\r"));
    }
    return text;
  }
}
