package dev.steady.term;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Asks a person for a rating on a scale from 1: a key at the animated screen, a line otherwise. */
public interface Questions {
  /** The answer from 1 to {@code max}, or null when the person gives none (an empty line, Enter, q, the end of input). */
  Integer rating(String question, int max);

  /**
   * Asks on {@code out} and reads whole lines from {@code in}; a wrong answer is asked again, twice at most.
   * Answers from a pipe are written after their question (a terminal has echoed them already), so that the
   * output reads as a conversation.
   */
  static Questions lines(PrintWriter out, InputStream in, boolean keyboard) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    return (question, max) -> {
      for (int attempt = 0; attempt < 3; attempt++) {
        out.print(question + " ");
        out.flush();
        String line;
        try {
          line = reader.readLine();
        } catch (IOException e) {
          return null;
        }
        if (!keyboard) {
          out.println(line == null ? "" : line.strip());
        }
        if (line == null || line.isBlank()) {
          return null;
        }
        Integer answer = parse(line.strip(), max);
        if (answer != null) {
          return answer;
        }
        out.println("Please answer with a whole number from 1 to " + max + ", or nothing to skip.");
      }
      return null;
    };
  }

  /** A whole number from 1 to {@code max}, or null. */
  static Integer parse(String text, int max) {
    if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int n = Integer.parseInt(text);
    return n >= 1 && n <= max ? n : null;
  }
}
