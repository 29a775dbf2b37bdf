package dev.steady.imports;

import dev.steady.failure.Failure;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them (quotes where a cell needs them, a doubled quote inside),
 * with the line and column of every cell kept, so that a message can point at it.
 */
final class CsvRows {
  /** A cell's text and where it starts (1-based line and column). */
  record Cell(String text, int line, int column) {}

  private CsvRows() {}

  static List<List<Cell>> read(String text, String source) {
    List<List<Cell>> rows = new ArrayList<>();
    List<Cell> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int column = 1;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int cellLine = line;
    int cellColumn = column;
    boolean quoted = false;
    boolean afterQuote = false;
    boolean rowStarted = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
            column++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else {
          cell.append(c);
          if (c == '\n') {
            line++;
            column = 0;
          }
        }
        column++;
        continue;
      }
      if (c == ',' || c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (c == ',' || rowStarted || cell.length() > 0 || !row.isEmpty()) {
          row.add(new Cell(cell.toString(), cellLine, cellColumn));
        }
        cell.setLength(0);
        afterQuote = false;
        if (c == ',') {
          column++;
          rowStarted = true;
        } else {
          if (!row.isEmpty()) {
            rows.add(row);
          }
          row = new ArrayList<>();
          rowStarted = false;
          line++;
          column = 1;
        }
        cellLine = line;
        cellColumn = column;
        continue;
      }
      if (afterQuote) {
        throw Failure.invalidData(source + ":" + line + ":" + column + ": expected a comma or the end of the line after a quoted cell");
      }
      if (c == '"' && cell.length() == 0) {
        quoted = true;
      } else {
        cell.append(c);
      }
      rowStarted = true;
      column++;
    }
    if (quoted) {
      throw Failure.invalidData(source + ":" + cellLine + ":" + cellColumn + ": a quoted cell is never closed");
    }
    if (rowStarted || cell.length() > 0 || !row.isEmpty()) {
      row.add(new Cell(cell.toString(), cellLine, cellColumn));
      rows.add(row);
    }
    return rows;
  }
}
