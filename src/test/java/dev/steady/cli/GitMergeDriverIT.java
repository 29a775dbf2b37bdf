package dev.steady.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The git merge driver end to end, as the README sets it up: a real repository holding log.json, two branches
 * that each logged, deleted and edited entries through the real {@code bin/steady}, and a {@code git merge}
 * that ends with no conflict and the right entries.
 */
@DisplayName("steady merge --driver in a real git repository")
class GitMergeDriverIT {
  @TempDir Path repo;

  private record Result(int code, String out) {}

  private Result run(String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    Map<String, String> env = builder.environment();
    env.put("STEADY_HOME", repo.toString());
    env.put("GIT_AUTHOR_NAME", "t");
    env.put("GIT_AUTHOR_EMAIL", "t@example.org");
    env.put("GIT_COMMITTER_NAME", "t");
    env.put("GIT_COMMITTER_EMAIL", "t@example.org");
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("HOME", repo.toString());
    Process p = builder.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private String ok(String... command) throws IOException, InterruptedException {
    Result r = run(command);
    assertThat(r.code()).as(String.join(" ", command) + "\n" + r.out()).isZero();
    return r.out();
  }

  private String steady(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = LaunchedProcess.LAUNCHER.toString();
    System.arraycopy(args, 0, command, 1, args.length);
    return ok(command);
  }

  /** The id of the entry of {@code habit} that {@code history --json} shows. */
  private String id(String habit) throws IOException, InterruptedException {
    Matcher m = Pattern.compile("\"id\": \"([^\"]+)\",\\s*\"habit\": \"" + habit + "\"").matcher(steady("history", "--json"));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private List<String> entries() throws IOException, InterruptedException {
    return steady("history").lines().map(l -> l.replaceFirst("^\\S+\\s+", "").replaceAll("\\s+", " ")).sorted().toList();
  }

  @Test
  @DisplayName("two branches that each logged, deleted and edited merge with no conflict and the right entries")
  void twoBranches() throws IOException, InterruptedException {
    assumeTrue(run("git", "--version").code() == 0, "git is not installed");
    ok("git", "init", "-q", "-b", "main");
    // the two lines the README gives
    Files.writeString(repo.resolve(".gitattributes"), "log.json merge=steady\n");
    Files.writeString(repo.resolve(".gitignore"), "log.json.lock\n");
    ok("git", "config", "merge.steady.driver", LaunchedProcess.LAUNCHER + " merge --driver %O %A %B");
    ok("git", "config", "merge.steady.name", "steady's log: union by id");

    steady("log", "move", "25m", "--date", "2026-11-20");
    steady("log", "fermented", "--date", "2026-11-20");
    steady("log", "plants", "kale", "--date", "2026-11-20");
    ok("git", "add", ".gitattributes", ".gitignore", "log.json");
    ok("git", "commit", "-q", "-m", "shared");

    ok("git", "checkout", "-q", "-b", "laptop");
    steady("log", "omega3", "--date", "2026-11-21");
    steady("delete", id("fermented"));
    ok("git", "commit", "-q", "-am", "laptop: omega3, fermented deleted");

    ok("git", "checkout", "-q", "main");
    steady("log", "plants", "oats", "--date", "2026-11-21");
    steady("edit", id("move"), "40m");
    ok("git", "commit", "-q", "-am", "desktop: oats, move edited");

    Result merge = run("git", "merge", "--no-edit", "laptop");

    assertThat(merge.code()).as(merge.out()).isZero();
    assertThat(merge.out()).doesNotContain("CONFLICT");
    assertThat(ok("git", "status", "--porcelain")).isEmpty();
    List<String> entries = entries();
    assertThat(entries).hasSize(4);
    assertThat(String.join("\n", entries)).contains("move 40m", "plants kale", "omega3", "plants oats")
        .doesNotContain("fermented", "25m");
    assertThat(Files.readString(repo.resolve("log.json"))).contains("\"deleted\"");
  }
}
