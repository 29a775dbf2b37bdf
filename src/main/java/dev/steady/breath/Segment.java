package dev.steady.breath;

import java.time.Duration;

/** A stretch of a plan at one pace, with its own prompts. */
public record Segment(Pace pace, Duration length, Prompts prompts) {}
