package dev.steady.cli;

/** Runs the common paths once at package time so the class-data archive holds their classes. */
public final class Training {
  private Training() {}

  public static void main(String[] args) {
  }
}
