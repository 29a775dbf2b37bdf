package dev.steady.breath;

import java.time.Duration;

/** A coaching note shown with the first phase that starts at or after {@code at}. */
public record Note(Duration at, String text) {}
