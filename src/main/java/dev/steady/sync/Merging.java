package dev.steady.sync;

import dev.steady.config.SettingsFile;
import dev.steady.failure.Failure;
import dev.steady.store.AtomicFile;
import dev.steady.store.LogContents;
import dev.steady.store.LogFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Merging another copy into the log on disk: under the log's lock with the log's atomic write, and written
 * only if it changes something.
 */
public final class Merging {
  private Merging() {}

  /** Merges {@code theirs} into the log; with {@code dryRun} only says what it would do. */
  public static LogMerge.Result into(LogFile log, LogContents theirs, boolean dryRun) {
    if (dryRun) {
      return LogMerge.merge(log.contents(), theirs);
    }
    return log.change(
        ours -> {
          LogMerge.Result r = LogMerge.merge(ours, theirs);
          return new LogFile.Change<>(r.changes(ours) ? r.merged() : ours, r);
        });
  }

  /**
   * Git's merge driver: merges {@code theirs} and {@code ours} (each against their common {@code base}) and
   * writes the result over {@code ours}, as git asks. An empty file (a log that one side did not have yet)
   * is an empty log.
   */
  public static void driver(Path base, Path ours, Path theirs) {
    LogMerge.Result r = LogMerge.merge(side(base), side(ours), side(theirs));
    try {
      AtomicFile.replace(Files.isSymbolicLink(ours) ? ours.toRealPath() : ours, LogFile.bytesOf(r.merged(), null));
    } catch (IOException e) {
      throw Failure.io(ours + ": cannot write (" + e.getMessage() + ")", e);
    }
  }

  private static LogContents side(Path file) {
    try {
      if (Files.size(file) == 0) {
        return LogContents.EMPTY;
      }
    } catch (IOException e) {
      throw Failure.io(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    return LogFile.readCopy(file).log();
  }

  /**
   * The settings an export carries, written as {@code config.json} when there is none yet (a fresh home);
   * true if written. They are checked as config.json is read before anything is written.
   */
  public static boolean settingsIfNone(Path config, byte[] settings, String source, boolean dryRun) {
    if (settings == null || Files.exists(config)) {
      return false;
    }
    if (dryRun) {
      SettingsFile.parse(settings, source + " (its settings)");
    } else {
      SettingsFile.restore(config, settings, source + " (its settings)");
    }
    return true;
  }
}
