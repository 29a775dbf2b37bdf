package dev.steady.cron;

import dev.steady.failure.Failure;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's crontab as text, and steady's block in it: the lines from {@link CronBlock#BEGIN} to
 * {@link CronBlock#END}. Every other line is kept exactly as it was, in its place.
 */
public final class Crontab {
  private Crontab() {}

  /** The crontab with {@code block} in place of an earlier one, or added at the end when there was none. */
  public static String withBlock(String crontab, String block) {
    List<String> lines = new ArrayList<>();
    int at = strip(crontab, lines);
    lines.add(at < 0 ? lines.size() : at, block.endsWith("\n") ? block.substring(0, block.length() - 1) : block);
    return join(lines);
  }

  /** The crontab without steady's block; the same text when it has none. */
  public static String withoutBlock(String crontab) {
    List<String> lines = new ArrayList<>();
    return strip(crontab, lines) < 0 ? crontab : join(lines);
  }

  public static boolean hasBlock(String crontab) {
    return lines(crontab).stream().anyMatch(Crontab::begins);
  }

  /**
   * Puts the lines outside steady's blocks into {@code kept}; returns where the first block was (an index into
   * {@code kept}), or -1 when there was none.
   */
  private static int strip(String crontab, List<String> kept) {
    int first = -1;
    boolean inside = false;
    for (String line : lines(crontab)) {
      if (!inside && begins(line)) {
        inside = true;
        first = first < 0 ? kept.size() : first;
      } else if (inside && line.strip().equals(CronBlock.END)) {
        inside = false;
      } else if (!inside) {
        kept.add(line);
      }
    }
    if (inside) {
      throw Failure.invalidData(
          "the crontab has a '" + CronBlock.BEGIN + "' line but no '" + CronBlock.END + "' after it; mend it with"
              + " 'crontab -e', then run steady cron again");
    }
    return first;
  }

  /** The lines, split at newlines only, so that anything else in a line (a carriage return) stays in it. */
  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return List.of(body.split("\n", -1));
  }

  private static boolean begins(String line) {
    return line.startsWith(CronBlock.BEGIN);
  }

  /** Lines ending in a newline each: cron ignores a last line without one. */
  private static String join(List<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l).append('\n'));
    return text.toString();
  }
}
