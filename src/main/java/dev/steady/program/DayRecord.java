package dev.steady.program;

import java.time.LocalDate;

/**
 * How one day of a programme went, as far as it has come.
 *
 * @param date the day
 * @param come whether the day has come (today or before); a day to come has nothing breathed or kept
 * @param sessions the breathing sessions of that day, whatever their plans
 * @param breathingSeconds the breathing they completed
 * @param breathed whether that reached the day's length (less {@link ProgrammeStatus#WHOLE_BREATH_ALLOWANCE})
 * @param tracked whether the config has the focus habit, so that whether it was kept can be told
 * @param byNight whether the focus is kept by the night that begins that evening (the sleep window), which
 *     cannot be told until the next morning
 * @param focusMet whether the focus habit was kept that day (for the sleep window: the night that began
 *     that evening)
 */
public record DayRecord(
    ProgrammeDay day, LocalDate date, boolean come, int sessions, double breathingSeconds, boolean breathed, boolean tracked,
    boolean byNight, boolean focusMet) {}
