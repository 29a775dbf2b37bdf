package dev.steady.cli;

import dev.steady.failure.Failure;
import dev.steady.term.TerminalText;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine;

/** Entry point: builds the command line, runs it, and decides the exit code in one place. */
public final class Main {
  /** Unexpected failures (a bug): EX_SOFTWARE from sysexits.h. */
  static final int INTERNAL = 70;

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code;
    try {
      code = run(args, Context.system(), out, err);
    } catch (OutOfMemoryError e) {
      // files over their size limits are refused before they are read, so this is a bug or a tiny heap: one line
      err.println("steady: out of memory (" + e.getMessage() + ")");
      code = INTERNAL;
    }
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line. The exact simple forms of the quick commands that cron runs skip picocli's model
   * (most of their start-up); everything else, help and errors included, goes through picocli. Both reach the
   * same command code.
   */
  public static int run(String[] args, Context context, PrintWriter out, PrintWriter err) {
    OptionalInt quick = QuickForms.run(args, context, out, err);
    return quick.isPresent() ? quick.getAsInt() : throughPicocli(args, context, out, err);
  }

  static int throughPicocli(String[] args, Context context, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(context, args.length == 0 ? null : args[0]);
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  }

  /** The model of steady and every subcommand, for what describes them all (the man pages, built at package). */
  public static CommandLine.Model.CommandSpec describeAll() {
    return commandLine(Context.system(), null).getCommandSpec();
  }

  /**
   * The command line for a run whose first argument is {@code first}: when that names a subcommand, only that
   * one is built, and for {@code --version} none; otherwise (help, a typo, completion, which describes them
   * all) every one is.
   */
  static CommandLine commandLine(Context context, String first) {
    CommandLine cl = new CommandLine(new SteadyCommand(), new Factory(context));
    boolean one = SteadyCommand.SUBCOMMANDS.containsKey(first) && !"completion".equals(first);
    boolean none = "--version".equals(first) || "-V".equals(first);
    SteadyCommand.SUBCOMMANDS.forEach(
        (name, command) -> {
          if (!none && (!one || name.equals(first))) {
            cl.addSubcommand(name, command);
          }
        });
    cl.registerConverter(Duration.class, Values::duration);
    cl.registerConverter(Double.class, Values::decimal);
    cl.registerConverter(Double.TYPE, Values::decimal);
    cl.registerConverter(Integer.class, Values::whole);
    cl.registerConverter(Integer.TYPE, Values::whole);
    cl.registerConverter(Long.class, text -> Values.whole(text).longValue());
    cl.registerConverter(Long.TYPE, text -> Values.whole(text).longValue());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(
        context.colour() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
    cl.setExecutionStrategy(
        parsed -> {
          SyncedCopies.beforeCommand(parsed, context);
          return new CommandLine.RunLast().execute(parsed);
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine failed = ex.getCommandLine();
          PrintWriter err = failed.getErr();
          err.println("steady: " + oneLine(usage(ex)) + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
          return Failure.USAGE;
        });
    cl.setExecutionExceptionHandler((ex, failed, parsed) -> failed(ex, context, failed.getErr()));
    return cl;
  }

  /**
   * picocli's message, except where it names only what was wrong: an unknown command, option or argument is
   * said together with what was expected there.
   */
  private static String usage(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
      return ex.getMessage();
    }
    CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
    String first = unmatched.getUnmatched().get(0);
    if (unmatched.isUnknownOption()) {
      List<String> options = spec.options().stream().filter(o -> !o.hidden()).map(o -> o.longestName()).toList();
      return "unknown option '" + first + "'; expected one of " + String.join(", ", options);
    }
    if (!spec.subcommands().isEmpty()) {
      return "unknown command '" + first + "'; expected one of " + String.join(", ", spec.subcommands().keySet());
    }
    return "unexpected argument '" + first + "'"
        + (spec.positionalParameters().isEmpty() ? "; " + spec.name() + " takes no arguments" : "");
  }

  /** Reports a command's failure in one line on stderr and gives its exit code. */
  static int failed(Exception ex, Context context, PrintWriter err) {
    if (ex instanceof Failure f) {
      err.println("steady: " + oneLine(f.getMessage()));
      debug(context, ex, err);
      return f.exitCode();
    }
    err.println("steady: internal error: " + oneLine(ex.toString()) + " (set STEADY_DEBUG=1 for the stack trace)");
    debug(context, ex, err);
    return INTERNAL;
  }

  private static void debug(Context context, Exception ex, PrintWriter err) {
    if (context.env().get("STEADY_DEBUG") != null) {
      ex.printStackTrace(err);
    }
  }

  /** Messages quote what the user typed and what files hold: one line, with control characters escaped. */
  private static String oneLine(String message) {
    return message == null ? "" : TerminalText.escape(message.strip().replaceAll("\\s*\\R\\s*", " "));
  }

  /** Gives every command the context, so tests can run them on a fixed clock and environment. */
  private static final class Factory implements CommandLine.IFactory {
    private final Context context;

    Factory(Context context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Context.class).newInstance(context);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
