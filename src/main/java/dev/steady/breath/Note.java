package dev.steady.breath;

import java.time.Duration;

/**
 * A coaching note, shown with the breath that starts nearest to {@code at} (of two equally near, the later).
 * With {@code --duration} the time scales with the plan, and it stays in its segment: a note at a segment's
 * start goes with that segment's first breath.
 */
public record Note(Duration at, String text) {}
