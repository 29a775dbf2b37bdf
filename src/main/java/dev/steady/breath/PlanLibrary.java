package dev.steady.breath;

import dev.steady.failure.Failure;
import dev.steady.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The bundled plans (packed into the jar from {@code plans/}) and the user's own, which shadow bundled ones
 * of the same name. A broken user plan is listed as broken and fails only when it is used.
 */
public final class PlanLibrary {
  private static final String BUNDLED = "plans/";

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
      byName.put(name, load(name, true, () -> bundledBytes(name), "plans/" + name + ".json (bundled)"));
    }
    for (Path file : userFiles()) {
      String name = nameOf(file);
      byName.put(name, load(name, false, () -> readFile(file), file.toString()));
    }
    return new ArrayList<>(byName.values());
  }

  /**
   * A plan by name, or by path when {@code nameOrPath} names a file. An unknown name is a usage error that
   * lists what there is; a broken plan file fails with its own message.
   */
  public Plan find(String nameOrPath) {
    Path asPath = Path.of(nameOrPath);
    if (nameOrPath.endsWith(".json") || nameOrPath.contains("/")) {
      if (!Files.isRegularFile(asPath)) {
        throw Failure.usage("no plan file " + nameOrPath);
      }
      return use(load(nameOf(asPath), false, () -> readFile(asPath), asPath.toString()));
    }
    Path user = userDir == null ? null : userDir.resolve(nameOrPath + ".json");
    if (user != null && Files.isRegularFile(user)) {
      return use(load(nameOrPath, false, () -> readFile(user), user.toString()));
    }
    if (bundledNames().contains(nameOrPath)) {
      return use(
          load(nameOrPath, true, () -> bundledBytes(nameOrPath), "plans/" + nameOrPath + ".json (bundled)"));
    }
    List<String> names = all().stream().map(Entry::name).toList();
    throw Failure.usage(
        "unknown plan \"" + nameOrPath + "\" (available: " + String.join(", ", names) + ")");
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
      return new Entry(name, bundled, null, Failure.io(source + ": cannot read (" + e.getMessage() + ")", e));
    }
  }

  private static byte[] readFile(Path file) throws IOException {
    return Files.readAllBytes(file);
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

  public Optional<Path> userDir() {
    return Optional.ofNullable(userDir);
  }
}
