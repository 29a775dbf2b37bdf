package dev.steady.breath;

import dev.steady.failure.Failure;
import dev.steady.json.FileBytes;
import dev.steady.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The bundled plans (packed into the jar from {@code plans/}) and the user's own, which shadow bundled ones
 * of the same name. A broken user plan is listed as broken and fails only when it is used.
 */
public final class PlanLibrary {
  private static final String BUNDLED = "plans/";
  /** The largest plan file steady reads (a long plan is a few kilobytes); a larger one is refused (65). */
  public static final long MAX_BYTES = 1L << 20;

  /** A plan by name as found on disk or in the jar: either readable or broken with the reason. */
  public record Entry(String name, boolean bundled, Plan plan, Failure problem) {}

  private final Path userDir;

  public PlanLibrary(Path userDir) {
    this.userDir = userDir;
  }

  /** Every plan, sorted by name; user plans shadow bundled ones. */
  public List<Entry> all() {
    TreeMap<String, Entry> byName = new TreeMap<>();
    for (String name : bundledNames()) {
      byName.put(name, bundled(name));
    }
    for (Path file : userFiles()) {
      byName.put(nameOf(file), user(file));
    }
    return new ArrayList<>(byName.values());
  }

  /**
   * A plan by name, or by path when {@code nameOrPath} names a file. An unknown name is a usage error that
   * lists what there is; a broken plan file fails with its own message.
   */
  public Plan find(String nameOrPath) {
    if (nameOrPath.endsWith(".json") || nameOrPath.contains("/")) {
      Path file = pathOf(nameOrPath);
      if (!Files.exists(file) && FileBytes.dangling(file).isEmpty()) {
        throw Failure.usage("no plan file " + nameOrPath);
      }
      return use(user(file));
    }
    Path user = userDir == null ? null : pathOf(userDir + "/" + nameOrPath + ".json");
    // a folder, FIFO or dangling link by that name is an error, not another plan
    if (user != null && (Files.exists(user) || Files.isSymbolicLink(user))) {
      return use(user(user));
    }
    List<String> bundled = bundledNames();
    if (bundled.contains(nameOrPath)) {
      return use(bundled(nameOrPath));
    }
    TreeSet<String> names = new TreeSet<>(bundled);
    userFiles().forEach(f -> names.add(nameOf(f)));
    throw Failure.usage(
        "unknown plan \"" + nameOrPath + "\" (available: " + String.join(", ", names) + ")");
  }

  private static Path pathOf(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw Failure.usage("no plan file " + text + " (" + e.getReason() + ")");
    }
  }

  private static Entry bundled(String name) {
    return load(name, true, () -> bundledBytes(name), BUNDLED + name + ".json (bundled)");
  }

  private static Entry user(Path file) {
    return load(nameOf(file), false, () -> userBytes(file), file.toString());
  }

  private static byte[] userBytes(Path file) throws IOException {
    byte[] bytes = FileBytes.read(file, MAX_BYTES, "the plan");
    if (bytes == null) {
      throw Failure.io(file + ": cannot read the plan (" + FileBytes.dangling(file).orElse("no such file or folder") + ")", null);
    }
    return bytes;
  }

  private static Plan use(Entry entry) {
    if (entry.problem() != null) {
      throw entry.problem();
    }
    return entry.plan();
  }

  private interface Bytes {
    byte[] read() throws IOException;
  }

  private static Entry load(String name, boolean bundled, Bytes bytes, String source) {
    try {
      return new Entry(name, bundled, PlanReader.read(name, Json.read(bytes.read(), source)), null);
    } catch (Failure f) {
      return new Entry(name, bundled, null, f);
    } catch (IOException e) {
      return new Entry(name, bundled, null, Failure.io(source + ": cannot read (" + FileBytes.reason(e) + ")", e));
    }
  }

  private static String nameOf(Path file) {
    String f = file.getFileName().toString();
    return f.endsWith(".json") ? f.substring(0, f.length() - 5) : f;
  }

  private List<Path> userFiles() {
    List<Path> files = new ArrayList<>();
    if (userDir == null || !Files.isDirectory(userDir)) {
      return files;
    }
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(userDir, "*.json")) {
      dir.forEach(files::add);
    } catch (IOException e) {
      throw Failure.io(userDir + ": cannot list plans (" + e.getMessage() + ")", e);
    }
    return files;
  }

  private static byte[] bundledBytes(String name) throws IOException {
    try (InputStream in = PlanLibrary.class.getClassLoader().getResourceAsStream(BUNDLED + name + ".json")) {
      if (in == null) {
        throw new IOException("missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  /** Lists the bundled plans from wherever the classes came from: the jar, or a folder in development. */
  static List<String> bundledNames() {
    List<String> names = new ArrayList<>();
    try {
      Path where = Path.of(PlanLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(where.resolve(BUNDLED), "*.json")) {
          dir.forEach(p -> names.add(nameOf(p)));
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            String n = e.nextElement().getName();
            if (n.startsWith(BUNDLED) && n.endsWith(".json") && n.indexOf('/', BUNDLED.length()) < 0) {
              names.add(n.substring(BUNDLED.length(), n.length() - 5));
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return names;
    }
    names.sort(null);
    return names;
  }
}
