package dev.steady.sync;

import dev.steady.store.LogContents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.habit.Entry;
import dev.steady.habit.Tombstone;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The merge's promises (PRODUCT.md, "Two machines, one log") over seeded random pairs of copies. */
class LogMergePropertyTest {
  record Copies(long seed, LogContents a, LogContents b, LogContents c) {}

  static Stream<Copies> copies() {
    return LongStream.range(0, 200)
        .mapToObj(
            seed -> {
              RandomCopies random = new RandomCopies(seed);
              LogContents shared = random.history((int) (seed % 40));
              return new Copies(
                  seed, random.diverge(shared, (int) (seed % 13)), random.diverge(shared, (int) (seed % 17)),
                  random.diverge(shared, 5));
            });
  }

  private static LogContents merged(LogContents ours, LogContents theirs) {
    return LogMerge.merge(ours, theirs).merged();
  }

  @ParameterizedTest
  @MethodSource("copies")
  void orderFree(Copies c) {
    assertThat(merged(c.a(), c.b())).isEqualTo(merged(c.b(), c.a()));
  }

  @ParameterizedTest
  @MethodSource("copies")
  void idempotent(Copies c) {
    LogContents once = merged(c.a(), c.b());
    assertThat(merged(once, c.b())).isEqualTo(once);
    assertThat(merged(once, c.a())).isEqualTo(once);
    assertThat(merged(once, once)).isEqualTo(once);
    assertThat(LogMerge.merge(once, c.b()).changes(once)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("copies")
  void groupingFree(Copies c) {
    assertThat(merged(merged(c.a(), c.b()), c.c())).isEqualTo(merged(c.a(), merged(c.b(), c.c())));
  }

  @ParameterizedTest
  @MethodSource("copies")
  void noResurrection(Copies c) {
    Set<String> tombstoned = new HashSet<>();
    Stream.concat(c.a().deleted().stream(), c.b().deleted().stream()).map(Tombstone::id).forEach(tombstoned::add);
    LogContents m = merged(c.a(), c.b());
    assertThat(m.entries()).noneMatch(e -> tombstoned.contains(e.id()));
    assertThat(m.deleted()).extracting(Tombstone::id).containsExactlyInAnyOrderElementsOf(tombstoned);
  }

  @ParameterizedTest
  @MethodSource("copies")
  void nothingLost(Copies c) {
    LogMerge.Result r = LogMerge.merge(c.a(), c.b());
    Set<String> expected = new HashSet<>();
    Stream.concat(c.a().entries().stream(), c.b().entries().stream()).map(Entry::id).forEach(expected::add);
    Stream.concat(c.a().deleted().stream(), c.b().deleted().stream()).map(Tombstone::id).forEach(expected::remove);
    assertThat(r.merged().entries()).extracting(Entry::id).containsExactlyInAnyOrderElementsOf(expected);
    // each kept entry is one of the copies' own, never a mixture
    for (Entry e : r.merged().entries()) {
      assertThat(c.a().entries().contains(e) || c.b().entries().contains(e)).isTrue();
    }
    Set<String> ours = new HashSet<>();
    c.a().entries().forEach(e -> ours.add(e.id()));
    assertThat(r.added()).noneMatch(e -> ours.contains(e.id()));
  }

  @ParameterizedTest
  @MethodSource("copies")
  void conflictsGoToTheLaterRecording(Copies c) {
    for (LogMerge.Conflict conflict : LogMerge.merge(c.a(), c.b()).conflicts()) {
      assertThat(conflict.kept().id()).isEqualTo(conflict.dropped().id());
      assertThat(conflict.kept()).isNotEqualTo(conflict.dropped());
      assertThat(conflict.kept().recordedAt().toInstant()).isAfterOrEqualTo(conflict.dropped().recordedAt().toInstant());
    }
  }
}
