package dev.steady.sound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steady.breath.Phase;
import dev.steady.breath.PlanLibrary;
import dev.steady.breath.Schedule;
import dev.steady.breath.SessionOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The guide as a WAV file")
class WavGuideTest {
  /** Samples of silence that part two tones (a tone's own zero crossings are one sample at most). */
  private static final int SILENCE = 20;

  private static Schedule schedule(String plan, SessionOptions options) {
    return Schedule.of(new PlanLibrary(null).find(plan), options);
  }

  @ParameterizedTest(name = "{0} --bpm {1} --duration {2}")
  @CsvSource(
      nullValues = "-",
      value = {"resonance,-,-", "4-7-8,-,-", "box,-,2m", "glide,-,-", "quick,5.5,-", "hum,13,1m"})
  @DisplayName("read back, every tone's onset lies within 1 ms of its phase's start, and the file lasts the session")
  void onsetsOnTheSchedule(String plan, Double bpm, String duration) throws Exception {
    Schedule s = schedule(plan, new SessionOptions(bpm, null, duration == null ? null : Duration.parse("PT" + duration.toUpperCase())));
    ByteArrayOutputStream file = new ByteArrayOutputStream();

    WavGuide.write(s, file);

    try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(file.toByteArray()))) {
      AudioFormat f = in.getFormat();
      assertThat(f.getSampleRate()).isEqualTo(Tones.RATE);
      assertThat(f.getChannels()).isEqualTo(1);
      assertThat(f.getSampleSizeInBits()).isEqualTo(16);
      byte[] pcm = in.readAllBytes();
      assertThat(pcm.length / 2 / (double) Tones.RATE).isCloseTo(s.totalNanos() / 1e9, org.assertj.core.data.Offset.offset(0.001));
      List<Double> onsets = onsetsMillis(pcm);
      List<Phase> phases = s.phases();
      assertThat(onsets).hasSameSizeAs(phases);
      for (int i = 0; i < phases.size(); i++) {
        assertThat(onsets.get(i))
            .as("tone %d (%s)", i, phases.get(i).kind())
            .isCloseTo(phases.get(i).startNanos() / 1e6, org.assertj.core.data.Offset.offset(1.0));
      }
    }
  }

  @Test
  @DisplayName("a 5-minute guide renders in well under a second")
  void rendersQuickly() throws Exception {
    Schedule s = schedule("resonance", SessionOptions.PLAN_AS_WRITTEN);
    WavGuide.write(s, new ByteArrayOutputStream()); // warm up, as a second render would be
    long start = System.nanoTime();

    WavGuide.write(s, java.io.OutputStream.nullOutputStream());

    assertThat((System.nanoTime() - start) / 1e6).as("milliseconds for 5 minutes").isLessThan(1000);
  }

  /** Where each tone starts: the first sound after at least {@link #SILENCE} silent samples. */
  private static List<Double> onsetsMillis(byte[] pcm) {
    List<Double> onsets = new ArrayList<>();
    int silent = SILENCE;
    for (int i = 0; i < pcm.length / 2; i++) {
      short v = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
      if (v == 0) {
        silent++;
      } else {
        if (silent >= SILENCE) {
          onsets.add(i * 1000.0 / Tones.RATE);
        }
        silent = 0;
      }
    }
    return onsets;
  }
}
