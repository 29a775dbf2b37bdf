package dev.steady.store;

import dev.steady.failure.Failure;
import dev.steady.habit.Amount;
import dev.steady.habit.Entry;
import dev.steady.habit.EntryId;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A separate process that uses the log, for the tests that need more than one: {@code append LOG N TAG}
 * appends N entries noted {@code TAG-i}, printing each note once its write is done (acknowledged), and
 * {@code hold LOG} takes
 * the log's lock and keeps it until its input ends. A failure prints {@code steady: message} and exits with
 * its code, as the real program does.
 */
public final class LogProcess {
  private LogProcess() {}

  public static void main(String[] args) throws IOException {
    Path log = Path.of(args[1]);
    try {
      if (args[0].equals("hold")) {
        hold(log);
      } else {
        append(log, Integer.parseInt(args[2]), args[3]);
      }
    } catch (Failure f) {
      System.err.println("steady: " + f.getMessage());
      System.exit(f.exitCode());
    }
  }

  private static void append(Path path, int count, String tag) {
    LogFile log = new LogFile(path, Duration.ofMinutes(1));
    for (int i = 0; i < count; i++) {
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      log.append(new Entry(EntryId.next(now.toInstant()), "move", now.toLocalDate(), now, new Amount.Time(Duration.ofMinutes(20)), tag + "-" + i));
      System.out.println(tag + "-" + i);
      System.out.flush();
    }
  }

  private static void hold(Path log) throws IOException {
    try (LogLock lock = LogLock.take(log, Duration.ofSeconds(10))) {
      System.out.println("locked");
      System.out.flush();
      System.in.readAllBytes();
    }
  }
}
