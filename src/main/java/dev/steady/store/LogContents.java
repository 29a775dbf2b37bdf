package dev.steady.store;

import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the log holds: its entries in the order they were recorded, and the tombstones of the entries deleted
 * from it, oldest first.
 */
public record LogContents(List<Entry> entries, List<Tombstone> deleted) {
  public static final LogContents EMPTY = new LogContents(List.of(), List.of());

  public LogContents {
    entries = List.copyOf(entries);
    deleted = List.copyOf(deleted);
  }

  /** The same log with {@code entry} recorded last. */
  public LogContents plus(Entry entry) {
    List<Entry> next = new ArrayList<>(entries.size() + 1);
    next.addAll(entries);
    next.add(entry);
    return new LogContents(next, deleted);
  }

  /** The same log without {@code gone}, each of which leaves a tombstone dated {@code at}. */
  public LogContents minus(Collection<Entry> gone, OffsetDateTime at) {
    Set<String> ids = new HashSet<>();
    gone.forEach(e -> ids.add(e.id()));
    List<Tombstone> tombstones = new ArrayList<>(deleted);
    for (Entry e : entries) {
      if (ids.contains(e.id())) {
        tombstones.add(new Tombstone(e.id(), at));
      }
    }
    return new LogContents(entries.stream().filter(e -> !ids.contains(e.id())).toList(), tombstones);
  }
}
