package dev.steady.habit;

/** How far the current day or week has come: {@code value} of {@code target} {@code unit}. */
public record Progress(double value, double target, String unit) {}
