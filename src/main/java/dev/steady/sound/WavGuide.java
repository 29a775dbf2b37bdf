package dev.steady.sound;

import dev.steady.breath.Phase;
import dev.steady.breath.Schedule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * A session's guide as a WAV file, on exactly the session's schedule: each phase's tone starts on the sample
 * nearest the phase's start (within half a sample, 23 microseconds), and the file lasts the whole session.
 * Made at once, not in real time.
 */
public final class WavGuide {
  private WavGuide() {}

  /** The sample at which something {@code nanos} into the session falls. */
  public static long sampleAt(long nanos) {
    return Math.round(nanos * (double) Tones.RATE / 1e9);
  }

  public static void write(Schedule schedule, OutputStream out) throws IOException {
    int total = (int) sampleAt(schedule.totalNanos());
    byte[] pcm = new byte[2 * total];
    for (Phase p : schedule.phases()) {
      int start = (int) sampleAt(p.startNanos());
      int n = Math.min(Tones.samples(p.kind(), p.seconds()), total - start);
      Tones.write(p.kind(), n, pcm, 2 * start);
    }
    try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), Tones.FORMAT, total)) {
      AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
    }
  }
}
