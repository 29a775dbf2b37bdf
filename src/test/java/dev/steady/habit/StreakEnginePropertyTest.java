package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine agrees with the naive {@link Reference} on random calendars of several months. */
class StreakEnginePropertyTest {
  private static final String[] PLANTS = {"kale", "Kale", "OATS", "oats", "rye", "lentils", "leek", "fig", "Fig"};

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 60).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithTheReferenceForEveryKind(long seed) {
    Random random = new Random(seed);
    LocalDate today = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(800));
    Settings settings = new Settings(
        LocalTime.of(4, 0), DayOfWeek.of(1 + random.nextInt(7)), habits(random));
    List<Entry> entries = calendar(random, settings, today);
    int days = random.nextInt(50);

    List<HabitStatus> actual = StreakEngine.statuses(entries, settings, today, days);

    assertThat(actual).hasSameSizeAs(settings.habits());
    for (int i = 0; i < actual.size(); i++) {
      Habit habit = settings.habits().get(i);
      HabitStatus expected = new Reference(habit, entries, settings, today).status(days);
      HabitStatus got = actual.get(i);
      String about = habit + " on " + today;
      assertThat(got.habit()).as(about).isEqualTo(habit);
      assertThat(got.met()).as(about + ": met").isEqualTo(expected.met());
      assertThat(got.logged()).as(about + ": logged").isEqualTo(expected.logged());
      assertThat(got.current()).as(about + ": current").isEqualTo(expected.current());
      assertThat(got.best()).as(about + ": best").isEqualTo(expected.best());
      assertThat(got.progress().value()).as(about + ": progress")
          .isCloseTo(expected.progress().value(), within(1e-6));
      assertThat(got.progress().target()).as(about).isEqualTo(expected.progress().target());
      assertThat(got.progress().unit()).as(about).isEqualTo(expected.progress().unit());
      assertThat(got.cells()).as(about + ": cells").isEqualTo(expected.cells());
      assertThat(got.rested()).as(about + ": rested").isEqualTo(expected.rested());
      assertThat(got.restDays()).as(about + ": rest days").isEqualTo(expected.restDays());
      assertThat(got.strength()).as(about + ": strength").isCloseTo(expected.strength(), within(1e-9));
    }
  }

  static List<Habit> habits(Random r) {
    return List.of(
        new Habit.Daily("breathe", 1 + r.nextInt(4), "min", null),
        new Habit.Daily("fermented", 1 + r.nextInt(2), null, "diet"),
        new Habit.Window("sleep", LocalTime.of(r.nextInt(24), 5 * r.nextInt(12)),
            LocalTime.of(r.nextInt(24), 5 * r.nextInt(12)), Duration.ofMinutes(5 * r.nextInt(13)), null),
        new Habit.WeeklyDays("move", 1 + r.nextInt(7), 5 + r.nextInt(20), "min", null),
        new Habit.WeeklyDays("omega3", 1 + r.nextInt(4), 1, null, "diet"),
        new Habit.WeeklyDistinct("plants", 1 + r.nextInt(6), "diet"),
        new Habit.WeeklyAtMost("alcohol", r.nextInt(4), "diet"));
  }

  /**
   * Months of entries before today, in spells of keen and idle days so that streaks both grow and break;
   * with some entries the habits ignore (another habit, a future date) or only partly count.
   */
  static List<Entry> calendar(Random r, Settings settings, LocalDate today) {
    Log log = new Log();
    LocalDate first = today.minusDays(30 + r.nextInt(200));
    for (Habit habit : settings.habits()) {
      double keen = r.nextDouble();
      for (LocalDate d = first; !d.isAfter(today.plusDays(2)); d = d.plusDays(1)) {
        if (r.nextInt(10) == 0) {
          keen = r.nextDouble();
        }
        int n = r.nextDouble() < keen ? 1 + r.nextInt(3) : 0;
        for (int k = 0; k < n; k++) {
          log.add(habit.id(), d, amount(r, habit));
        }
        if (r.nextInt(12) == 0) {
          log.add(habit.id(), d, new Amount.Rest());
        }
      }
    }
    for (int k = 0; k < 20; k++) {
      log.count("unknown", today.minusDays(r.nextInt(100)), 1);
    }
    List<Entry> entries = new ArrayList<>(log.entries());
    java.util.Collections.shuffle(entries, r);
    return entries;
  }

  static Amount amount(Random r, Habit habit) {
    if (habit instanceof Habit.Window w) {
      return new Amount.Night(near(r, w.bed(), w.tolerance()), near(r, w.wake(), w.tolerance()));
    }
    if (habit instanceof Habit.WeeklyDistinct) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i <= r.nextInt(3); i++) {
        items.add(PLANTS[r.nextInt(PLANTS.length)]);
      }
      return new Amount.Items(items);
    }
    boolean minutes = habit instanceof Habit.Daily d && "min".equals(d.unit())
        || habit instanceof Habit.WeeklyDays w && "min".equals(w.unit());
    if (minutes) {
      return switch (r.nextInt(5)) {
        case 0 -> new Amount.Session("resonance", r.nextBoolean(), 12, r.nextInt(240) + r.nextInt(4) / 4.0, 6);
        case 1 -> new Amount.Count(1); // a count on a habit of minutes adds nothing
        default -> new Amount.Time(Duration.ofSeconds(r.nextInt(1500)));
      };
    }
    return r.nextInt(6) == 0 ? new Amount.Items(List.of("kimchi", "kefir")) : new Amount.Count(r.nextInt(3));
  }

  /** A time of day about the target, sometimes just inside the tolerance, sometimes just out. */
  private static LocalTime near(Random r, LocalTime target, Duration tolerance) {
    long t = tolerance.toMinutes();
    long off = switch (r.nextInt(4)) {
      case 0 -> t;
      case 1 -> -t - 1;
      case 2 -> t + 1;
      default -> r.nextInt((int) (2 * t + 1)) - t;
    };
    return target.plusMinutes(off);
  }
}
