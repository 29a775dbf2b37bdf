package dev.steady.store;

import dev.steady.failure.Failure;
import dev.steady.json.FileBytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Replaces a file's bytes all at once: the new bytes go to a temp file in the same folder (a rename is only
 * atomic within one file system), which is flushed to the disk before it is renamed over the file, and the
 * folder is flushed after, so a crash at any moment leaves either the old file or the new one, whole.
 *
 * <p>The new file keeps the owner, group and mode of the one it replaces (a new file: the folder's owner and
 * group, readable by the owner only), so that a run as root, from sudo or a root cron job, never takes a
 * user's log away from them. Where they cannot be kept, nothing is replaced (74).
 */
public final class AtomicFile {
  static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
  public static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FOLDER =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
  private static final int PERMISSION_BITS = 07777;
  private static final int ROOT = 0;
  /** As Linux's own limit on following links (ELOOP). */
  private static final int MAX_LINKS = 40;

  private AtomicFile() {}

  /**
   * Writes {@code bytes} as the whole of {@code file} (config.json, a plan): through a symbolic link to the file
   * it points to, which keeps its owner, group and mode; the link stays a link. The caller holds whatever lock
   * the file has.
   */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Path target = target(file);
    replace(target, bytes, target);
  }

  /**
   * The file a write to {@code file} goes to: {@code file}, or the file its symbolic link points to, through any
   * chain of links (the target need not exist yet).
   */
  static Path target(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    for (int hops = 0; hops < MAX_LINKS && Files.isSymbolicLink(target); hops++) {
      target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
    }
    return target;
  }

  /**
   * Writes {@code bytes} as the whole of {@code file}, with the owner, group and mode of {@code like} when it
   * exists (the file itself, or the log a backup is made of).
   */
  static void replace(Path file, byte[] bytes, Path like) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      FileChannel made = null;
      // named from the clock and made with CREATE_NEW, which excludes a name taken meanwhile; not
      // Files.createTempFile, whose SecureRandom costs a start-up some 10 ms
      for (long n = System.nanoTime(); made == null; n++) {
        Path name = folder.resolve(tempPrefix(file) + Long.toString(n & Long.MAX_VALUE, 36) + ".tmp");
        try {
          made = FileChannel.open(name, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), OWNER_ONLY);
          temp = name;
        } catch (FileAlreadyExistsException taken) {
          // another writer's name: the next one
        }
      }
      try (FileChannel out = made) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      keepOwnership(temp, like, folder);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      try {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    flush(folder);
  }

  /**
   * Gives {@code made} (just created by this process) the owner, group and mode of {@code like}; when there is
   * none yet and this process is root, the owner and group of {@code folder}, so that root's first write into a
   * user's folder leaves a file the user owns. Only what differs is changed, so a user writing their own file
   * changes nothing.
   */
  static void keepOwnership(Path made, Path like, Path folder) throws IOException {
    Map<String, Object> now = Files.readAttributes(made, "unix:uid,gid,mode");
    Map<String, Object> wanted = new HashMap<>();
    try {
      wanted.putAll(Files.readAttributes(like, "unix:uid,gid,mode"));
    } catch (NoSuchFileException e) {
      wanted.putAll(now);
      if ((Integer) now.get("uid") == ROOT) {
        wanted.putAll(Files.readAttributes(folder, "unix:uid,gid"));
      }
    }
    int mode = (Integer) wanted.get("mode") & PERMISSION_BITS;
    try {
      if (!now.get("uid").equals(wanted.get("uid"))) {
        Files.setAttribute(made, "unix:uid", wanted.get("uid"));
      }
      if (!now.get("gid").equals(wanted.get("gid"))) {
        Files.setAttribute(made, "unix:gid", wanted.get("gid"));
      }
      if (((Integer) now.get("mode") & PERMISSION_BITS) != mode) {
        Files.setAttribute(made, "unix:mode", mode);
      }
    } catch (IOException e) {
      throw Failure.io(
          like + ": cannot give the new file the owner, group and mode of the old one (uid " + wanted.get("uid")
              + ", gid " + wanted.get("gid") + ", mode " + Integer.toOctalString(mode) + "): " + FileBytes.reason(e)
              + "; nothing was written",
          e);
    }
  }

  /**
   * Deletes the temp files that a process killed in the middle of {@link #replace} left behind. Only the
   * holder of the file's lock may call this, since only a lock holder writes temp files. One that cannot be
   * deleted is named in the failure (74), so that a person can remove it.
   */
  static void removeLeftovers(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    String prefix = tempPrefix(file);
    DirectoryStream.Filter<Path> temps = p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".tmp");
    try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, temps)) {
      for (Path temp : left) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          throw Failure.io(
              file + ": cannot remove " + temp + ", a temp file left by a write that was cut short ("
                  + FileBytes.reason(e) + "); remove it by hand",
              e);
        }
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
