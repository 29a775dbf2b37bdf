package dev.steady.breath;

import java.time.Duration;
import java.util.List;

/**
 * The stepped protocol for finding a person's own resonance rate: a step at each of {@link #RATES} breaths a
 * minute (4 s in to 6 s out), a comfort rating of 1 to 5 after each, and the most comfortable rate chosen.
 */
public final class ResonanceSteps {
  public static final List<Double> RATES = List.of(6.5, 6.0, 5.5, 5.0, 4.5);
  public static final Duration DEFAULT_STEP = Duration.ofMinutes(2);
  public static final String PLAN = "find-rate";
  private static final double CENTRE = 6.0;
  private static final Ratio IN_OUT = Ratio.parse("4:6");

  private ResonanceSteps() {}

  /** Step {@code i} (from 0) as a plan of one segment, its first breath naming the step. */
  public static Plan step(int i, Duration length) {
    double bpm = RATES.get(i);
    String rate = (bpm == Math.rint(bpm) ? String.valueOf((int) bpm) : String.valueOf(bpm));
    return new Plan(
        PLAN,
        "Resonance steps",
        "The stepped protocol for finding your own resonance rate.",
        length,
        List.of(new Segment(new Pace.Steady(bpm, IN_OUT), length, Prompts.DEFAULT)),
        List.of(new Note(Duration.ZERO, "Step " + (i + 1) + " of " + RATES.size() + ": " + rate + " breaths a minute.")),
        "find-rate (built in)");
  }

  /**
   * The most comfortable rate among those rated: the highest comfort; of equal comfort the rate nearer 6,
   * and of two equally near (6.5 and 5.5) the slower, as most adults' resonance lies a little below six.
   *
   * @param comfort the rating of each step in the order of {@link #RATES}, null for a step not rated
   * @return the chosen rate, or null when no step was rated
   */
  public static Double choose(List<Integer> comfort) {
    Double best = null;
    int bestComfort = 0;
    for (int i = 0; i < comfort.size() && i < RATES.size(); i++) {
      Integer c = comfort.get(i);
      if (c == null) {
        continue;
      }
      double rate = RATES.get(i);
      if (best == null || c > bestComfort || (c == bestComfort && nearer(rate, best))) {
        best = rate;
        bestComfort = c;
      }
    }
    return best;
  }

  private static boolean nearer(double rate, double than) {
    double a = Math.abs(rate - CENTRE);
    double b = Math.abs(than - CENTRE);
    return a < b || (a == b && rate < than);
  }
}
