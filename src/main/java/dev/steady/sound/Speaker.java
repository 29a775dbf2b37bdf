package dev.steady.sound;

import dev.steady.breath.Phase;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays the guide's tones live on the default audio device as each phase starts. The tones are made once; a
 * cue only hands one to the line, whose buffer holds a whole tone, so the session's thread never waits on it.
 */
public final class Speaker implements Consumer<Phase>, AutoCloseable {
  /** Room for the longest tone and then some: a write returns at once. */
  private static final int BUFFER_BYTES = Tones.RATE * 2;

  private final SourceDataLine line;
  /** The tones made so far, by kind and length (a plan has a few phase lengths, a glide some more). */
  private final Map<Long, byte[]> tones = new HashMap<>();

  private Speaker(SourceDataLine line) {
    this.line = line;
  }

  /** The default device, or null when there is none (no sound card, no server, a headless box). */
  public static Speaker open() {
    try {
      SourceDataLine line = AudioSystem.getSourceDataLine(Tones.FORMAT);
      line.open(Tones.FORMAT, BUFFER_BYTES);
      line.start();
      return new Speaker(line);
    } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }

  @Override
  public void accept(Phase phase) {
    long key = (long) Tones.samples(phase.kind(), phase.seconds()) << 3 | phase.kind().ordinal();
    byte[] tone = tones.computeIfAbsent(key, k -> Tones.of(phase.kind(), phase.seconds()));
    if (line.available() >= tone.length) {
      line.write(tone, 0, tone.length);
    }
  }

  @Override
  public void close() {
    line.drain();
    line.close();
  }
}
