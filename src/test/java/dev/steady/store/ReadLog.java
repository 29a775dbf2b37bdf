package dev.steady.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a log and prints how many entries it holds: the store's share of a command such as {@code streaks},
 * timed on its own by {@code bench/streaks.sh --reader}. {@code ReadLog LOG jackson} reads it with jackson-core's
 * streaming parser instead ({@link JacksonLogRead}), the other way the reader could have been built.
 */
public final class ReadLog {
  private ReadLog() {}

  public static void main(String[] args) throws IOException {
    Path log = Path.of(args[0]);
    int entries =
        args.length > 1 && args[1].equals("jackson")
            ? JacksonLogRead.entries(Files.readAllBytes(log)).size()
            : new LogFile(log).entries().size();
    System.out.println(entries);
  }
}
