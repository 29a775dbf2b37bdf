package dev.steady.store;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Entries of every kind with awkward values: odd offsets and fractions, any text, the extremes a log may hold. */
final class RandomEntries {
  private static final String[] TEXT_PIECES = {
    "kale", "Oats", "", " ", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "é", "日本", "🌱", "\ud83d\ude00", "a b",
    "{", "]", ",", ":", "null", "\u2028"
  };
  private static final String[] HABITS = {"breathe", "sleep", "move", "plants", "fermented", "omega3", "alcohol"};

  private final Random random;

  RandomEntries(long seed) {
    this.random = new Random(seed);
  }

  List<Entry> entries(int n) {
    List<Entry> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      entries.add(entry());
    }
    return entries;
  }

  Entry entry() {
    return new Entry(text(), HABITS[random.nextInt(HABITS.length)], date(), instant(), amount(), random.nextInt(4) == 0 ? text() : null);
  }

  /** One of each kind in turn, so that a run over a few seeds covers them all. */
  Amount amount() {
    return switch (random.nextInt(7)) {
      case 0 -> new Amount.Time(Duration.ofSeconds(wholeNumber(Amount.Time.MOST_SECONDS)));
      case 1 -> new Amount.Count(wholeNumber(Amount.Count.MOST));
      case 2 -> new Amount.Items(texts());
      case 3 -> new Amount.Night(LocalTime.of(random.nextInt(24), random.nextInt(60)), LocalTime.of(random.nextInt(24), random.nextInt(60)));
      case 4 -> new Amount.Rest();
      case 5 -> random.nextBoolean() ? Amount.Programme.start(date()) : Amount.Programme.stop();
      default -> new Amount.Session(
          text(), random.nextBoolean(), (int) wholeNumber(Amount.Session.MOST_BREATHS), measure(Amount.Session.MOST_SECONDS), rate());
    };
  }

  /** From 0 to {@code most}, the ends included. */
  private long wholeNumber(long most) {
    return switch (random.nextInt(4)) {
      case 0 -> 0;
      case 1 -> random.nextLong(Math.min(most, 3600) + 1);
      case 2 -> most;
      default -> random.nextLong(most + 1);
    };
  }

  /** From 0 to {@code most}, the ends and the smallest and largest fractions included. */
  private double measure(double most) {
    return switch (random.nextInt(6)) {
      case 0 -> 0.0;
      case 1 -> random.nextInt(3600);
      case 2 -> random.nextInt(36_000) / 10.0;
      case 3 -> random.nextDouble() * Math.pow(10, random.nextInt(24) - 20);
      case 4 -> random.nextBoolean() ? most : Math.nextDown(most);
      default -> random.nextBoolean() ? Double.MIN_VALUE * random.nextInt(1000) : random.nextDouble() * most;
    };
  }

  /** A session's rate: 0, the ends of its range, or between. */
  private double rate() {
    return switch (random.nextInt(4)) {
      case 0 -> 0.0;
      case 1 -> Amount.Session.MIN_BPM;
      case 2 -> Amount.Session.MAX_BPM;
      default -> Amount.Session.MIN_BPM + random.nextDouble() * (Amount.Session.MAX_BPM - Amount.Session.MIN_BPM);
    };
  }

  private LocalDate date() {
    return random.nextInt(20) == 0
        ? LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay() + 1))
        : LocalDate.of(1970, 1, 1).plusDays(random.nextInt(60_000));
  }

  private OffsetDateTime instant() {
    Instant at = Instant.ofEpochSecond(random.nextInt(2_000_000_000) * 2L, nanos());
    ZoneOffset offset =
        switch (random.nextInt(4)) {
          case 0 -> ZoneOffset.UTC;
          case 1 -> ZoneOffset.ofTotalSeconds(random.nextInt(-72, 73) * 15 * 60);
          case 2 -> ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 3600, 18 * 3600 + 1));
          default -> ZoneOffset.ofHours(1);
        };
    return at.atOffset(offset);
  }

  private int nanos() {
    return switch (random.nextInt(7)) {
      case 0 -> random.nextInt(1000) * 1_000_000;
      case 1 -> random.nextInt(1_000_000_000);
      case 2 -> random.nextInt(1_000_000) * 1000;
      default -> 0;
    };
  }

  private List<String> texts() {
    List<String> items = new ArrayList<>();
    for (int n = random.nextInt(5); n > 0; n--) {
      items.add(text());
    }
    return items;
  }

  String text() {
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(4); n > 0; n--) {
      text.append(TEXT_PIECES[random.nextInt(TEXT_PIECES.length)]);
    }
    if (random.nextBoolean()) {
      text.append(Long.toString(random.nextLong() >>> 1, 36));
    }
    return text.toString();
  }
}
