package dev.steady.habit;

import dev.steady.time.DurationText;
import dev.steady.time.TimeText;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an entry records: a length of time, a count, some items, a night, a rest day, a breathing session, or a
 * step of the seven-day programme.
 *
 * <p>Each kind carries its own rules: what it adds toward a habit ({@link #minutes}, {@link #counted}), how it
 * reads in words, how it writes its fields to the log and the CSV export, and whether the log can hold it. So a
 * new kind is one record here, its methods (the compiler names them), and the log reader's side of it.
 */
public sealed interface Amount {
  /** The kind's name in the CSV export's {@code type} column: {@code time}, {@code count}, … */
  String type();

  /** The minutes it adds toward a habit measured in time; none for a kind that holds no time. */
  double minutes();

  /** What it adds toward a counted habit: its count, its number of items, or one. */
  double counted();

  /** In words, as {@code log}, {@code undo} and {@code history} print it; empty for a count of one. Not escaped. */
  String words();

  /** Writes its fields as the log holds them (documented in the README). */
  void write(Fields out);

  /** Writes its columns of the CSV export, {@code type} aside. */
  void columns(Fields out);

  /** Whether the log's reader takes it back: every part present and within its range. */
  boolean storable();

  /** Whether the entry counts toward its habit; a programme's start and stop count toward none. */
  default boolean counts() {
    return true;
  }

  /** Whether it is a rest day, which every habit keeps out of its counts. */
  default boolean rest() {
    return false;
  }

  /** The items it names; none for a kind that names none. */
  default List<String> items() {
    return List.of();
  }

  /** The night it records, if it is one. */
  default Optional<Night> night() {
    return Optional.empty();
  }

  /** The step of the seven-day programme it records, if it is one. */
  default Optional<Programme> programme() {
    return Optional.empty();
  }

  /** The breathing session it records, if it is one. */
  default Optional<Session> session() {
    return Optional.empty();
  }

  /** Whether {@code v} lies from {@code least} to {@code most}; never for NaN. */
  private static boolean within(double v, double least, double most) {
    return v >= least && v <= most;
  }

  /**
   * The ranges below are what the log's reader takes (documented in the README): wide enough for anything a
   * person does in a day, and small enough that no sum over a whole log can overflow or lose a unit.
   */
  record Time(Duration length) implements Amount {
    /** At most a day of anything, in seconds. */
    public static final long MOST_SECONDS = 24 * 60 * 60;

    @Override
    public String type() {
      return "time";
    }

    @Override
    public double minutes() {
      return length.toMillis() / 60_000.0;
    }

    @Override
    public double counted() {
      return 1;
    }

    @Override
    public String words() {
      return DurationText.format(length);
    }

    @Override
    public void write(Fields out) {
      out.whole("seconds", length.toSeconds());
    }

    @Override
    public void columns(Fields out) {
      write(out);
    }

    @Override
    public boolean storable() {
      return length != null && within(length.getSeconds(), 0, MOST_SECONDS);
    }
  }

  record Count(long count) implements Amount {
    public static final long MOST = 1_000_000;
    @Override
    public String type() {
      return "count";
    }

    @Override
    public double minutes() {
      return 0;
    }

    @Override
    public double counted() {
      return count;
    }

    @Override
    public String words() {
      return count == 1 ? "" : Long.toString(count);
    }

    @Override
    public void write(Fields out) {
      out.whole("count", count);
    }

    @Override
    public void columns(Fields out) {
      write(out);
    }

    @Override
    public boolean storable() {
      return within(count, 0, MOST);
    }
  }

  /** Items as typed, letter case kept for display; habits compare them case-blind. */
  record Items(List<String> items) implements Amount {
    public Items {
      items = List.copyOf(items);
    }

    @Override
    public String type() {
      return "items";
    }

    @Override
    public double minutes() {
      return 0;
    }

    @Override
    public double counted() {
      return items.size();
    }

    @Override
    public String words() {
      return String.join(", ", items);
    }

    @Override
    public void write(Fields out) {
      out.texts("items", items);
    }

    @Override
    public void columns(Fields out) {
      write(out);
    }

    @Override
    public boolean storable() {
      return true;
    }
  }

  record Night(LocalTime bed, LocalTime wake) implements Amount {
    @Override
    public String type() {
      return "night";
    }

    @Override
    public double minutes() {
      return 0;
    }

    @Override
    public double counted() {
      return 1;
    }

    @Override
    public String words() {
      return TimeText.format(bed) + " to " + TimeText.format(wake);
    }

    @Override
    public void write(Fields out) {
      out.text("bed", TimeText.format(bed));
      out.text("wake", TimeText.format(wake));
    }

    @Override
    public void columns(Fields out) {
      write(out);
    }

    @Override
    public boolean storable() {
      return bed != null && wake != null;
    }

    @Override
    public Optional<Night> night() {
      return Optional.of(this);
    }
  }

  /** A rest day ({@code skip}): the day neither breaks nor extends a streak. */
  record Rest() implements Amount {
    @Override
    public String type() {
      return "rest";
    }

    @Override
    public double minutes() {
      return 0;
    }

    @Override
    public double counted() {
      return 1;
    }

    @Override
    public String words() {
      return "(rest day)";
    }

    @Override
    public void write(Fields out) {
      out.bool("rest", true);
    }

    /** The type says it all. */
    @Override
    public void columns(Fields out) {}

    @Override
    public boolean storable() {
      return true;
    }

    @Override
    public boolean rest() {
      return true;
    }
  }

  /**
   * A breathing session; {@code seconds} is the breathing completed, which is what counts. {@code calmBefore}
   * and {@code calmAfter} are the person's calm ratings (1 to {@value #CALM_MAX}), null when not asked;
   * {@code ratings} the comfort of each step of a {@code find-rate} session, empty for any other.
   */
  record Session(
      String plan, boolean completed, int breaths, double seconds, double bpm,
      Integer calmBefore, Integer calmAfter, List<StepRating> ratings) implements Amount {
    /** Calm is rated 1 to 10. */
    public static final int CALM_MAX = 10;
    /** Six hours of breathing: a find-rate session of five hour-long steps fits. */
    public static final int MOST_SECONDS = 6 * 60 * 60;
    /** Six hours at the fastest rate. */
    public static final int MOST_BREATHS = MOST_SECONDS / 60 * 20;
    /** A session's rate: 0 when no breath was completed, else as a session takes it. */
    public static final double MIN_BPM = 2;
    public static final double MAX_BPM = 20;

    public Session {
      ratings = List.copyOf(ratings);
    }

    /** A session without ratings. */
    public Session(String plan, boolean completed, int breaths, double seconds, double bpm) {
      this(plan, completed, breaths, seconds, bpm, null, null, List.of());
    }

    /** Whether calm was rated both before and after. */
    public boolean calmRated() {
      return calmBefore != null && calmAfter != null;
    }

    @Override
    public String type() {
      return "session";
    }

    @Override
    public double minutes() {
      return seconds / 60;
    }

    @Override
    public double counted() {
      return 1;
    }

    @Override
    public String words() {
      Duration breathing = Duration.ofMillis(Math.round(seconds * 1000));
      return plan + " " + DurationText.format(breathing) + (completed ? "" : " (stopped)");
    }

    @Override
    public void write(Fields out) {
      out.object("session", s -> {
        s.text("plan", plan);
        s.bool("completed", completed);
        s.whole("breaths", breaths);
        s.decimal("seconds", seconds);
        s.decimal("bpm", bpm);
        if (calmBefore != null) {
          s.whole("calmBefore", calmBefore);
        }
        if (calmAfter != null) {
          s.whole("calmAfter", calmAfter);
        }
        if (!ratings.isEmpty()) {
          s.objects("ratings", ratings, StepRating::write);
        }
      });
    }

    /** The export keeps what a spreadsheet sums; the ratings stay in the log. */
    @Override
    public void columns(Fields out) {
      out.decimal("seconds", seconds);
      out.text("plan", plan);
      out.bool("completed", completed);
      out.whole("breaths", breaths);
      out.decimal("bpm", bpm);
    }

    @Override
    public boolean storable() {
      return plan != null && within(breaths, 0, MOST_BREATHS) && within(seconds, 0, MOST_SECONDS) && rate(bpm)
          && rating(calmBefore, CALM_MAX) && rating(calmAfter, CALM_MAX)
          && ratings.stream().allMatch(StepRating::storable);
    }

    /** 0, or from {@link #MIN_BPM} to {@link #MAX_BPM}. */
    static boolean rate(double bpm) {
      return bpm == 0 || within(bpm, MIN_BPM, MAX_BPM);
    }

    private static boolean rating(Integer rating, int max) {
      return rating == null || (rating >= 1 && rating <= max);
    }

    @Override
    public Optional<Session> session() {
      return Optional.of(this);
    }
  }

  /** How comfortable one step of the resonance protocol was: {@code comfort} 1 to {@value #COMFORT_MAX} at {@code bpm}. */
  record StepRating(double bpm, int comfort) {
    /** Comfort is rated 1 to 5. */
    public static final int COMFORT_MAX = 5;

    void write(Fields out) {
      out.decimal("bpm", bpm);
      out.whole("comfort", comfort);
    }

    boolean storable() {
      return within(bpm, Session.MIN_BPM, Session.MAX_BPM) && comfort >= 1 && comfort <= COMFORT_MAX;
    }
  }

  /**
   * The seven-day programme begun ({@code program start}, whose day 1 is {@code firstDay}) or ended
   * ({@code program stop}, without a first day). It is kept in the log so that it survives and merges.
   */
  record Programme(Step step, LocalDate firstDay) implements Amount {
    public enum Step {
      START, STOP;

      /** The step as the log and the command line spell it. */
      public String word() {
        return name().toLowerCase(Locale.ROOT);
      }
    }

    public Programme {
      if (step == null || (step == Step.START) != (firstDay != null)) {
        throw new IllegalArgumentException("a programme's start has a first day and its stop none: " + step + " " + firstDay);
      }
    }

    public static Programme start(LocalDate firstDay) {
      return new Programme(Step.START, firstDay);
    }

    public static Programme stop() {
      return new Programme(Step.STOP, null);
    }

    @Override
    public String type() {
      return "program-" + step.word();
    }

    @Override
    public double minutes() {
      return 0;
    }

    @Override
    public double counted() {
      return 0;
    }

    @Override
    public String words() {
      return firstDay == null ? "stop" : "start, day 1 " + firstDay;
    }

    @Override
    public void write(Fields out) {
      out.text("program", step.word());
      columns(out);
    }

    @Override
    public void columns(Fields out) {
      if (firstDay != null) {
        out.text("firstDay", firstDay.toString());
      }
    }

    /** Its first day is today or tomorrow when made, and the reader checks a day's range as for any date. */
    @Override
    public boolean storable() {
      return true;
    }

    @Override
    public boolean counts() {
      return false;
    }

    @Override
    public Optional<Programme> programme() {
      return Optional.of(this);
    }
  }
}
