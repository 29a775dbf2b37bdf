package dev.steady.failure;

/**
 * The one way a run fails on purpose. Each factory fixes the exit code that PRODUCT.md gives the failure, so
 * the code is decided where the failure is named and nowhere else.
 */
public final class Failure extends RuntimeException {
  public static final int NOTHING_DUE = 1;
  public static final int USAGE = 2;
  /** {@code program start} while a programme runs, or {@code program stop} when none does. */
  public static final int PROGRAMME_STATE = 3;
  public static final int DATA = 65;
  public static final int IO = 74;
  public static final int BUSY = 75;
  public static final int INTERRUPTED = 130;
  /** A session ended by SIGHUP (its terminal closed): 128 + 1, as a shell reports a death by that signal. */
  public static final int HUNG_UP = 129;
  /** A session ended by SIGTERM: 128 + 15. */
  public static final int TERMINATED = 143;

  private final int exitCode;

  private Failure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Something the user typed does not parse or names nothing: exit 2. */
  public static Failure usage(String message) {
    return new Failure(USAGE, message, null);
  }

  /** The programme is not in the state the command needs (one runs already, or none does): exit 3. */
  public static Failure programmeState(String message) {
    return new Failure(PROGRAMME_STATE, message, null);
  }

  /** A log, config or plan file that does not parse or validate: exit 65. */
  public static Failure invalidData(String message) {
    return new Failure(DATA, message, null);
  }

  /** A file that cannot be read or written: exit 74. */
  public static Failure io(String message, Throwable cause) {
    return new Failure(IO, message, cause);
  }

  /** Another process held the log's lock for too long: exit 75. */
  public static Failure busy(String message) {
    return new Failure(BUSY, message, null);
  }

  public int exitCode() {
    return exitCode;
  }
}
