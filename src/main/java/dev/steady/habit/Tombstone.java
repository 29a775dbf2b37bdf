package dev.steady.habit;

import java.time.OffsetDateTime;

/**
 * The mark an entry leaves when it is deleted (by {@code delete}, {@code edit} or {@code undo}), kept in the
 * log's {@code deleted} list so that merging another copy of the log never brings the entry back.
 */
public record Tombstone(String id, OffsetDateTime deletedAt) {}
