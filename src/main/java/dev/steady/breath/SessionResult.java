package dev.steady.breath;

/**
 * How a session went.
 *
 * @param seconds breathing time completed (pauses excluded)
 * @param bpm the achieved rate over the completed breaths, 0 when none was completed
 * @param maxLateMs the largest lateness of a phase cue against its deadline
 * @param endDriftMs how late the session's end came against its scheduled end
 */
public record SessionResult(
    String plan, boolean completed, int breaths, double seconds, double bpm, double maxLateMs, double endDriftMs) {}
