package dev.steady.breath;

import dev.steady.json.Json;
import java.nio.charset.StandardCharsets;

/** Plans for tests: the bundled ones by name, or one written inline. */
final class TestPlans {
  private TestPlans() {}

  static Plan bundled(String name) {
    return new PlanLibrary(null).find(name);
  }

  static Plan parse(String json) {
    return PlanReader.read("test", Json.read(json.getBytes(StandardCharsets.UTF_8), "test.json"));
  }

  /** A one-segment plan at a steady rate. */
  static Plan steady(double bpm, String ratio, String duration) {
    return parse(
        "{\"title\": \"t\", \"duration\": \"" + duration + "\", \"segments\": [{\"bpm\": " + bpm
            + ", \"ratio\": \"" + ratio + "\"}]}");
  }
}
