package dev.steady.store;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a folder unwritable for the length of a test: by its mode for a normal user, and, since root writes
 * through any mode, by the immutable attribute for root (skipping the test where chattr cannot set it).
 */
final class Unwritable implements AutoCloseable {
  private final Path folder;
  private final boolean immutable;

  private Unwritable(Path folder, boolean immutable) {
    this.folder = folder;
    this.immutable = immutable;
  }

  static Unwritable make(Path folder) throws IOException, InterruptedException {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
    if (!Files.isWritable(folder)) {
      return new Unwritable(folder, false);
    }
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    boolean set = chattr("+i", folder);
    assumeThat(set).as("root, and chattr +i works on " + folder).isTrue();
    return new Unwritable(folder, true);
  }

  private static boolean chattr(String change, Path folder) throws IOException, InterruptedException {
    try {
      Process p = new ProcessBuilder("chattr", change, folder.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException noChattr) {
      return false;
    }
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (immutable) {
      chattr("-i", folder);
    } else {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
