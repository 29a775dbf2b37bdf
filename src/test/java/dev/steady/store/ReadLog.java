package dev.steady.store;

import java.nio.file.Path;

/**
 * Reads a log and prints how many entries it holds: the store's share of a command such as {@code streaks},
 * timed on its own by {@code bench/streaks.sh --reader}.
 */
public final class ReadLog {
  private ReadLog() {}

  public static void main(String[] args) {
    System.out.println(new LogFile(Path.of(args[0])).entries().size());
  }
}
