package dev.steady.program;

import dev.steady.habit.Settings;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * The seven-day programme: a breathing session that grows from two minutes to five, from the easiest plans to
 * resonance breathing, and a habit focus a day from the practices steady coaches, ending with a review of the
 * week on day seven.
 */
public final class Programme {
  public static final int DAYS = 7;

  /** A programme begun at or after this hour starts the next day: an evening is no time for day 1. */
  public static final LocalTime EVENING = LocalTime.of(20, 0);

  /** Every day, in order. Each plan is bundled; each focus habit but the last two is a default habit. */
  public static final List<ProgrammeDay> SCHEDULE =
      List.of(
          day(1, "quick", 2, new Focus("move", "movement",
              "20 minutes of walking, cycling or anything that moves you (steady log move 20m).")),
          day(2, "coherent", 3, new Focus("fermented", "fermented food",
              "a serving of yoghurt, kefir, sauerkraut or kimchi (steady log fermented).")),
          day(3, "hum", 3, new Focus("plants", "plants",
              "three plant foods new to your week: vegetables, fruit, grains, beans, nuts, seeds or herbs"
                  + " (steady log plants ITEM…).")),
          day(4, "glide", 4, new Focus("sleep", "sleep window",
              "in bed and up within half an hour of your targets; tonight counts (steady log sleep BED WAKE"
                  + " tomorrow morning).")),
          day(5, "resonance", 4, new Focus("omega3", "omega-3",
              "oily fish, walnuts, flax or chia seeds (steady log omega3).")),
          day(6, "resonance", 5, new Focus("ultra-processed", "fewer ultra-processed foods",
              "swap one packaged snack or ready meal for something made from whole foods.")),
          day(7, "resonance", 5, new Focus("alcohol", "less alcohol",
              "an alcohol-free day; then look back over the week (steady program).")));

  private Programme() {}

  private static ProgrammeDay day(int number, String plan, int minutes, Focus focus) {
    return new ProgrammeDay(number, plan, Duration.ofMinutes(minutes), focus);
  }

  /** Day {@code number}, 1 to 7. */
  public static ProgrammeDay day(int number) {
    return SCHEDULE.get(number - 1);
  }

  /**
   * The day 1 of a programme begun at {@code now}: the day that counts now, or the next one when it is
   * evening (from {@link #EVENING} until the day's start hour, which still belongs to the day before).
   */
  public static LocalDate firstDay(Settings settings, LocalDateTime now) {
    LocalDate today = settings.dayOf(now);
    boolean evening = !now.toLocalTime().isBefore(EVENING) || !today.equals(now.toLocalDate());
    return evening ? today.plusDays(1) : today;
  }

  /** The last day of a programme whose day 1 is {@code firstDay}. */
  public static LocalDate lastDay(LocalDate firstDay) {
    return firstDay.plusDays(DAYS - 1);
  }
}
