package dev.steady.store;

import dev.steady.failure.Failure;
import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import dev.steady.json.FileBytes;
import dev.steady.json.PrettyJson;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The log: one JSON document holding every entry, pretty-printed with two-space indentation so that a person
 * can read and diff it.
 *
 * <p>Its versions:
 *
 * <ul>
 *   <li>2, written now: {@code {"version": 2, "entries": [...], "deleted": [...]}}, each entry as {@link
 *       EntryCodec} describes, and a tombstone {@code {"id", "deletedAt"}} for each entry deleted;
 *   <li>1: the same without {@code deleted} (a steady of that version refuses the field, so the version says
 *       it is there);
 *   <li>0, the first drafts: a bare JSON array of the same entries, with no version field.
 * </ul>
 *
 * <p>An older log is read as it is and migrated by the next write, which first keeps a copy of it beside it
 * as {@code log.json.v0.bak} (a copy of another old log goes to {@code log.json.v0.1.bak} and so on, so that
 * no copy is ever replaced, and a failed migration tried again adds none). A
 * newer log is read, passing over fields this version does not know, but never written: a write fails with
 * exit 65 and leaves it as it is.
 *
 * <p>Reads take no lock, because every write replaces the file with one atomic rename ({@link AtomicFile}):
 * a reader sees one whole version or the next. Every write takes the exclusive lock on {@code log.json.lock}
 * ({@link LogLock}) and re-reads the log under it, so an entry another process wrote meanwhile is never lost.
 * A log that does not parse or validate is never written over (exit 65, naming file, line and column); a lock
 * held by another process past the timeout is exit 75; an I/O error is exit 74 and leaves no temp file.
 * Files are created readable by their owner only, folders 0700; a write keeps the owner, group and mode the
 * log had. A log that is a symbolic link is written through it, with the lock and the temp file beside the
 * file it points to. A log that is no regular file (a folder, FIFO or device) is 74 at once, and one over
 * {@link #MAX_BYTES} is 65 without being read ({@link FileBytes}).
 */
public final class LogFile {
  public static final int VERSION = 2;
  /** How long a writer waits for another process to let go of the log, as PRODUCT.md gives it. */
  public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
  /**
   * The largest log steady reads: 64 MiB, some 300 000 entries, a century of daily habits. A larger file is
   * refused (65) before it is read, so that it cannot fill the memory.
   */
  public static final long MAX_BYTES = 64L << 20;

  private final Path file;
  private final Duration lockTimeout;
  private final CacheFile lastWrite;
  private final long minStampBytes;

  /** What a change does to the log, and what it tells the caller. */
  public record Change<T>(LogContents log, T result) {}

  public LogFile(Path file) {
    this(file, null, LOCK_TIMEOUT, 0);
  }

  /** A log whose writers wait at most {@code lockTimeout} for the lock (tests use a short one). */
  public LogFile(Path file, Duration lockTimeout) {
    this(file, null, lockTimeout, 0);
  }

  /**
   * A log whose writes keep what they wrote in {@code lastWrite} (in the cache folder; null for none), so that the
   * next {@link #append} can add its entry without reading the log whole ({@link LastWrite}): once the log is as
   * long as one worth the cache of closed weeks. A shorter log is rendered as quickly, and no cache folder is made
   * for it (a home kept in git or synced stays as it was).
   */
  public LogFile(Path file, Path lastWrite, Duration lockTimeout) {
    this(file, lastWrite, lockTimeout, ClosedWeeksCache.MIN_LOG_BYTES);
  }

  /** As {@link #LogFile(Path, Path, Duration)}, keeping the stamp of logs of {@code minStampBytes} or more. */
  LogFile(Path file, Path lastWrite, Duration lockTimeout, long minStampBytes) {
    this.file = file;
    this.lockTimeout = lockTimeout;
    this.lastWrite = lastWrite == null ? null : new CacheFile(lastWrite, file, LastWrite.MAX_BYTES);
    this.minStampBytes = minStampBytes;
  }

  public Path path() {
    return file;
  }

  /** The log's entries in the order they were recorded; a missing log is an empty one. */
  public List<Entry> entries() {
    return contents().entries();
  }

  /** The log's entries and tombstones; a missing log is an empty one. */
  public LogContents contents() {
    byte[] bytes = bytes();
    return bytes == null ? LogContents.EMPTY : LogReader.read(bytes, file.toString()).log();
  }

  /**
   * Another copy of the log (a conflict copy, the other side of a git merge, an export) as {@code merge} takes
   * it: its contents, and the settings an export carries (the bytes of the JSON object, else null). A copy
   * that does not parse, or of a newer version than this steady writes (which may hold what this version
   * would drop), is invalid data (65); one that cannot be read is an I/O error (74).
   */
  public static Copy readCopy(Path file) {
    byte[] bytes;
    try {
      bytes = FileBytes.read(file, MAX_BYTES, "the copy of the log");
    } catch (IOException e) {
      throw Failure.io(file + ": cannot read (" + FileBytes.reason(e) + ")", e);
    }
    if (bytes == null) {
      throw Failure.io(file + ": no such file", null);
    }
    LogReader.Copy copy = LogReader.readCopy(bytes, file.toString());
    if (copy.version() > VERSION) {
      throw Failure.invalidData(file + ": the log is version " + copy.version() + ", newer than this steady reads ("
          + VERSION + "): update steady to merge it");
    }
    return new Copy(copy.log(), copy.settings());
  }

  /** A copy of the log as {@link #readCopy} gives it. */
  public record Copy(LogContents log, byte[] settings) {}

  /** The bytes of a log holding {@code log}, as it is written (an export adds the settings). */
  public static byte[] bytesOf(LogContents log, String settings) {
    return render(log, settings);
  }

  public void append(Entry entry) {
    change(log -> new Change<>(log.plus(entry), null), entry);
  }

  /** Removes the entry recorded last, if there is one, leaving a tombstone dated {@code at}. */
  public Optional<Entry> removeLast(OffsetDateTime at) {
    return change(
        log -> {
          List<Entry> entries = log.entries();
          if (entries.isEmpty()) {
            return new Change<>(log, Optional.<Entry>empty());
          }
          Entry last = entries.get(entries.size() - 1);
          return new Change<>(log.minus(List.of(last), at), Optional.of(last));
        });
  }

  /**
   * Applies {@code edit} to the log as it is on disk under the lock, and writes the result, unless {@code edit}
   * returned the very contents it was given (and the log is of this version). A change that
   * leaves a missing log empty creates nothing, not even the folder; {@code edit} may then run twice, so it
   * must do nothing but compute.
   */
  public <T> T change(Function<LogContents, Change<T>> edit) {
    return change(edit, null);
  }

  /** As {@link #change(Function)}; {@code appended}, when given, is the one entry {@code edit} adds and all it does. */
  private <T> T change(Function<LogContents, Change<T>> edit, Entry appended) {
    if (Files.notExists(file)) {
      Change<T> onEmpty = edit.apply(LogContents.EMPTY);
      if (onEmpty.log().entries().isEmpty() && onEmpty.log().deleted().isEmpty()) {
        return onEmpty.result();
      }
    }
    try {
      Path target = AtomicFile.target(file);
      // steady makes its own folders, never the one a symbolic link points into (a dangling link is an error)
      if (target.equals(file)) {
        createFolder(target);
      }
      EarlyRead early = new EarlyRead(file, lastWrite, appended != null);
      try (LogLock lock = LogLock.take(target, lockTimeout)) {
        return changeLocked(target, edit, early, appended);
      }
    } catch (IOException e) {
      throw cannot("write", e);
    }
  }

  private <T> T changeLocked(Path target, Function<LogContents, Change<T>> edit, EarlyRead early, Entry appended)
      throws IOException {
    AtomicFile.removeLeftovers(target);
    byte[] before = bytes();
    LastWrite last = early.lastWrite();
    if (appended != null && before != null && last != null && last.describes(before)) {
      write(target, last.plus(before, render(new LogContents(List.of(appended), List.of()))));
      return null; // what an append tells its caller
    }
    LogReader.Contents now = before == null ? LogReader.Contents.EMPTY : early.of(before);
    if (now.version() > VERSION) {
      throw Failure.invalidData(
          file + ": the log is version " + now.version() + ", newer than this steady writes (" + VERSION
              + "); it was left unchanged: update steady to write to it");
    }
    Change<T> change = edit.apply(now.log());
    if (change.log() == now.log() && now.version() == VERSION) {
      return change.result(); // the very log read: nothing to write
    }
    byte[] after = render(change.log());
    if (before != null && now.version() < VERSION) {
      backUp(target, now.version(), before);
    }
    write(target, after);
    return change.result();
  }

  /** Replaces the log with {@code after}, and keeps what it wrote for the next append. */
  private void write(Path target, byte[] after) throws IOException {
    AtomicFile.replace(target, after, target);
    if (lastWrite != null && after.length >= minStampBytes) {
      LastWrite written = LastWrite.of(after);
      if (written != null) {
        written.write(lastWrite);
      }
    }
  }

  /**
   * Keeps a copy of a version-{@code v} log before it is migrated: {@code log.json.v0.bak}, or when that holds
   * another log, {@code log.json.v0.1.bak} and so on. A copy of these very bytes, left by a migration that
   * failed, is kept as it is, so however often a migration fails there is one copy (and a retry on a nearly
   * full disk needs no room for another).
   */
  private static void backUp(Path log, int v, byte[] bytes) throws IOException {
    String base = log.getFileName() + ".v" + v;
    for (int n = 0; ; n++) {
      Path backup = log.resolveSibling(n == 0 ? base + ".bak" : base + "." + n + ".bak");
      if (!Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
        AtomicFile.replace(backup, bytes, log);
        return;
      }
      if (Files.isRegularFile(backup, LinkOption.NOFOLLOW_LINKS)
          && Files.size(backup) == bytes.length
          && Arrays.equals(Files.readAllBytes(backup), bytes)) {
        return;
      }
    }
  }

  /**
   * The log read and parsed on a second thread while the writer waits for the lock, which costs a cold start
   * some 25 ms (the flock(1) child). What it parsed is used only when the bytes read under the lock are the very
   * bytes it read; otherwise, and on any failure, they are parsed again, so the outcome is that of reading under
   * the lock alone. An append also reads the stamp of the last write here, and parses nothing when it describes
   * the log.
   */
  private static final class EarlyRead {
    private final Path file;
    private final CacheFile stamp;
    private final boolean appending;
    private final Thread thread;
    private byte[] bytes;
    private LogReader.Contents contents;
    private LastWrite lastWrite;

    EarlyRead(Path file, CacheFile stamp, boolean appending) {
      this.file = file;
      this.stamp = stamp;
      this.appending = appending;
      thread = new Thread(this::read, "steady-early-read");
      thread.setDaemon(true);
      thread.start();
    }

    private void read() {
      try {
        lastWrite = stamp == null ? null : LastWrite.read(stamp);
        byte[] read = FileBytes.read(file, MAX_BYTES, "the log");
        if (read != null && !(appending && lastWrite != null && lastWrite.describes(read))) {
          contents = LogReader.read(read, file.toString());
          bytes = read;
        }
      } catch (IOException | RuntimeException e) {
        // read again under the lock, which words any failure
      }
    }

    /** The log {@code now} holds: parsed on the second thread when it read the same bytes, else here. */
    LogReader.Contents of(byte[] now) {
      return done() && Arrays.equals(bytes, now) ? contents : LogReader.read(now, file.toString());
    }

    /** What the last write kept of the log, if anything (an append whose log it describes needs no parse). */
    LastWrite lastWrite() {
      return done() ? lastWrite : null;
    }

    private boolean done() {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return !thread.isAlive();
    }
  }

  /** The log's bytes, or null when there is no log. */
  byte[] bytes() {
    try {
      return FileBytes.read(file, MAX_BYTES, "the log");
    } catch (IOException e) {
      throw cannot("read", e);
    }
  }

  private static void createFolder(Path target) throws IOException {
    Path folder = target.getParent();
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder, AtomicFile.OWNER_ONLY_FOLDER);
    }
  }

  static byte[] render(LogContents log) {
    return render(log, null);
  }

  private static byte[] render(LogContents log, String settings) {
    PrettyJson out = new PrettyJson(log.entries().size() * 200 + log.deleted().size() * 80 + 64);
    out.startObject();
    out.field("version", VERSION);
    if (settings != null) {
      out.raw("settings", settings.replace("\n", "\n  "));
    }
    out.startArray("entries");
    for (Entry e : log.entries()) {
      EntryCodec.write(out, e);
    }
    out.endArray();
    out.startArray("deleted");
    for (Tombstone t : log.deleted()) {
      out.startObject();
      out.field("id", t.id());
      out.field("deletedAt", IsoText.format(t.deletedAt()));
      out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.newline().bytes();
  }


  /** An I/O error as one line: what could not be done, and why, naming the file at fault if not the log. */
  private Failure cannot(String doing, IOException e) {
    return Failure.io(file + ": cannot " + doing + " the log (" + FileBytes.dangling(file).orElseGet(() -> reason(e)) + ")", e);
  }

  private String reason(IOException e) {
    String why = FileBytes.reason(e);
    return e instanceof FileSystemException fs && !(e instanceof FileAlreadyExistsException) ? why + where(fs.getFile()) : why;
  }

  /** Where a file-system error happened, when that is not the log itself; a temp file is named by its folder. */
  private String where(String failed) {
    if (failed == null) {
      return "";
    }
    Path at = Path.of(failed).toAbsolutePath();
    Path log = file.toAbsolutePath();
    if (at.equals(log)) {
      return "";
    }
    return at.getParent() != null && at.getParent().equals(log.getParent()) && at.getFileName().toString().startsWith(".")
        ? " in " + at.getParent()
        : ": " + at;
  }
}
