package dev.steady.cli;

import dev.steady.config.Places;
import dev.steady.config.SettingsFile;
import dev.steady.habit.Entry;
import dev.steady.habit.Settings;
import dev.steady.store.LogFile;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** What a habit command starts from: where the files are, the settings in effect, and the time now. */
record Today(Places places, Settings settings, ZonedDateTime now) {
  static Today of(HomeOption home, Context context) {
    Places places = home.places(context);
    return new Today(places, SettingsFile.load(places.configFile()), ZonedDateTime.now(context.clock()));
  }

  /** The day that counts now, under the day-start rule. */
  LocalDate date() {
    return settings.dayOf(now.toLocalDateTime());
  }

  LogFile log() {
    return new LogFile(places.logFile());
  }

  List<Entry> entries() {
    return log().entries();
  }
}
