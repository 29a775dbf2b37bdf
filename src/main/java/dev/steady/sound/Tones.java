package dev.steady.sound;

import dev.steady.breath.PhaseKind;
import javax.sound.sampled.AudioFormat;

/**
 * The guide's sounds, synthesised: a soft rising tone as the in-breath starts, a falling one for the out-breath,
 * a short chime for a hold. 16-bit mono PCM at {@link #RATE} samples a second; each tone starts on its first
 * sample (a 3 ms fade-in keeps it from clicking) and fits within its phase.
 */
public final class Tones {
  public static final int RATE = 22_050;
  public static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

  private static final double TONE_SECONDS = 0.6;
  private static final double CHIME_SECONDS = 0.3;
  private static final double ATTACK_SECONDS = 0.003;
  private static final double RELEASE_SECONDS = 0.15;
  private static final double LOUDNESS = 0.25 * Short.MAX_VALUE;
  /** A tone ends this long before its phase does, so that two tones never run together. */
  private static final double GAP_SECONDS = 0.05;

  private Tones() {}

  /** The tone for a phase that starts now and lasts {@code phaseSeconds}, as little-endian 16-bit samples. */
  public static byte[] of(PhaseKind kind, double phaseSeconds) {
    int n = samples(kind, phaseSeconds);
    byte[] pcm = new byte[2 * n];
    write(kind, n, pcm, 0);
    return pcm;
  }

  /** How many samples the tone of a phase of {@code phaseSeconds} has. */
  static int samples(PhaseKind kind, double phaseSeconds) {
    double seconds = kind == PhaseKind.HOLD_IN || kind == PhaseKind.HOLD_OUT ? CHIME_SECONDS : TONE_SECONDS;
    return (int) Math.max(0, Math.min(seconds, phaseSeconds - GAP_SECONDS) * RATE);
  }

  /** Writes {@code n} samples of the phase's tone into {@code pcm} from byte {@code offset}. */
  static void write(PhaseKind kind, int n, byte[] pcm, int offset) {
    double phase = 0;
    int attack = (int) (ATTACK_SECONDS * RATE);
    int release = (int) Math.min(RELEASE_SECONDS * RATE, n / 2.0);
    for (int i = 0; i < n; i++) {
      double t = (double) i / n;
      double hz;
      double envelope;
      switch (kind) {
        case INHALE -> {
          hz = 330 + 110 * t;
          envelope = fade(i, n, attack, release);
        }
        case EXHALE -> {
          hz = 440 - 110 * t;
          envelope = fade(i, n, attack, release);
        }
        default -> {
          hz = 880;
          envelope = Math.min(1, (double) i / attack) * Math.exp(-5 * t);
        }
      }
      phase += 2 * Math.PI * hz / RATE;
      // the first sample is the onset: the sine starts at its peak side, never at a silent zero
      short v = (short) Math.round(LOUDNESS * envelope * Math.sin(phase));
      pcm[offset + 2 * i] = (byte) v;
      pcm[offset + 2 * i + 1] = (byte) (v >> 8);
    }
  }

  private static double fade(int i, int n, int attack, int release) {
    double in = Math.min(1, (i + 1.0) / attack);
    double out = Math.min(1, (double) (n - i) / release);
    return in * out;
  }
}
