package dev.steady.habit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calm ratings (1 to 10, before and after a session) gathered by week: each week's averages over the sessions
 * rated both before and after, so that the change compares like with like.
 */
public final class CalmWeeks {
  /**
   * One week.
   *
   * @param start the week's first day
   * @param sessions the sessions rated before and after; 0 leaves both averages at NaN
   */
  public record Week(LocalDate start, double before, double after, int sessions) {
    public double change() {
      return after - before;
    }
  }

  private CalmWeeks() {}

  /** The {@code weeks} weeks ending with the one holding {@code today}, oldest first, empty weeks included. */
  public static List<Week> of(List<Entry> entries, Settings settings, LocalDate today, int weeks) {
    LocalDate last = settings.weekOf(today);
    LocalDate first = last.minusWeeks(weeks - 1L);
    double[] before = new double[weeks];
    double[] after = new double[weeks];
    int[] count = new int[weeks];
    for (Entry e : entries) {
      Optional<Amount.Session> rated = e.amount().session().filter(Amount.Session::calmRated);
      if (rated.isPresent()) {
        Amount.Session s = rated.get();
        LocalDate week = settings.weekOf(e.date());
        if (!week.isBefore(first) && !week.isAfter(last)) {
          int i = (int) ChronoUnit.WEEKS.between(first, week);
          before[i] += s.calmBefore();
          after[i] += s.calmAfter();
          count[i]++;
        }
      }
    }
    List<Week> result = new ArrayList<>(weeks);
    for (int i = 0; i < weeks; i++) {
      result.add(new Week(first.plusWeeks(i), before[i] / count[i], after[i] / count[i], count[i]));
    }
    return result;
  }
}
