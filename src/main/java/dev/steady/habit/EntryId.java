package dev.steady.habit;

import dev.steady.failure.Failure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stable entry ids: the recording time in base 36, then random digits, so ids sort roughly by time. People
 * name an entry by a prefix of its id, as {@code history} shows it: the shortest one no other entry shares.
 */
public final class EntryId {
  /** Shorter prefixes than this would be taken for something else than an id (a count, a word). */
  static final int MIN_SHOWN = 4;

  private EntryId() {}

  public static String next(Instant at) {
    String time = Long.toString(at.toEpochMilli(), 36);
    String random = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
    return (time + "0000".substring(random.length()) + random).toLowerCase(Locale.ROOT);
  }

  /**
   * Each entry's shortest id prefix that no other entry's id begins with (at least {@value #MIN_SHOWN}
   * characters, or the whole id), by id.
   */
  public static Map<String, String> shortest(List<Entry> entries) {
    String[] ids = entries.stream().map(Entry::id).distinct().sorted().toArray(String[]::new);
    Map<String, String> shown = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      int shared = Math.max(i > 0 ? common(ids[i - 1], ids[i]) : 0, i + 1 < ids.length ? common(ids[i], ids[i + 1]) : 0);
      shown.put(ids[i], ids[i].substring(0, Math.min(ids[i].length(), Math.max(MIN_SHOWN, shared + 1))));
    }
    return shown;
  }

  private static int common(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /**
   * The entry whose id is {@code prefix} or, failing that, the one entry whose id begins with it; a usage
   * failure when none or several do (naming them), or when the entry was deleted.
   */
  public static Entry find(List<Entry> entries, List<Tombstone> deleted, String prefix) {
    List<Entry> matching = new ArrayList<>(2);
    for (Entry e : entries) {
      if (e.id().equals(prefix)) {
        return e;
      }
      if (!prefix.isEmpty() && e.id().startsWith(prefix)) {
        matching.add(e);
      }
    }
    if (matching.size() == 1) {
      return matching.get(0);
    }
    if (matching.isEmpty()) {
      String gone = deleted.stream().filter(t -> t.id().startsWith(prefix) && !prefix.isEmpty()).findFirst()
          .map(t -> " (it was deleted at " + t.deletedAt() + ")").orElse("");
      throw Failure.usage("no entry has the id \"" + prefix + "\"" + gone + "; see 'steady history'");
    }
    String[] ids = matching.stream().map(Entry::id).sorted().limit(5).toArray(String[]::new);
    throw Failure.usage("the id \"" + prefix + "\" is ambiguous: " + Words.plural(matching.size(), "entry begins", "entries begin") + " with it ("
        + String.join(", ", Arrays.asList(ids)) + (matching.size() > 5 ? ", …" : "") + "); give more of it");
  }
}
