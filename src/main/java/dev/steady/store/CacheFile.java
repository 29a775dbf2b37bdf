package dev.steady.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;

/**
 * A file in steady's cache folder that only saves time and is never precious: read only when it is a regular
 * file (not a link) of the log's owner and no larger than it may be; written atomically (a temp file renamed
 * over it) with the log's owner, group and mode, so that a run as root leaves nothing the user cannot replace,
 * and never failing a command: a write that cannot be made is left out without a word. It takes no lock, so
 * it holds nothing a torn or stale copy could make wrong; its reader checks what it reads.
 */
final class CacheFile {
  private final Path file;
  private final Path log;
  private final long maxBytes;

  /** {@code file}, kept for the log {@code log}, read when at most {@code maxBytes} long. */
  CacheFile(Path file, Path log, long maxBytes) {
    this.file = file;
    this.log = log;
    this.maxBytes = maxBytes;
  }

  /** Its bytes, or null when there is none fit to read. */
  byte[] read() throws IOException {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (!a.isRegularFile() || a.size() > maxBytes || !sameOwner()) {
      return null;
    }
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer buffer = ByteBuffer.allocate((int) a.size());
      while (buffer.hasRemaining() && in.read(buffer) >= 0) {
        // until full or the end
      }
      return buffer.hasRemaining() ? null : buffer.array();
    }
  }

  private boolean sameOwner() throws IOException {
    Object mine = Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    return mine.equals(Files.getAttribute(log, "unix:uid"));
  }

  /** Replaces it with {@code bytes}, or leaves it as it is when that cannot be done. */
  void write(byte[] bytes) {
    Path temp = null;
    try {
      Path logFile = AtomicFile.target(log);
      Path folder = file.toAbsolutePath().getParent();
      makeFolders(folder, logFile);
      removeLeftovers(folder);
      // a name of its own without Files.createTempFile, whose SecureRandom costs a cold start tens of milliseconds
      temp = folder.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
      try (FileChannel out = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
          AtomicFile.OWNER_ONLY)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
      }
      AtomicFile.keepOwnership(temp, logFile, folder);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
    } catch (IOException | RuntimeException e) {
      // never precious: the next run does without it and tries again
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // as above
        }
      }
    }
  }

  /** Deletes the temp files of writes whose process is gone (killed mid-write). */
  private void removeLeftovers(Path folder) throws IOException {
    String prefix = "." + file.getFileName() + ".";
    try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, p -> p.getFileName().toString().startsWith(prefix))) {
      for (Path temp : temps) {
        String[] parts = temp.getFileName().toString().substring(prefix.length()).split("\\.");
        if (parts.length == 3 && parts[2].equals("tmp") && parts[0].matches("[0-9]{1,18}")
            && ProcessHandle.of(Long.parseLong(parts[0])).isEmpty()) {
          Files.deleteIfExists(temp);
        }
      }
    }
  }

  /** Makes the missing folders up to {@code folder}, 0700, each owned as the log's folder is. */
  private static void makeFolders(Path folder, Path logFile) throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    makeFolders(folder.getParent(), logFile);
    Files.createDirectory(folder, AtomicFile.OWNER_ONLY_FOLDER);
    Map<String, Object> owner = Files.readAttributes(logFile.getParent(), "unix:uid,gid");
    Map<String, Object> now = Files.readAttributes(folder, "unix:uid,gid");
    if (!now.equals(owner)) {
      Files.setAttribute(folder, "unix:uid", owner.get("uid"));
      Files.setAttribute(folder, "unix:gid", owner.get("gid"));
    }
  }
}
