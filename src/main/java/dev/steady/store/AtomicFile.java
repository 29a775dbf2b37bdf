package dev.steady.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file's bytes all at once: the new bytes go to a temp file in the same folder (a rename is only
 * atomic within one file system), which is flushed to the disk before it is renamed over the file, and the
 * folder is flushed after, so a crash at any moment leaves either the old file or the new one, whole.
 */
public final class AtomicFile {
  static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FOLDER =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

  private AtomicFile() {}

  /** Writes {@code bytes} as the whole of {@code file}, readable by its owner only. */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(folder, tempPrefix(file), ".tmp", OWNER_ONLY);
    try {
      try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    flush(folder);
  }

  /**
   * Deletes the temp files that a process killed in the middle of {@link #replace} left behind. Only the
   * holder of the file's lock may call this, since only a lock holder writes temp files.
   */
  static void removeLeftovers(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    String prefix = tempPrefix(file);
    DirectoryStream.Filter<Path> temps = p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".tmp");
    try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, temps)) {
      for (Path temp : left) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static String tempPrefix(Path file) {
    return "." + file.getFileName() + ".";
  }

  /**
   * Makes the rename itself durable. Not every file system lets a folder be opened for this; the new bytes
   * are on the disk already, so there only the rename's durability is left to the system.
   */
  private static void flush(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException notSupported) {
      // see above: best effort by design
    }
  }
}
