package dev.steady.store;

import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A realistic log of the default habits over many years, for the benchmark and the tests: most days have a
 * session or two, a night, a few plant foods; some have movement, a fermented food, omega-3, a note. Ten years
 * come to about 25 000 entries. The same seed and last day give the same log, byte for byte.
 *
 * <p>{@code java -cp target/steady.jar:target/test-classes dev.steady.store.SyntheticLog FILE [YEARS] [SEED]
 * [LAST-DAY]} writes the log to FILE through {@link LogFile}; YEARS 0 writes a log with no entries.
 */
public final class SyntheticLog {
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final List<String> PLANS = List.of("resonance", "box", "coherent", "4-7-8", "quick", "glide");
  private static final List<String> PLANTS =
      List.of(
          "kale", "lentils", "oats", "spinach", "carrot", "onion", "garlic", "tomato", "pepper", "broccoli",
          "cauliflower", "chickpeas", "black beans", "quinoa", "barley", "rye", "apple", "pear", "banana",
          "blueberries", "raspberries", "orange", "lemon", "walnuts", "almonds", "hazelnuts", "flaxseed",
          "chia", "sunflower seeds", "pumpkin seeds", "leek", "beetroot", "parsnip", "sweet potato", "potato",
          "courgette", "aubergine", "mushrooms", "peas", "green beans", "cabbage", "red cabbage", "rocket",
          "lettuce", "cucumber", "celery", "fennel", "ginger", "turmeric", "basil", "parsley", "coriander",
          "mint", "rosemary", "thyme", "buckwheat", "millet", "tofu", "tempeh", "edamame", "avocado", "mango",
          "kiwi", "grapes", "plums", "cherries", "figs", "dates", "olives", "radish");
  private static final List<String> NOTES =
      List.of("felt calm", "tired", "after work", "before the exam", "long day", "travel", "rainy", "good one");

  private final Random random;
  private final List<Entry> entries = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();

  private SyntheticLog(long seed) {
    this.random = new Random(seed);
  }

  /** The entries of {@code years} years ending on {@code lastDay}, oldest first. */
  public static List<Entry> entries(int years, LocalDate lastDay, long seed) {
    SyntheticLog log = new SyntheticLog(seed);
    for (LocalDate day = lastDay.minusYears(years).plusDays(1); !day.isAfter(lastDay); day = day.plusDays(1)) {
      log.day(day);
    }
    return List.copyOf(log.entries);
  }

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: SyntheticLog FILE [YEARS] [SEED] [LAST-DAY]");
      System.exit(2);
    }
    int years = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
    LocalDate lastDay = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.now();
    List<Entry> all = entries(years, lastDay, seed);
    new LogFile(Path.of(args[0])).change(ignored -> new LogFile.Change<>(new LogContents(all, List.of()), null));
    System.out.println(all.size());
  }

  private void day(LocalDate day) {
    if (chance(0.92)) {
      LocalTime bed = LocalTime.of(22, 30).plusMinutes(random.nextInt(120));
      LocalTime wake = LocalTime.of(6, 15).plusMinutes(random.nextInt(90));
      add(day, wake.plusMinutes(5 + random.nextInt(55)), "sleep", new Amount.Night(bed, wake));
    }
    int sessions = chance(0.85) ? (chance(0.2) ? 2 : 1) : 0;
    for (int i = 0; i < sessions; i++) {
      boolean completed = chance(0.9);
      double bpm = 5.5 + random.nextInt(6) / 10.0;
      int seconds = (2 + random.nextInt(9)) * 60 / (completed ? 1 : 2);
      int breaths = (int) Math.max(1, Math.round(seconds * bpm / 60));
      LocalTime at = i == 0 ? LocalTime.of(7, 0).plusMinutes(random.nextInt(90)) : LocalTime.of(21, 0);
      add(day, at, "breathe", new Amount.Session(pick(PLANS), completed, breaths, seconds, bpm));
    }
    if (chance(0.65)) {
      add(day, LocalTime.of(17, random.nextInt(60)), "move", new Amount.Time(Duration.ofMinutes(15 + random.nextInt(76))));
    }
    int meals = 2 + random.nextInt(3);
    for (int i = 0; i < meals; i++) {
      List<String> items = new ArrayList<>();
      for (int n = 1 + random.nextInt(4); n > 0; n--) {
        items.add(pick(PLANTS));
      }
      add(day, LocalTime.of(8 + 5 * i, random.nextInt(60)), "plants", new Amount.Items(items));
    }
    if (chance(0.7)) {
      add(day, LocalTime.of(12, random.nextInt(60)), "fermented", new Amount.Count(chance(0.1) ? 2 : 1));
    }
    if (chance(0.35)) {
      add(day, LocalTime.of(19, random.nextInt(60)), "omega3", new Amount.Count(1));
    }
  }

  private void add(LocalDate day, LocalTime time, String habit, Amount amount) {
    OffsetDateTime at = LocalDateTime.of(day, time).atZone(ZONE).toOffsetDateTime().withSecond(random.nextInt(60));
    String note = chance(0.04) ? pick(NOTES) : null;
    entries.add(new Entry(id(at), habit, day, at, amount, note));
  }

  /** The format of {@code EntryId}, but from the seeded random so the log is the same every time. */
  private String id(OffsetDateTime at) {
    String time = Long.toString(at.toInstant().toEpochMilli(), 36);
    while (true) {
      String suffix = Long.toString(36L * 36 * 36 * 36 + random.nextInt(36 * 36 * 36 * 36), 36).substring(1);
      String id = (time + suffix).toLowerCase(Locale.ROOT);
      if (ids.add(id)) {
        return id;
      }
    }
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }
}
