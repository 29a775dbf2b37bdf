package dev.steady.program;

/**
 * What was done over a programme's days so far: shown from day seven on.
 *
 * @param days the days that have come (at most seven)
 * @param breathedDays the days whose session reached the day's length
 * @param sessions the breathing sessions of those days
 * @param minutes their breathing, in minutes
 * @param focusTracked the days whose focus the config has a habit for
 * @param focusMet of those, the days the focus was kept
 */
public record Review(int days, int breathedDays, int sessions, double minutes, int focusTracked, int focusMet) {}
