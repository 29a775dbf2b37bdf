package dev.steady.cli;

import dev.steady.breath.TimeSource;
import dev.steady.breath.VirtualTime;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** One run of the program through picocli, as a test sees it: the exit code and both streams. */
record CommandRun(int code, String out, String err) {
  /** 08:30 on Monday 10 March 2025 in Berlin. */
  static final Clock MORNING = Clock.fixed(Instant.parse("2025-03-10T07:30:00Z"), ZoneId.of("Europe/Berlin"));

  /** Not a terminal, no environment, the morning clock and a virtual monotonic clock. */
  static Context context() {
    return context(VirtualTime.exact(0), MORNING);
  }

  static Context context(TimeSource time, Clock clock) {
    return new Context(Map.of(), clock, time, false);
  }

  static CommandRun of(Context context, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, context, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CommandRun(code, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
