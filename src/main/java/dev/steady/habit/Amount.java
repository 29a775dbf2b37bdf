package dev.steady.habit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * What an entry records: a length of time, a count, some items, a night, a rest day, a breathing session, or
 * a step of the seven-day programme.
 */
public sealed interface Amount {
  /**
   * The most any number in an entry may be (seconds, a count, breaths, a rate): far beyond anything logged,
   * and small enough that no sum or product over a whole log can overflow.
   */
  long MOST = 1_000_000_000L;

  /** Whether the entry counts toward its habit; a programme's start and stop count toward none. */
  default boolean counts() {
    return true;
  }

  record Time(Duration length) implements Amount {}

  record Count(long count) implements Amount {}

  /** Items as typed, letter case kept for display; habits compare them case-blind. */
  record Items(List<String> items) implements Amount {
    public Items {
      items = List.copyOf(items);
    }
  }

  record Night(LocalTime bed, LocalTime wake) implements Amount {}

  /** A rest day ({@code skip}): the day neither breaks nor extends a streak. */
  record Rest() implements Amount {}

  /**
   * A breathing session; {@code seconds} is the breathing completed, which is what counts. {@code calmBefore}
   * and {@code calmAfter} are the person's calm ratings (1 to 10), null when not asked; {@code ratings} the
   * comfort of each step of a {@code find-rate} session, empty for any other.
   */
  record Session(
      String plan, boolean completed, int breaths, double seconds, double bpm,
      Integer calmBefore, Integer calmAfter, List<StepRating> ratings) implements Amount {
    public Session {
      ratings = List.copyOf(ratings);
    }

    /** A session without ratings. */
    public Session(String plan, boolean completed, int breaths, double seconds, double bpm) {
      this(plan, completed, breaths, seconds, bpm, null, null, List.of());
    }
  }

  /** How comfortable one step of the resonance protocol was: {@code comfort} 1 to 5 at {@code bpm}. */
  record StepRating(double bpm, int comfort) {}

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
    public boolean counts() {
      return false;
    }
  }
}
