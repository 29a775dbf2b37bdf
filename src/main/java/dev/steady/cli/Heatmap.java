package dev.steady.cli;

import dev.steady.habit.Cell;
import dev.steady.habit.HabitStatus;
import dev.steady.habit.Words;
import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The last days of every habit, one row a habit and one column a day, oldest on the left, with a space
 * between weeks. In colour a met day is a green block, a day with some but not enough a yellow outline, a
 * rested day a blue ring, a day that passed a limit a red cross, an empty day a grey dot; without colour they
 * are {@code #}, {@code +}, {@code ~}, {@code !} and {@code .}.
 */
final class Heatmap {
  private static final String RESET = "\u001b[0m";

  private final boolean colour;
  private final DayOfWeek weekStartsOn;

  Heatmap(boolean colour, DayOfWeek weekStartsOn) {
    this.colour = colour;
    this.weekStartsOn = weekStartsOn;
  }

  void print(PrintWriter out, List<HabitStatus> statuses) {
    List<Cell> days = statuses.get(0).cells();
    int labelWidth = statuses.stream().mapToInt(s -> s.habit().id().length()).max().orElse(0);
    if (days.isEmpty()) {
      return;
    }
    out.println("last " + Words.plural(days.size(), "day") + ", " + days.get(0).date() + " to "
        + days.get(days.size() - 1).date() + ":");
    StringBuilder header = new StringBuilder();
    for (Cell c : days) {
      header.append(gap(c.date(), days)).append(c.date().getDayOfWeek().name().charAt(0));
    }
    out.println(" ".repeat(labelWidth + 2) + header);
    for (HabitStatus s : statuses) {
      StringBuilder row = new StringBuilder();
      for (Cell c : s.cells()) {
        row.append(gap(c.date(), days)).append(symbol(c.level()));
      }
      out.println(s.habit().id() + " ".repeat(labelWidth + 2 - s.habit().id().length()) + row);
    }
    out.println(symbol(Cell.MET) + " met   " + symbol(Cell.SOME) + " some (a limit: within it)   " + symbol(Cell.RESTED)
        + " rested   " + symbol(Cell.OVER) + " over a limit   " + symbol(Cell.NONE) + " none");
  }

  private String gap(LocalDate date, List<Cell> days) {
    return date.getDayOfWeek() == weekStartsOn && !date.equals(days.get(0).date()) ? " " : "";
  }

  private String symbol(int level) {
    if (!colour) {
      return switch (level) {
        case Cell.MET -> "#";
        case Cell.SOME -> "+";
        case Cell.RESTED -> "~";
        case Cell.OVER -> "!";
        default -> ".";
      };
    }
    return switch (level) {
      case Cell.MET -> "\u001b[32m■";
      case Cell.SOME -> "\u001b[33m□";
      case Cell.RESTED -> "\u001b[34m○";
      case Cell.OVER -> "\u001b[31m×";
      default -> "\u001b[90m·";
    } + RESET;
  }
}
