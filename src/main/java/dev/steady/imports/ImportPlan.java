package dev.steady.imports;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.Habit;
import dev.steady.habit.Settings;
import dev.steady.habit.Words;
import dev.steady.json.JsonOut;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What importing a {@link History} does: each of its habits goes to one of steady's (named in {@code --map},
 * or the one whose id is the habit's name made an id), or else to a new habit of the nearest kind; each day
 * marked done becomes an entry of that habit, and each mark that cannot be one is skipped with the reason.
 *
 * <p>An entry's id is derived from the tool, the source habit's name and the date, so importing the same
 * history twice adds nothing. It counts for the marked date and is recorded at noon of that date in {@code
 * zone} (the trackers keep no time of day).
 */
public record ImportPlan(List<Route> routes, List<Habit> newHabits, List<Entry> entries, Map<String, Integer> skipped) {
  /** Where one source habit goes, and how many of its days come in. */
  public record Route(String from, Habit to, boolean isNew, int entries) {}

  private static final LocalTime NOON = LocalTime.NOON;
  private static final int ID_LENGTH = 12;

  public static ImportPlan of(History history, Settings settings, Map<String, String> map, ZoneId zone) {
    Map<String, String> remaining = new LinkedHashMap<>(map);
    Map<String, Habit> targets = new LinkedHashMap<>();
    List<Habit> newHabits = new ArrayList<>();
    for (History.Habit source : history.habits()) {
      String wanted = remaining.remove(source.name());
      String id = wanted != null ? wanted : idFor(source.name());
      Habit habit = settings.habit(id).orElse(null);
      if (habit == null) {
        habit = newHabits.stream().filter(h -> h.id().equals(wanted)).findFirst().orElse(null);
      }
      if (habit == null) {
        habit = nearest(unique(id, settings, newHabits), source);
        newHabits.add(habit);
      }
      targets.put(source.name(), habit);
    }
    if (!remaining.isEmpty()) {
      String names = String.join(", ", history.habits().stream().map(h -> "\"" + h.name() + "\"").toList());
      throw Failure.usage("--map " + remaining.keySet().iterator().next() + "=…: " + history.tool()
          + " has no habit of that name (it has " + (names.isEmpty() ? "none" : names) + ")");
    }

    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Integer> skipped = new TreeMap<>();
    for (History.Mark mark : history.marks()) {
      Habit habit = targets.get(mark.habit());
      if (habit == null) {
        skipped.merge("\"" + mark.habit() + "\" is not in " + history.tool() + "'s list of habits", 1, Integer::sum);
        continue;
      }
      if (!mark.done()) {
        skipped.merge("rest days (skips) are not brought in", 1, Integer::sum);
        continue;
      }
      Amount amount = habit.markedDone(mark.amount()).orElse(null);
      if (amount == null) {
        skipped.merge(habit.id() + " (" + habit.kind() + ") needs what " + history.tool() + " does not record", 1, Integer::sum);
        continue;
      }
      if (!amount.storable()) {
        throw Failure.invalidData(mark.where() + ": " + habit.id() + ": the amount " + JsonOut.plain(mark.amount())
            + " is more than an entry holds (a day's " + Words.plural(Amount.Time.MOST_SECONDS / 60, "minute")
            + ", or a count of " + Amount.Count.MOST + ")");
      }
      String note = mark.note() == null || mark.note().isBlank() ? null : mark.note();
      entries.add(new Entry(
          id(history.tool(), mark), habit.id(), mark.date(), mark.date().atTime(NOON).atZone(zone).toOffsetDateTime(),
          amount, note));
      counts.merge(mark.habit(), 1, Integer::sum);
    }
    List<Route> routes = new ArrayList<>();
    targets.forEach((from, to) -> routes.add(new Route(from, to, newHabits.contains(to), counts.getOrDefault(from, 0))));
    return new ImportPlan(routes, newHabits, entries, skipped);
  }

  /** A habit's name as a steady id: {@code "Walk 30 min"} is {@code walk-30-min}. */
  static String idFor(String name) {
    String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
      id = "habit" + (id.isEmpty() ? "" : "-" + id);
    }
    return id.length() > 40 ? id.substring(0, 40).replaceAll("-+$", "") : id;
  }

  private static String unique(String id, Settings settings, List<Habit> taken) {
    String candidate = id;
    for (int n = 2; settings.habit(candidate).isPresent() || isTaken(candidate, taken); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }

  private static boolean isTaken(String id, List<Habit> taken) {
    return taken.stream().anyMatch(h -> h.id().equals(id));
  }

  /**
   * The kind nearest to "T times in N days": every day is {@code daily}; anything rarer is {@code weekly-days}
   * with the days a week it comes to (at least one); a habit with no target counts on one day a week.
   */
  static Habit nearest(String id, History.Habit source) {
    if (source.times() > 0 && source.times() >= source.days()) {
      return new Habit.Daily(id, 1, null, null);
    }
    double perWeek = source.times() == 0 ? 1 : 7.0 * source.times() / source.days();
    int days = (int) Math.max(1, Math.min(7, Math.round(perWeek)));
    return days == 7 ? new Habit.Daily(id, 1, null, null) : new Habit.WeeklyDays(id, days, 1, null, null);
  }

  /** The same mark always gets the same id: a hash of the tool, the habit's name and the date, in base 36. */
  static String id(String tool, History.Mark mark) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest((tool + "\n" + mark.habit() + "\n" + mark.date()).getBytes(StandardCharsets.UTF_8));
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = (bits << 8) | (hash[i] & 0xff);
      }
      String text = Long.toUnsignedString(bits, 36);
      String padded = "0".repeat(ID_LENGTH) + text;
      return padded.substring(padded.length() - ID_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
