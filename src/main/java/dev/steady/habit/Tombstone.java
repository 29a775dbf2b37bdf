package dev.steady.habit;

import java.time.OffsetDateTime;

/** What is left of a removed entry: its id and when it was removed, so that no merge brings it back. */
public record Tombstone(String id, OffsetDateTime deletedAt) {}
