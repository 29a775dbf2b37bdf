package dev.steady.habit;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** What an entry records: a length of time, a count, some items, a night, or a breathing session. */
public sealed interface Amount {
  /**
   * The most any number in an entry may be (seconds, a count, breaths, a rate): far beyond anything logged,
   * and small enough that no sum or product over a whole log can overflow.
   */
  long MOST = 1_000_000_000L;

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

  /** A breathing session; {@code seconds} is the breathing completed, which is what counts. */
  record Session(String plan, boolean completed, int breaths, double seconds, double bpm) implements Amount {}
}
