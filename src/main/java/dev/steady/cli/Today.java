package dev.steady.cli;

import dev.steady.config.Places;
import dev.steady.config.SettingsFile;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.EntryId;
import dev.steady.habit.HabitLog;
import dev.steady.habit.Settings;
import dev.steady.store.ClosedWeeksCache;
import dev.steady.store.LogFile;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** What a habit command starts from: where the files are, the settings in effect, and the time now. */
record Today(Places places, Settings settings, ZonedDateTime now) {
  static Today of(HomeOption home, Context context) {
    Places places = home.places(context);
    return new Today(places, SettingsFile.load(places.configFile()), context.now());
  }

  /** The same files and settings, at a later time (a session ends minutes after it starts). */
  Today later(Context context) {
    return new Today(places, settings, context.now());
  }

  /** The day that counts now, under the day-start rule. */
  LocalDate date() {
    return settings.dayOf(now.toLocalDateTime());
  }

  /**
   * A new entry recorded now. Whole seconds keep the log readable; entries of the same second keep the order
   * they were recorded in.
   */
  Entry entry(String habit, LocalDate day, Amount amount, String note) {
    return new Entry(EntryId.next(now.toInstant()), habit, day, recordedAt(), amount, note);
  }

  /** Now, as the log keeps an instant: in whole seconds, with the offset in effect. */
  OffsetDateTime recordedAt() {
    return now.toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS);
  }

  LogFile log() {
    return new LogFile(places.logFile(), places.lastWriteFile(), LogFile.LOCK_TIMEOUT);
  }

  List<Entry> entries() {
    return log().entries();
  }

  /**
   * The log as the habit reviews read it, serving a review whose earliest day is {@code earliest}: a long
   * log's closed weeks come from the cache beside it (see {@link ClosedWeeksCache}).
   */
  HabitLog habitLog(LocalDate earliest) {
    return new ClosedWeeksCache(places.cacheFile(), log()).read(settings, date(), earliest);
  }
}
