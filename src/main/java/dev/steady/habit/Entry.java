package dev.steady.habit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of the log. {@code date} is the local day it counts for, fixed when it is recorded, so moving to
 * another time zone never moves it; {@code recordedAt} keeps the instant with the offset it was taken in.
 */
public record Entry(
    String id, String habit, LocalDate date, OffsetDateTime recordedAt, Amount amount, String note) {}
