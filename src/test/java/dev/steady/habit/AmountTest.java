package dev.steady.habit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each kind of amount carries its own rules: what it adds, its words, its fields. */
class AmountTest {
  private static final Amount TIME = new Amount.Time(Duration.ofSeconds(1500));
  private static final Amount COUNT = new Amount.Count(3);
  private static final Amount ITEMS = new Amount.Items(List.of("Kale", "oats"));
  private static final Amount NIGHT = new Amount.Night(LocalTime.of(23, 10), LocalTime.of(6, 55));
  private static final Amount REST = new Amount.Rest();
  private static final Amount SESSION = new Amount.Session(
      "resonance", false, 12, 90, 6, 4, 7, List.of(new Amount.StepRating(6.5, 3)));

  /** Fields as a flat list of {@code name=value}, nesting shown with braces. */
  private static final class Written implements Fields {
    final List<String> out = new ArrayList<>();

    @Override
    public void text(String name, String value) {
      out.add(name + "=" + value);
    }

    @Override
    public void whole(String name, long value) {
      out.add(name + "=" + value);
    }

    @Override
    public void decimal(String name, double value) {
      out.add(name + "=" + value);
    }

    @Override
    public void bool(String name, boolean value) {
      out.add(name + "=" + value);
    }

    @Override
    public void texts(String name, List<String> values) {
      out.add(name + "=" + values);
    }

    @Override
    public void object(String name, Consumer<Fields> fill) {
      out.add(name + "{");
      fill.accept(this);
      out.add("}");
    }

    @Override
    public <T> void objects(String name, List<T> values, BiConsumer<T, Fields> fill) {
      out.add(name + "[");
      values.forEach(v -> fill.accept(v, this));
      out.add("]");
    }
  }

  private static List<String> log(Amount a) {
    Written w = new Written();
    a.write(w);
    return w.out;
  }

  private static List<String> columns(Amount a) {
    Written w = new Written();
    a.columns(w);
    return w.out;
  }

  @Test
  @DisplayName("each kind names its type and says itself in words")
  void words() {
    assertThat(List.of(TIME, COUNT, ITEMS, NIGHT, REST, SESSION).stream().map(Amount::type))
        .containsExactly("time", "count", "items", "night", "rest", "session");
    assertThat(List.of(TIME, COUNT, new Amount.Count(1), ITEMS, NIGHT, REST, SESSION).stream().map(Amount::words))
        .containsExactly("25m", "3", "", "Kale, oats", "23:10 to 06:55", "(rest day)", "resonance 1m30s (stopped)");
  }

  @Test
  @DisplayName("time and sessions add minutes; counts and items add their number, anything else one")
  void adds() {
    assertThat(List.of(TIME, COUNT, ITEMS, NIGHT, REST, SESSION).stream().map(Amount::minutes))
        .containsExactly(25.0, 0.0, 0.0, 0.0, 0.0, 1.5);
    assertThat(List.of(TIME, COUNT, ITEMS, NIGHT, REST, SESSION).stream().map(Amount::counted))
        .containsExactly(1.0, 3.0, 2.0, 1.0, 1.0, 1.0);
  }

  @Test
  @DisplayName("only a rest is a rest, only items name items, only a night and a session say so")
  void oneKindQuestions() {
    assertThat(List.of(TIME, COUNT, ITEMS, NIGHT, REST, SESSION).stream().filter(Amount::rest)).containsExactly(REST);
    assertThat(ITEMS.items()).containsExactly("Kale", "oats");
    assertThat(SESSION.items()).isEmpty();
    assertThat(NIGHT.night()).contains((Amount.Night) NIGHT);
    assertThat(TIME.night()).isEmpty();
    assertThat(SESSION.session()).contains((Amount.Session) SESSION);
    assertThat(REST.session()).isEmpty();
  }

  @Test
  @DisplayName("each kind writes the log's fields and the export's columns")
  void fields() {
    assertThat(log(TIME)).containsExactly("seconds=1500");
    assertThat(log(NIGHT)).containsExactly("bed=23:10", "wake=06:55");
    assertThat(log(REST)).containsExactly("rest=true");
    assertThat(columns(REST)).isEmpty();
    assertThat(log(SESSION)).containsExactly(
        "session{", "plan=resonance", "completed=false", "breaths=12", "seconds=90.0", "bpm=6.0", "calmBefore=4",
        "calmAfter=7", "ratings[", "bpm=6.5", "comfort=3", "]", "}");
    assertThat(columns(SESSION))
        .containsExactly("seconds=90.0", "plan=resonance", "completed=false", "breaths=12", "bpm=6.0");
  }

  @Test
  @DisplayName("what the log cannot take back is not storable")
  void storable() {
    assertThat(List.of(TIME, COUNT, ITEMS, NIGHT, REST, SESSION).stream().allMatch(Amount::storable)).isTrue();
    assertThat(new Amount.Count(-1).storable()).isFalse();
    assertThat(new Amount.Time(Duration.ofSeconds(-5)).storable()).isFalse();
    assertThat(new Amount.Night(null, LocalTime.NOON).storable()).isFalse();
    assertThat(new Amount.Session("p", true, 1, 60, 6, 11, null, List.of()).storable()).isFalse();
    assertThat(new Amount.Session("p", true, 1, 60, 6, null, null, List.of(new Amount.StepRating(6, 0))).storable())
        .isFalse();
  }
}
