package dev.steady.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "completion",
    description = {
      "Print a shell completion script for steady.",
      "bash: add 'source <(steady completion bash)' to ~/.bashrc.",
      "zsh: add 'source <(steady completion zsh)' to ~/.zshrc (the script loads bashcompinit)."
    },
    mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  Shell shell;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (shell == Shell.zsh) {
      // picocli's script serves zsh too: it loads bashcompinit when zsh sources it
      out.println("# steady completion for zsh, through bashcompinit");
    }
    out.print(AutoComplete.bash("steady", spec.root().commandLine()));
    out.flush();
    return 0;
  }
}
