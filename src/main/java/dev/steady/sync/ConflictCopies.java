package dev.steady.sync;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The copies of the log that a synced folder leaves beside it when two machines changed it at once:
 *
 * <ul>
 *   <li>Syncthing: {@code log.sync-conflict-20261204-153012-ABCDEF7.json};
 *   <li>Dropbox: {@code log (Jane's conflicted copy 2026-12-04).json}, or {@code log (conflicted copy
 *       2026-12-04).json};
 *   <li>Nextcloud (and ownCloud): {@code log (conflicted copy 2026-12-04 153012).json}, and from older clients
 *       {@code log_conflict-20261204-153012.json}.
 * </ul>
 *
 * <p>Looking costs one listing of the log's folder, done with the plainest call there is because the quick
 * commands pay for it on every run.
 */
public final class ConflictCopies {
  private ConflictCopies() {}

  /** The conflict copies beside {@code log}, in name order; none when there are none or no folder. */
  public static List<Path> beside(Path log) {
    Path absolute = log.toAbsolutePath();
    Path folder = absolute.getParent();
    String name = absolute.getFileName().toString();
    String[] names = folder == null ? null : new File(folder.toString()).list((dir, n) -> isCopy(name, n));
    if (names == null || names.length == 0) {
      return List.of();
    }
    Arrays.sort(names);
    List<Path> copies = new ArrayList<>(names.length);
    for (String n : names) {
      copies.add(folder.resolve(n));
    }
    return copies;
  }

  /** Whether {@code candidate} is one of the names above for the log named {@code log}. */
  static boolean isCopy(String log, String candidate) {
    int dot = log.lastIndexOf('.');
    String base = dot > 0 ? log.substring(0, dot) : log;
    String ext = dot > 0 ? log.substring(dot) : "";
    if (!candidate.startsWith(base) || !candidate.endsWith(ext) || candidate.length() <= log.length()) {
      return false;
    }
    String middle = candidate.substring(base.length(), candidate.length() - ext.length());
    return middle.startsWith(".sync-conflict-")
        || middle.startsWith("_conflict-")
        || (middle.startsWith(" (") && middle.endsWith(")") && middle.contains("conflicted copy"));
  }
}
