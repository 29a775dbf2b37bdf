package dev.steady.store;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.steady.failure.Failure;
import dev.steady.habit.Entry;
import dev.steady.json.Json;
import dev.steady.json.JsonOut;
import dev.steady.json.Node;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The log: one JSON document with a schema version and the entries. Reads need no lock, because every write
 * replaces the file in one atomic rename; writes take an exclusive lock on a lock file beside the log, re-read
 * under it, and write a temp file that is fsynced before it replaces the log. A log that does not parse is
 * never written over; a log of a newer version is read but never written.
 */
public final class LogFile {
  public static final int VERSION = 1;
  private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIR_MODE = PosixFilePermissions.fromString("rwx------");

  private final Path file;
  private final long lockTimeoutMillis;

  /** What a change does to the entries, and what it tells the caller. */
  public record Change<T>(List<Entry> entries, T result) {}

  public LogFile(Path file) {
    this(file, 10_000);
  }

  public LogFile(Path file, long lockTimeoutMillis) {
    this.file = file;
    this.lockTimeoutMillis = lockTimeoutMillis;
  }

  public Path path() {
    return file;
  }

  /** The log's entries in the order they were recorded; a missing log is an empty one. */
  public List<Entry> entries() {
    return read().entries();
  }

  private record Contents(int version, List<Entry> entries) {}

  private Contents read() {
    if (!Files.exists(file)) {
      return new Contents(VERSION, List.of());
    }
    Node doc = Json.read(file);
    if (doc.isArray()) {
      return new Contents(0, EntryCodec.readAll(doc.elements(), true));
    }
    long version = doc.get("version").whole();
    if (version < 1) {
      throw doc.get("version").invalid("expected a version of 1 or more, found " + version);
    }
    boolean strict = version <= VERSION;
    if (strict) {
      doc.only(Set.of("version", "entries"));
    }
    return new Contents((int) Math.min(version, Integer.MAX_VALUE), EntryCodec.readAll(doc.get("entries").elements(), strict));
  }

  public void append(Entry entry) {
    change(
        entries -> {
          List<Entry> next = new ArrayList<>(entries);
          next.add(entry);
          return new Change<>(next, null);
        });
  }

  /** Removes the entry recorded last, if there is one. */
  public Optional<Entry> removeLast() {
    return change(
        entries -> {
          if (entries.isEmpty()) {
            return new Change<>(entries, Optional.<Entry>empty());
          }
          return new Change<>(entries.subList(0, entries.size() - 1), Optional.of(entries.get(entries.size() - 1)));
        });
  }

  /** Applies {@code edit} to the entries as they are on disk under the lock, and writes the result. */
  public <T> T change(Function<List<Entry>, Change<T>> edit) {
    createParent();
    Path lockPath = file.resolveSibling(file.getFileName() + ".lock");
    try (FileChannel lockChannel = openLock(lockPath);
        FileLock lock = acquire(lockChannel, lockPath)) {
      Contents now = read();
      if (now.version() > VERSION) {
        throw Failure.invalidData(
            file + ": the log is version " + now.version() + ", newer than this steady (" + VERSION
                + ") can write; it was left unchanged: update steady");
      }
      Change<T> change = edit.apply(now.entries());
      if (now.version() < VERSION && Files.exists(file)) {
        Path backup = file.resolveSibling(file.getFileName() + ".v" + now.version() + ".bak");
        Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      }
      writeAtomically(render(change.entries()));
      return change.result();
    } catch (IOException e) {
      throw ioFailure(e);
    }
  }

  private Failure ioFailure(IOException e) {
    String why = e instanceof AccessDeniedException ? "permission denied"
        : e instanceof NoSuchFileException ? "no such file or folder"
        : e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
        : e.getMessage();
    return Failure.io(file + ": cannot write the log (" + why + ")", e);
  }

  private void createParent() {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      try {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_MODE));
      } catch (IOException e) {
        throw ioFailure(e);
      }
    }
  }

  private static FileChannel openLock(Path lockPath) throws IOException {
    if (!Files.exists(lockPath)) {
      try {
        Files.createFile(lockPath, fileMode());
      } catch (java.nio.file.FileAlreadyExistsException raced) {
        // another process created it first; either way it exists now
      }
    }
    return FileChannel.open(lockPath, StandardOpenOption.WRITE);
  }

  private FileLock acquire(FileChannel channel, Path lockPath) throws IOException {
    long deadline = System.nanoTime() + lockTimeoutMillis * 1_000_000;
    while (true) {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() >= deadline) {
        throw Failure.busy(
            file + ": the log is busy: another steady process has held " + lockPath.getFileName()
                + " for over " + lockTimeoutMillis / 1000 + " s; try again");
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw Failure.busy(file + ": interrupted while waiting for the log's lock; nothing was written");
      }
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> fileMode() {
    return PosixFilePermissions.asFileAttribute(FILE_MODE);
  }

  static String render(List<Entry> entries) {
    StringWriter out = new StringWriter(entries.size() * 200 + 64);
    try (JsonGenerator g = JsonOut.to(out)) {
      g.writeStartObject();
      g.writeNumberField("version", VERSION);
      g.writeArrayFieldStart("entries");
      for (Entry e : entries) {
        EntryCodec.write(g, e);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.append('\n').toString();
  }

  private void writeAtomically(String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp", fileMode());
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
        while (bytes.hasRemaining()) {
          ch.write(bytes);
        }
        ch.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      syncFolder(dir);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Makes the rename itself durable; not every file system lets a folder be opened, which is harmless. */
  private static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException ignored) {
      // the data is already safe in the renamed file; only the rename's durability is best effort here
    }
  }

}
