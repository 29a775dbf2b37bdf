package dev.steady.term;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.breath.Note;
import dev.steady.breath.Pace;
import dev.steady.breath.Pacer;
import dev.steady.breath.Pattern;
import dev.steady.breath.Plan;
import dev.steady.breath.Prompts;
import dev.steady.breath.Schedule;
import dev.steady.breath.Segment;
import dev.steady.breath.SessionOptions;
import dev.steady.breath.VirtualTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A shared plan's text on the animated screen")
class SessionScreenTextTest {
  private static final String HOSTILE = "\u001b]52;c;aGk=\u0007 \u001b[2J \u009b31m \u007f \u202eevil";

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {20, 40, 80, 200})
  @DisplayName("title, prompts and notes are shown with their control characters escaped, at any width")
  void escaped(int cols) {
    Plan plan = new Plan("shared", "title " + HOSTILE, HOSTILE, Duration.ofSeconds(16),
        List.of(new Segment(new Pace.Fixed(new Pattern(4, 4, 4, 4)), Duration.ofSeconds(16),
            new Prompts("in " + HOSTILE, HOSTILE, "out " + HOSTILE, HOSTILE))),
        List.of(new Note(Duration.ZERO, "note " + HOSTILE)), "test");
    VirtualTime clock = VirtualTime.exact(0);
    Pacer pacer = new Pacer(Schedule.of(plan, SessionOptions.PLAN_AS_WRITTEN), clock);
    pacer.start();
    SessionScreen screen = new SessionScreen(pacer.schedule(), true, true);

    for (int second = 0; second < 16; second += 2) {
      clock.set(second * 1_000_000_000L);
      List<AttributedString> rows = screen.render(pacer.position(), false, cols, 24);
      String text = rows.stream().map(AttributedString::toString).collect(Collectors.joining());
      assertThat(text.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x202e)))
          .as("controls at %d s on %d columns:%n%s", second, cols, text)
          .isEmpty();
      if (cols >= 80 && second == 0) {
        assertThat(text).contains("\\x1b[2J").contains("\\x9b31m");
      }
    }
  }
}
