package dev.steady.program;

/**
 * A day's habit focus: one of the practices steady coaches.
 *
 * @param habit the id of the habit that shows whether it was kept, when the config has a habit of that id
 * @param title a few words for a reminder line ({@code plants})
 * @param tip what to do today, in a sentence
 */
public record Focus(String habit, String title, String tip) {}
