package dev.steady.store;

import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import java.util.List;

/** Stand-in for the habits engineer's record, replaced by theirs when it lands. */
public record LogContents(List<Entry> entries, List<Tombstone> deleted) {
  public static final LogContents EMPTY = new LogContents(List.of(), List.of());

  public LogContents {
    entries = List.copyOf(entries);
    deleted = List.copyOf(deleted);
  }
}
