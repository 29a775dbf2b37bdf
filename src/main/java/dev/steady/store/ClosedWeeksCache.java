package dev.steady.store;

import dev.steady.habit.ClosedWeeks;
import dev.steady.habit.Entry;
import dev.steady.habit.HabitLog;
import dev.steady.habit.Settings;
import dev.steady.json.FileBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * The cache of a long log's closed weeks, so that {@code due}, {@code streaks}, {@code why} and {@code week}
 * need not read and walk years of entries on every run: it keeps what the weeks up to about {@value #KEEP_DAYS} days ago
 * add up to ({@link ClosedWeeks}), and where in the log's bytes the later entries lie. When the log is the very
 * file the cache was made from (device, inode, size and times of change), a run reads only those entries; when
 * it is another that begins with the bytes the cache was made from (their length and two checksums), also what
 * a write appended since; the walk goes on from the closed weeks, and closes more of them as they pass.
 *
 * <p>The cache is never precious. Anything that does not fit (another version of steady, other settings, a log
 * changed other than by appending entries of open weeks, an entry appended for a closed week, a day too early
 * for it, a cache that is corrupt, too big, no regular file, a symbolic link or owned by someone other than the
 * log's owner) means the log is read whole and the cache made again; a cache that cannot be written is left
 * out without a word. It is written atomically (a temp file renamed over it), with the log's owner, group and
 * mode, and never under the log's lock: it is made only by commands that read, and never changes the log. Logs
 * under {@value #MIN_LOG_BYTES} bytes (half a year) are read whole, as that is as quick.
 */
public final class ClosedWeeksCache {
  /**
   * The smallest log worth a cache: 256 KiB, some half a year of seven entries a day. A one-year log read from
   * the cache makes {@code due} and {@code streaks} some 10 ms quicker on a cold start (bench/startup.sh).
   */
  public static final long MIN_LOG_BYTES = 1L << 18;
  /**
   * The cache closes the weeks before the week of this many days ago (or earlier, as a review needs), and closes
   * more as they pass: so it serves {@code streaks}, {@code why} and last week's {@code week} alike, and a run
   * reads the entries of some seven weeks.
   */
  static final int KEEP_DAYS = 49;
  /** The largest cache read; anything larger is not one steady wrote. */
  static final long MAX_BYTES = 16L << 20;
  /** The cache's own format; a change to what it holds, or to the walk whose state it keeps, raises it. */
  static final int FORMAT = 1;
  private static final String MAGIC = "steady closed weeks";

  /** Where the last {@link #read} found the log: what the tests and the bench check the cache by. */
  enum Source {
    /** A log too short for the cache, read whole. */
    SHORT,
    /** The file the cache was made from: only the entries since the closed weeks read. */
    UNCHANGED,
    /** The bytes the cache was made from and entries appended: those and the later entries read. */
    APPENDED,
    /** Read whole, and the cache made again. */
    WHOLE
  }

  private final CacheFile stored;
  private final LogFile log;
  private final long minLogBytes;
  private Source source;

  public ClosedWeeksCache(Path file, LogFile log) {
    this(file, log, MIN_LOG_BYTES);
  }

  /** A cache for logs of at least {@code minLogBytes} bytes (tests use small logs). */
  public ClosedWeeksCache(Path file, LogFile log, long minLogBytes) {
    this.stored = new CacheFile(file, log.path(), MAX_BYTES);
    this.log = log;
    this.minLogBytes = minLogBytes;
  }

  /**
   * The log as the reviews read it, serving a review on {@code today} whose earliest day is {@code earliest}:
   * from the cache when it fits, else from the whole log (and the cache is made again). A log that cannot be
   * read or does not parse fails as {@link LogFile#entries} does.
   */
  public HabitLog read(Settings settings, LocalDate today, LocalDate earliest) {
    if (size(log.path()) < minLogBytes) {
      source = Source.SHORT;
      return HabitLog.of(log.entries()); // a short log: no cache, and not a step more than before
    }
    String key = key(settings);
    LocalDate wanted = settings.weekOf(Collections.min(List.of(earliest, today.minusDays(KEEP_DAYS))));
    Contents cache = loaded(key, earliest);
    HabitLog cached = cache == null ? null : cached(cache, settings, wanted);
    if (cached != null) {
      return cached;
    }
    String before = identity(log.path());
    byte[] bytes = log.bytes();
    source = Source.SHORT;
    if (bytes == null) {
      return HabitLog.of(List.of());
    }
    String name = log.path().toString();
    if (bytes.length < minLogBytes) {
      return HabitLog.of(LogReader.read(bytes, name).entries());
    }
    String after = identity(log.path());
    String identity = before != null && before.equals(after) ? after : "";
    source = Source.WHOLE;
    LogReader.Laid laid = LogReader.readLaid(bytes, name);
    Later all = new Later(laid.contents().entries(), laid.layout().starts());
    HabitLog log = HabitLog.of(all.entries()).closedTo(settings, wanted);
    if (laid.layout().resumable()) {
      Sums sums = new Sums();
      sums.update(bytes, 0, laid.layout().end());
      write(new Contents(key, identity, laid.layout().end(), sums.crc(), sums.adler(), all.from(wanted).starts(), log.closed()));
    }
    return log;
  }

  Source source() {
    return source;
  }

  /** What the cache holds: see {@link #read}. {@code starts}: where the entries since the closed weeks begin. */
  record Contents(String key, String identity, int end, long crc, long adler, int[] starts, ClosedWeeks closed) {}

  /** Entries of the log and where each begins in its bytes. */
  private record Later(List<Entry> entries, int[] starts) {
    /** Those of {@code boundary} and later. */
    Later from(LocalDate boundary) {
      List<Entry> later = new ArrayList<>();
      int[] at = new int[starts.length];
      for (int i = 0; i < entries.size(); i++) {
        if (!entries.get(i).date().isBefore(boundary)) {
          at[later.size()] = starts[i];
          later.add(entries.get(i));
        }
      }
      return new Later(later, Arrays.copyOf(at, later.size()));
    }
  }

  /** The cache when it is of these settings and this build and serves {@code earliest}, else null. */
  private Contents loaded(String key, LocalDate earliest) {
    try {
      Contents c = load();
      return c != null && c.key().equals(key) && !c.closed().boundary().isAfter(earliest) ? c : null;
    } catch (IOException | RuntimeException e) {
      return null; // never precious: the log is read whole instead
    }
  }

  /**
   * The log from the cache {@code c}: when the log is the very file the cache was made from (the same device,
   * inode, size and times of change, before and after reading), only its bytes from the first entry since the
   * closed weeks on are read; when it is another file that begins with the bytes the cache was made from (their
   * two checksums agree) and what follows adds only entries of open weeks, as {@code log} and {@code breathe}
   * append them, those bytes are checked a slice at a time, never held whole (a cold start pays for every page
   * of fresh memory it touches), and the entries appended read too. Null when neither holds.
   */
  private HabitLog cached(Contents c, Settings settings, LocalDate wanted) {
    try {
      Path path = log.path();
      String before = identity(path);
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      if (before == null || !a.isRegularFile() || a.size() > LogFile.MAX_BYTES || c.end() > a.size()) {
        return null;
      }
      boolean unchanged = before.equals(c.identity());
      int from = c.end();
      for (int start : c.starts()) {
        from = Math.min(from, start);
      }
      Sums sums = new Sums();
      byte[] part = new byte[(int) a.size() - from];
      try (FileChannel in = FileChannel.open(path, StandardOpenOption.READ)) {
        if (!unchanged) {
          byte[] slice = new byte[1 << 16];
          for (int at = 0; at < from; ) {
            int n = in.read(ByteBuffer.wrap(slice, 0, Math.min(slice.length, from - at)));
            if (n < 0) {
              return null;
            }
            sums.update(slice, 0, n);
            at += n;
          }
        }
        in.position(from);
        if (FileBytes.fill(in, part, 0) != part.length) {
          return null;
        }
      }
      String after = identity(path);
      if (!before.equals(after)) {
        return null; // changed while it was read
      }
      String name = path.toString();
      int[] at = c.starts().clone();
      for (int i = 0; i < at.length; i++) {
        at[i] -= from;
      }
      List<Entry> since = new ArrayList<>(LogReader.entriesAt(part, name, at));
      if (unchanged) {
        source = Source.UNCHANGED;
        return rolled(c, new Later(since, c.starts()), settings, wanted, null);
      }
      sums.update(part, 0, c.end() - from);
      if (sums.crc() != c.crc() || sums.adler() != c.adler()) {
        return null;
      }
      LogReader.Tail tail = LogReader.tail(part, name, c.end() - from);
      for (Entry e : tail.entries()) {
        if (e.date().isBefore(c.closed().boundary())) {
          return null; // a closed week changed
        }
      }
      since.addAll(tail.entries());
      int[] starts = Arrays.copyOf(c.starts(), c.starts().length + tail.starts().length);
      for (int i = 0; i < tail.starts().length; i++) {
        starts[c.starts().length + i] = tail.starts()[i] + from;
      }
      sums.update(part, c.end() - from, tail.end() - (c.end() - from));
      Contents now = new Contents(c.key(), after, tail.end() + from, sums.crc(), sums.adler(), starts, c.closed());
      source = Source.APPENDED;
      return rolled(now, new Later(since, starts), settings, wanted, now);
    } catch (IOException | RuntimeException e) {
      return null; // never precious: the log is read whole instead
    }
  }

  /**
   * The log of the cache {@code c} and the entries since its closed weeks; when weeks before {@code wanted} are
   * still open there, they are closed now and the cache written again, as it is when {@code changed} is given.
   */
  private HabitLog rolled(Contents c, Later since, Settings settings, LocalDate wanted, Contents changed) {
    HabitLog log = new HabitLog(c.closed(), since.entries());
    if (c.closed().boundary().isBefore(wanted)) {
      log = log.closedTo(settings, wanted);
      changed = new Contents(c.key(), c.identity(), c.end(), c.crc(), c.adler(), since.from(wanted).starts(), log.closed());
    }
    if (changed != null) {
      write(changed);
    }
    return log;
  }

  /** The size of {@code file} through links, or -1 when it cannot be told (then it is read as usual). */
  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * Which file {@code file} is, and as it stands: its device and inode, size, and times of change (a write by
   * steady makes a new file; an edit in place changes the times); null when that cannot be told.
   */
  private static String identity(Path file) {
    try {
      Map<String, Object> a = Files.readAttributes(file, "unix:dev,ino,size,lastModifiedTime,ctime");
      return a.get("dev") + ":" + a.get("ino") + ":" + a.get("size") + ":"
          + ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS) + ":"
          + ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * What makes a cache fit besides the log's bytes: this format, this build of steady (whose walk the state is
   * of), and the settings in effect, every value of them.
   */
  private static String key(Settings settings) {
    StringBuilder key = new StringBuilder().append(FORMAT).append('\n').append(program()).append('\n');
    describe(settings, key);
    return key.toString();
  }

  /**
   * Every value of a record, and of the records and lists in it, as a record's own text would name them; read
   * through its components rather than its {@code toString}, whose first call on a cold start costs more than
   * the cache saves.
   */
  private static void describe(Object value, StringBuilder out) {
    if (value instanceof List<?> list) {
      out.append('[');
      for (Object element : list) {
        describe(element, out);
        out.append(',');
      }
      out.append(']');
    } else if (value != null && value.getClass().isRecord()) {
      out.append(value.getClass().getName()).append('(');
      for (java.lang.reflect.RecordComponent c : value.getClass().getRecordComponents()) {
        out.append(c.getName()).append('=');
        try {
          describe(c.getAccessor().invoke(value), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
        out.append(';');
      }
      out.append(')');
    } else {
      out.append(value);
    }
  }

  /**
   * This build of steady and the Java it runs on: the Java's version, and each entry of the class path with its
   * size and time (the launcher's one jar, which a rebuild changes). Read from the class path rather than from a
   * class's code source, whose first use costs a cold start some 15 ms.
   */
  private static String program() {
    StringBuilder id = new StringBuilder()
        .append(System.getProperty("java.vm.version")).append(' ').append(System.getProperty("os.arch")).append('\n');
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      id.append(entry);
      try {
        BasicFileAttributes a = Files.readAttributes(Path.of(entry), BasicFileAttributes.class);
        id.append(' ').append(a.size()).append(' ').append(a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
      } catch (IOException | RuntimeException e) {
        // a missing entry is named alone
      }
      id.append('\n');
    }
    return id.toString();
  }

  /** The cache's contents, or null when there is none fit to read. */
  private Contents load() throws IOException {
    byte[] bytes = stored.read();
    return bytes == null ? null : decode(bytes);
  }

  static byte[] encode(Contents c) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096 + 4 * c.starts().length);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF(MAGIC);
    out.writeInt(FORMAT);
    byte[] key = c.key().getBytes(StandardCharsets.UTF_8);
    out.writeInt(key.length);
    out.write(key);
    out.writeUTF(c.identity());
    out.writeInt(c.end());
    out.writeLong(c.crc());
    out.writeLong(c.adler());
    out.writeInt(c.starts().length);
    for (int start : c.starts()) {
      out.writeInt(start);
    }
    ClosedWeeks closed = c.closed();
    out.writeLong(closed.boundary().toEpochDay());
    out.writeLong(closed.logStart() == null ? Long.MIN_VALUE : closed.logStart().toEpochDay());
    out.writeInt(closed.walks().size());
    for (Map.Entry<String, byte[]> walk : closed.walks().entrySet()) {
      out.writeUTF(walk.getKey());
      out.writeInt(walk.getValue().length);
      out.write(walk.getValue());
      List<String> items = closed.items().getOrDefault(walk.getKey(), List.of());
      out.writeInt(items.size());
      for (String item : items) {
        out.writeUTF(item);
      }
    }
    out.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());
    return bytes.toByteArray();
  }

  /** The contents, or null when the bytes are not a whole cache of this format. */
  static Contents decode(byte[] bytes) throws IOException {
    if (bytes.length < Long.BYTES) {
      return null;
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
      return null;
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES));
    if (!in.readUTF().equals(MAGIC) || in.readInt() != FORMAT) {
      return null;
    }
    String key = new String(in.readNBytes(size(in)), StandardCharsets.UTF_8);
    String identity = in.readUTF();
    int end = in.readInt();
    long sum = in.readLong();
    long adler = in.readLong();
    int[] starts = new int[size(in)];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = in.readInt();
    }
    LocalDate boundary = LocalDate.ofEpochDay(in.readLong());
    long logStart = in.readLong();
    int habits = size(in);
    Map<String, byte[]> walks = new HashMap<>();
    Map<String, List<String>> items = new HashMap<>();
    for (int h = 0; h < habits; h++) {
      String id = in.readUTF();
      walks.put(id, in.readNBytes(size(in)));
      List<String> seen = new ArrayList<>();
      for (int n = size(in); n > 0; n--) {
        seen.add(in.readUTF());
      }
      items.put(id, seen);
    }
    if (in.read() != -1) {
      return null;
    }
    LocalDate start = logStart == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(logStart);
    return new Contents(key, identity, end, sum, adler, starts, new ClosedWeeks(boundary, start, walks, items));
  }

  private static int size(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_BYTES) {
      throw new IOException("not a size: " + n);
    }
    return n;
  }

  /** Writes the cache, or leaves it as it was: see {@link CacheFile#write}. */
  private void write(Contents contents) {
    try {
      stored.write(encode(contents));
    } catch (IOException e) {
      // never precious: the next run reads the log whole and tries again
    }
  }

  private static int[] ints(List<Integer> list) {
    int[] a = new int[list.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = list.get(i);
    }
    return a;
  }

  /** Two checksums of a run of the log's bytes, kept going as the run grows. */
  private static final class Sums {
    private final CRC32 crc = new CRC32();
    private final Adler32 adler = new Adler32();

    void update(byte[] bytes, int from, int length) {
      crc.update(bytes, from, length);
      adler.update(bytes, from, length);
    }

    long crc() {
      return crc.getValue();
    }

    long adler() {
      return adler.getValue();
    }
  }
}
