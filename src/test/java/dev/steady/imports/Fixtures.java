package dev.steady.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The hand-written fixtures under {@code src/test/resources/imports}, and copies of them to spoil. */
public final class Fixtures {
  private Fixtures() {}

  public static Path folder(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/imports/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loop's export as the app writes it: a zip of the folder's files. */
  public static Path loopZip(Path dir) {
    Path zip = dir.resolve("Loop Habits CSV 2024-03-05.zip");
    Path from = folder("loop");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
        var files = Files.walk(from)) {
      for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
        z.putNextEntry(new ZipEntry(from.relativize(p).toString()));
        z.write(Files.readAllBytes(p));
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip;
  }

  /** A copy of a fixture folder in {@code dir}, for a test to change. */
  public static Path copy(String name, Path dir) {
    Path from = folder(name);
    Path to = dir.resolve(name);
    try (var files = Files.walk(from)) {
      for (Path p : files.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  public static void write(Path file, String... lines) {
    try {
      Files.write(file, List.of(lines));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
