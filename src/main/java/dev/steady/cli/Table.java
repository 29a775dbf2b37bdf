package dev.steady.cli;

import dev.steady.term.TerminalText;
import java.io.PrintWriter;
import java.util.List;

/**
 * Rows of text in aligned columns, two spaces apart, as the listing commands print them. Cells may hold a
 * person's or a file's text, so each is shown with its control characters escaped.
 */
final class Table {
  private Table() {}

  static void print(PrintWriter out, List<List<String>> cells) {
    List<List<String>> rows = cells.stream().map(row -> row.stream().map(TerminalText::escape).toList()).toList();
    int[] widths = new int[rows.stream().mapToInt(List::size).max().orElse(0)];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length() + 2));
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
