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

  /**
   * One method per kind of amount. What tells the kinds apart (the log's codec, the text of an entry, the CSV
   * export) does it through {@link #match}, so that a new kind is a compile error in each of them until it is
   * handled. {@code X} is what the methods may throw (a writer's {@code IOException}).
   */
  interface Cases<R, X extends Exception> {
    R time(Time t) throws X;

    R count(Count c) throws X;

    R items(Items i) throws X;

    R night(Night n) throws X;

    R rest(Rest r) throws X;

    R session(Session s) throws X;

    R programme(Programme p) throws X;
  }

  /** This amount given to the method of its kind. */
  <R, X extends Exception> R match(Cases<R, X> cases) throws X;

  /** Whether the entry counts toward its habit; a programme's start and stop count toward none. */
  default boolean counts() {
    return true;
  }

  record Time(Duration length) implements Amount {
    @Override
    public <R, X extends Exception> R match(Cases<R, X> cases) throws X {
      return cases.time(this);
    }
  }

  record Count(long count) implements Amount {
    @Override
    public <R, X extends Exception> R match(Cases<R, X> cases) throws X {
      return cases.count(this);
    }
  }

  /** Items as typed, letter case kept for display; habits compare them case-blind. */
  record Items(List<String> items) implements Amount {
    public Items {
      items = List.copyOf(items);
    }

    @Override
    public <R, X extends Exception> R match(Cases<R, X> cases) throws X {
      return cases.items(this);
    }
  }

  record Night(LocalTime bed, LocalTime wake) implements Amount {
    @Override
    public <R, X extends Exception> R match(Cases<R, X> cases) throws X {
      return cases.night(this);
    }
  }

  /** A rest day ({@code skip}): the day neither breaks nor extends a streak. */
  record Rest() implements Amount {
    @Override
    public <R, X extends Exception> R match(Cases<R, X> cases) throws X {
      return cases.rest(this);
    }
  }

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

    @Override
    public <R, X extends Exception> R match(Cases<R, X> cases) throws X {
      return cases.session(this);
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
    public <R, X extends Exception> R match(Cases<R, X> cases) throws X {
      return cases.programme(this);
    }

    @Override
    public boolean counts() {
      return false;
    }
  }
}
