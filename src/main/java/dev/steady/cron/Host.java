package dev.steady.cron;

import java.nio.file.Path;
import java.util.List;

/**
 * What a crontab line must know of this user and this install.
 *
 * @param launcher the absolute path of {@code bin/steady}
 * @param mac whether this is macOS (notifications by {@code osascript}, not {@code notify-send})
 * @param programs folders a job needs on its PATH before the system's (the Java and Maven in use)
 * @param steadyHome STEADY_HOME (or {@code --home}) when set, else null
 * @param bus the D-Bus session socket ({@code /run/user/UID/bus}) when it exists, else null
 * @param display DISPLAY when set, else null
 */
public record Host(Path launcher, boolean mac, List<Path> programs, Path steadyHome, Path bus, String display) {
  public Host {
    programs = List.copyOf(programs);
  }
}
