package dev.steady.sync;

import dev.steady.store.LogContents;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Copies of one log that went their own ways: a shared history, then on each copy new entries, deletions
 * (tombstones), edits (a tombstone and the corrected entry under a new id), and now and then an entry whose
 * content was changed in place under its old id (a hand edit), which a merge must resolve.
 */
final class RandomCopies {
  private static final String[] HABITS = {"breathe", "move", "plants", "fermented"};
  private static final OffsetDateTime START = OffsetDateTime.of(2026, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(1));

  private final Random random;
  private int serial;

  RandomCopies(long seed) {
    this.random = new Random(seed);
  }

  /** The shared history of {@code n} entries, some already deleted. */
  LogContents history(int n) {
    return diverge(new LogContents(List.of(), List.of()), n);
  }

  /** The copy after a few changes of its own. */
  LogContents diverge(LogContents from, int changes) {
    List<Entry> entries = new ArrayList<>(from.entries());
    List<Tombstone> deleted = new ArrayList<>(from.deleted());
    for (int i = 0; i < changes; i++) {
      int what = random.nextInt(10);
      if (what < 5 || entries.isEmpty()) {
        entries.add(entry(id()));
      } else if (what < 7) {
        Entry gone = entries.remove(random.nextInt(entries.size()));
        deleted.add(new Tombstone(gone.id(), at()));
      } else if (what < 9) {
        Entry old = entries.remove(random.nextInt(entries.size()));
        deleted.add(new Tombstone(old.id(), at()));
        entries.add(new Entry(id(), old.habit(), old.date(), at(), amount(), "edited"));
      } else {
        int i2 = random.nextInt(entries.size());
        entries.set(i2, entry(entries.get(i2).id()));
      }
    }
    if (random.nextBoolean()) {
      java.util.Collections.shuffle(entries, random);
    }
    return new LogContents(entries, deleted);
  }

  private Entry entry(String id) {
    return new Entry(
        id, HABITS[random.nextInt(HABITS.length)], LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60)), at(),
        amount(), random.nextInt(5) == 0 ? "note " + random.nextInt(3) : null);
  }

  private Amount amount() {
    return switch (random.nextInt(4)) {
      case 0 -> new Amount.Time(Duration.ofMinutes(1 + random.nextInt(60)));
      case 3 -> random.nextBoolean() ? Amount.Programme.start(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(60))) : Amount.Programme.stop();
      case 1 -> new Amount.Count(1 + random.nextInt(3));
      default -> new Amount.Items(List.of("kale", "oats").subList(0, 1 + random.nextInt(2)));
    };
  }

  /** A time within two months, in whole minutes with a random offset, so that ties happen. */
  private OffsetDateTime at() {
    ZoneOffset offset = ZoneOffset.ofHours(random.nextInt(5) - 2);
    return START.plusMinutes(random.nextInt(60 * 24 * 60)).withOffsetSameInstant(offset);
  }

  private String id() {
    return "e" + Integer.toString(serial++, 36) + Integer.toString(random.nextInt(1296), 36);
  }
}
