package dev.steady.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * What steady's last write left in the log, kept in the cache folder so that the next {@code log} need neither
 * parse the log nor render it again (on a cold start some 60 ms for a one-year log): the bytes' length and two
 * checksums, and where the entries end in them. When the log holds those very bytes, they are a log this version
 * wrote, and so read as valid when it wrote them: an entry is added by putting its text where the entries end,
 * which makes byte for byte what rendering the longer log makes. Anything else (no stamp, a log edited by hand or
 * written by another version, one without entries yet) is read and written whole, as before.
 *
 * <p>It names bytes, not a file, so a stale or foreign stamp can only fail to match: it is never precious. Only
 * a log long enough for the cache of closed weeks keeps one ({@link LogFile#LogFile(java.nio.file.Path,
 * java.nio.file.Path, java.time.Duration)}).
 */
record LastWrite(int length, long crc, long adler, int entriesEnd) {
  private static final String MAGIC = "steady last write 1";
  /** How a log of this version begins, up to its entries. */
  private static final byte[] START = ascii("{\n  \"version\": " + LogFile.VERSION + ",\n  \"entries\": [");
  /**
   * Where its entries end: a new line is written only between values (a string's own is escaped), and only the
   * entries' closing bracket is followed by the tombstones, so this is found once in a log.
   */
  private static final byte[] END = ascii("\n  ],\n  \"deleted\": ");
  /** The largest stamp read: one is under a hundred bytes. */
  static final long MAX_BYTES = 256;

  /** The stamp of {@code bytes} as written, or null when an entry cannot be put in them (there are none yet). */
  static LastWrite of(byte[] bytes) {
    int end = entriesEnd(bytes);
    return end < 0 ? null : new LastWrite(bytes.length, crc(bytes), adler(bytes), end);
  }

  /** Where the entries of a log of this version end in {@code bytes}; -1 when it has none, or is no such log. */
  private static int entriesEnd(byte[] bytes) {
    if (!at(bytes, 0, START) || bytes.length <= START.length || bytes[START.length] != '\n') {
      return -1;
    }
    for (int end = bytes.length - END.length; end > START.length; end--) {
      if (at(bytes, end, END)) {
        return end;
      }
    }
    return -1;
  }

  /** Whether {@code bytes} are the very bytes this stamp was made of. */
  boolean describes(byte[] bytes) {
    return bytes.length == length && at(bytes, entriesEnd, END) && crc(bytes) == crc && adler(bytes) == adler;
  }

  /**
   * The log's bytes with one more entry: {@code log}, which this stamp describes, with the entry of {@code alone}
   * (the bytes of a log holding that entry alone) put after its last one.
   */
  byte[] plus(byte[] log, byte[] alone) {
    int from = START.length;
    int to = entriesEnd(alone);
    byte[] next = new byte[log.length + 1 + to - from];
    System.arraycopy(log, 0, next, 0, entriesEnd);
    next[entriesEnd] = ',';
    System.arraycopy(alone, from, next, entriesEnd + 1, to - from);
    System.arraycopy(log, entriesEnd, next, entriesEnd + 1 + to - from, log.length - entriesEnd);
    return next;
  }

  /** The stamp kept in {@code file}, or null when there is none fit to use. */
  static LastWrite read(CacheFile file) {
    try {
      byte[] bytes = file.read();
      if (bytes == null) {
        return null;
      }
      String[] lines = new String(bytes, StandardCharsets.US_ASCII).split("\n", -1);
      if (lines.length != 3 || !lines[0].equals(MAGIC) || !lines[2].isEmpty()) {
        return null;
      }
      String[] n = lines[1].split(" ", -1);
      return n.length == 4
          ? new LastWrite(Integer.parseInt(n[0]), Long.parseLong(n[1]), Long.parseLong(n[2]), Integer.parseInt(n[3]))
          : null;
    } catch (IOException | RuntimeException e) {
      return null; // never precious: the log is read whole
    }
  }

  /** Keeps this stamp in {@code file}, or leaves it out when it cannot. */
  void write(CacheFile file) {
    file.write(ascii(MAGIC + "\n" + length + " " + crc + " " + adler + " " + entriesEnd + "\n"));
  }

  private static boolean at(byte[] bytes, int offset, byte[] part) {
    return offset >= 0
        && offset + part.length <= bytes.length
        && Arrays.equals(bytes, offset, offset + part.length, part, 0, part.length);
  }

  private static long crc(byte[] bytes) {
    CRC32 sum = new CRC32();
    sum.update(bytes);
    return sum.getValue();
  }

  private static long adler(byte[] bytes) {
    Adler32 sum = new Adler32();
    sum.update(bytes);
    return sum.getValue();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
