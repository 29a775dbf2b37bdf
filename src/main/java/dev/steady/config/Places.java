package dev.steady.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where steady keeps its files. With {@code STEADY_HOME} or {@code --home} everything lives in one folder;
 * otherwise the XDG base directories are used, ignoring relative values as the XDG spec says.
 *
 * @param cacheFile what the habit reviews keep of the log's closed weeks: never precious, safe to delete
 */
public record Places(Path configFile, Path plansDir, Path logFile, Path cacheFile) {
  private static final String CACHE = "closed-weeks";

  /** What the last write of the log left in it, beside the cache: as never precious, and as safe to delete. */
  public Path lastWriteFile() {
    return cacheFile.resolveSibling("last-write");
  }

  public static Places of(Path home, Map<String, String> env) {
    if (home != null) {
      return inOneFolder(home);
    }
    String steadyHome = env.get("STEADY_HOME");
    if (steadyHome != null && !steadyHome.isBlank()) {
      return inOneFolder(Path.of(steadyHome));
    }
    Path userHome = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")));
    Path config = xdg(env, "XDG_CONFIG_HOME", userHome.resolve(".config")).resolve("steady");
    Path data = xdg(env, "XDG_DATA_HOME", userHome.resolve(".local/share")).resolve("steady");
    Path cache = xdg(env, "XDG_CACHE_HOME", userHome.resolve(".cache")).resolve("steady");
    return new Places(config.resolve("config.json"), config.resolve("plans"), data.resolve("log.json"), cache.resolve(CACHE));
  }

  private static Places inOneFolder(Path dir) {
    Path d = dir.toAbsolutePath().normalize();
    return new Places(d.resolve("config.json"), d.resolve("plans"), d.resolve("log.json"), d.resolve("cache").resolve(CACHE));
  }

  private static Path xdg(Map<String, String> env, String name, Path fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank() || !Path.of(value).isAbsolute()) {
      return fallback;
    }
    return Path.of(value);
  }
}
