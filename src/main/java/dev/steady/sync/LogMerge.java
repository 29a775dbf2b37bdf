package dev.steady.sync;

import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import dev.steady.store.LogContents;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The union of two copies of the log, as PRODUCT.md defines it: entries are matched by id and never changed in
 * place; a tombstone beats its entry; of two entries with one id and different content the later
 * {@code recordedAt} wins (an exact tie goes to the one whose text sorts first, so that the choice never
 * depends on which copy is which). The result lists entries in the order they were recorded (by
 * {@code recordedAt}, then id) and tombstones oldest first, so that A into B and B into A give the same file, byte
 * for byte, and merging again changes nothing.
 */
public final class LogMerge {
  /** Two entries with one id and different content: {@code kept} won, {@code dropped} lost. */
  public record Conflict(Entry kept, Entry dropped) {
    /** Whether this copy's entry lost, and so the merge changes it. */
    public boolean replacesOurs(LogContents ours) {
      return ours.entries().contains(dropped);
    }
  }

  /**
   * The merged log and what it changed in {@code ours}: {@code added} entries it did not have, {@code removed}
   * entries a tombstone took away, the {@code conflicts} resolved, and how many tombstones it learnt of.
   */
  public record Result(
      LogContents merged, List<Entry> added, List<Entry> removed, List<Conflict> conflicts, int newTombstones) {
    /** Whether the merged log holds anything ours does not: otherwise there is nothing to write. */
    public boolean changes(LogContents ours) {
      return !added.isEmpty() || !removed.isEmpty() || newTombstones > 0
          || conflicts.stream().anyMatch(c -> c.replacesOurs(ours));
    }
  }

  static final Comparator<Entry> RECORDED =
      Comparator.comparing((Entry e) -> e.recordedAt().toInstant()).thenComparing(Entry::id);
  private static final Comparator<Tombstone> FIRST_DELETION =
      Comparator.comparing((Tombstone t) -> t.deletedAt().toInstant()).thenComparing(Tombstone::id)
          .thenComparing(Tombstone::toString);
  /** Of two versions of an entry, the one that wins: the later recordedAt, then, for a tie, the smaller text. */
  private static final Comparator<Entry> WINNER =
      Comparator.comparing((Entry e) -> e.recordedAt().toInstant()).thenComparing(Entry::toString, Comparator.reverseOrder());

  private LogMerge() {}

  /** Merges {@code theirs} into {@code ours}. */
  public static Result merge(LogContents ours, LogContents theirs) {
    return merge(null, ours, theirs);
  }

  /**
   * A three-way merge (git's): as {@link #merge(LogContents, LogContents)}, and an entry of {@code base} that one side no
   * longer has counts as removed by that side even without a tombstone (a log written before tombstones).
   */
  public static Result merge(LogContents base, LogContents ours, LogContents theirs) {
    Map<String, Tombstone> deleted = new HashMap<>();
    addTombstones(deleted, ours.deleted());
    addTombstones(deleted, theirs.deleted());
    Set<String> goneWithoutTrace = base == null ? Set.of() : goneWithoutTrace(base, ours, theirs);

    // ours in its order, then theirs' new entries in theirs: two runs that are each nearly in recording order,
    // which the sort below then merges in close to linear time
    Map<String, Entry> ourEntries = byId(ours.entries());
    Map<String, Entry> theirWinners = new HashMap<>();
    Map<String, Entry> theirNew = new LinkedHashMap<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (Entry their : theirs.entries()) {
      Entry our = ourEntries.get(their.id());
      if (our == null) {
        theirNew.merge(their.id(), their, (a, b) -> WINNER.compare(a, b) >= 0 ? a : b);
      } else if (!our.equals(their)) {
        Entry kept = WINNER.compare(our, their) >= 0 ? our : their;
        if (kept == their) {
          theirWinners.put(their.id(), their);
        }
        conflicts.add(new Conflict(kept, kept == our ? their : our));
      }
    }

    List<Entry> merged = new ArrayList<>(ourEntries.size() + theirNew.size());
    List<Entry> added = new ArrayList<>();
    List<Entry> removed = new ArrayList<>();
    for (Entry our : ourEntries.values()) {
      if (deleted.containsKey(our.id()) || goneWithoutTrace.contains(our.id())) {
        removed.add(our);
      } else {
        merged.add(theirWinners.getOrDefault(our.id(), our));
      }
    }
    for (Entry their : theirNew.values()) {
      if (!deleted.containsKey(their.id()) && !goneWithoutTrace.contains(their.id())) {
        merged.add(their);
        added.add(their);
      }
    }
    conflicts.removeIf(c -> deleted.containsKey(c.kept().id()) || goneWithoutTrace.contains(c.kept().id()));
    merged.sort(RECORDED);
    added.sort(RECORDED);
    removed.sort(RECORDED);
    conflicts.sort(Comparator.comparing(Conflict::kept, RECORDED));
    List<Tombstone> tombstones = new ArrayList<>(deleted.values());
    tombstones.sort(FIRST_DELETION);
    Set<String> ourTombstones = new HashSet<>();
    ours.deleted().forEach(t -> ourTombstones.add(t.id()));
    int newTombstones = (int) tombstones.stream().filter(t -> !ourTombstones.contains(t.id())).count();
    return new Result(new LogContents(merged, tombstones), added, removed, conflicts, newTombstones);
  }

  /** Keeps, for each id, the first deletion, so that the choice is the same whichever copy is read first. */
  private static void addTombstones(Map<String, Tombstone> deleted, Collection<Tombstone> more) {
    for (Tombstone t : more) {
      deleted.merge(t.id(), t, (a, b) -> FIRST_DELETION.compare(a, b) <= 0 ? a : b);
    }
  }

  private static Set<String> goneWithoutTrace(LogContents base, LogContents ours, LogContents theirs) {
    Set<String> both = new HashSet<>(byId(ours.entries()).keySet());
    both.retainAll(byId(theirs.entries()).keySet());
    Set<String> gone = new HashSet<>();
    for (Entry e : base.entries()) {
      if (!both.contains(e.id())) {
        gone.add(e.id());
      }
    }
    return gone;
  }

  private static Map<String, Entry> byId(List<Entry> entries) {
    Map<String, Entry> map = new LinkedHashMap<>(entries.size() * 2);
    for (Entry e : entries) {
      map.put(e.id(), e);
    }
    return map;
  }
}
