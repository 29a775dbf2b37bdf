package dev.steady.json;

import dev.steady.failure.Failure;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the whole of a file that steady keeps (the log, config.json, a plan) with two guards: only a regular
 * file is opened, since opening a FIFO waits for a writer for ever and a device may never end; and a file
 * larger than its limit is refused before any of it is read, so no file can fill the memory.
 */
public final class FileBytes {
  private FileBytes() {}

  /**
   * The bytes of {@code file} (through a symbolic link), or null when there is no such file. A folder, FIFO,
   * socket or device is an I/O error (74); a file of more than {@code limit} bytes is invalid data (65).
   */
  public static byte[] read(Path file, long limit, String what) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return null;
    }
    requireRegular(file, attributes, what);
    if (attributes.size() > limit) {
      throw tooLarge(file, attributes.size(), limit, what);
    }
    // one array of the measured size, filled a slice at a time (a channel copies through a direct buffer as large
    // as each read): on a cold start several times faster for a long log than a stream that grows its buffers
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
      byte[] bytes = new byte[(int) attributes.size()];
      int n = fill(in, bytes, 0);
      if (n < bytes.length) { // it shrank after it was measured
        return Arrays.copyOf(bytes, n);
      }
      byte[] more = Channels.newInputStream(in).readNBytes((int) Math.min(limit + 1 - n, Integer.MAX_VALUE - 8 - n));
      if (more.length == 0) {
        return bytes;
      }
      if (n + (long) more.length > limit) { // it grew after it was measured
        throw tooLarge(file, n + (long) more.length, limit, what);
      }
      byte[] all = Arrays.copyOf(bytes, n + more.length);
      System.arraycopy(more, 0, all, n, more.length);
      return all;
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** Reads from {@code in} into {@code bytes} from {@code at} until it is full or the file ends; returns the end. */
  public static int fill(FileChannel in, byte[] bytes, int at) throws IOException {
    int slice = 1 << 16;
    while (at < bytes.length) {
      int n = in.read(ByteBuffer.wrap(bytes, at, Math.min(slice, bytes.length - at)));
      if (n < 0) {
        break;
      }
      at += n;
    }
    return at;
  }

  /**
   * Fails with 74 when {@code file} exists (through a link) and is not a regular file; {@code what} names it
   * ("the log", "the lock file"). Nothing is opened.
   */
  public static void requireRegularIfPresent(Path file, String what) throws IOException {
    try {
      requireRegular(file, Files.readAttributes(file, BasicFileAttributes.class), what);
    } catch (NoSuchFileException e) {
      // nothing there: it will be created as a regular file
    }
  }

  private static void requireRegular(Path file, BasicFileAttributes attributes, String what) {
    if (!attributes.isRegularFile()) {
      String kind = attributes.isDirectory() ? "a folder" : attributes.isOther() ? special(file) : "not a file";
      throw Failure.io(file + ": cannot read " + what + " (it is " + kind + ", not a regular file)", null);
    }
  }

  /** What a file that is neither a file nor a folder nor a link is, in words. */
  private static String special(Path file) {
    try {
      Object mode = Files.getAttribute(file, "unix:mode");
      int type = ((Integer) mode) & 0170000;
      return switch (type) {
        case 0010000 -> "a FIFO (named pipe)";
        case 0140000 -> "a socket";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        default -> "a special file";
      };
    } catch (IOException | RuntimeException e) {
      return "a special file";
    }
  }

  /**
   * Why {@code file} cannot be read although a name is there: {@code it is a symbolic link to X, which does not
   * exist}; empty for anything else.
   */
  public static Optional<String> dangling(Path file) {
    try {
      if (Files.isSymbolicLink(file) && Files.notExists(file)) {
        return Optional.of("it is a symbolic link to " + Files.readSymbolicLink(file) + ", which does not exist");
      }
    } catch (IOException | RuntimeException e) {
      // a link that cannot be read is no dangling link to name
    }
    return Optional.empty();
  }

  /** Why an I/O operation failed, in a few lower-case words: {@code permission denied}. */
  public static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException in) {
      return in.getFile() + " is not a folder";
    }
    String why =
        e instanceof AccessDeniedException ? "permission denied"
            : e instanceof NoSuchFileException ? "no such file or folder"
            : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
            : e.getMessage() != null && !e.getMessage().isEmpty() ? e.getMessage()
            : e.getClass().getSimpleName();
    return why.substring(0, 1).toLowerCase(Locale.ROOT) + why.substring(1);
  }

  private static Failure tooLarge(Path file, long size, long limit, String what) {
    return Failure.invalidData(
        file + ": " + size(size) + " is larger than " + what + " may be (" + size(limit) + "); it was not read");
  }

  /** A size in bytes as a person reads it: {@code 312 bytes}, {@code 64 MiB}, {@code 3.1 GiB}. */
  static String size(long bytes) {
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    double v = bytes;
    int unit = -1;
    while (v >= 1024 && unit < units.length - 1) {
      v /= 1024;
      unit++;
    }
    return (v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v)) + " " + units[unit];
  }
}
