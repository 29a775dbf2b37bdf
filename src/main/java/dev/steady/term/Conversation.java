package dev.steady.term;

import dev.steady.breath.SessionResult;

/**
 * The caller's part around a session's breathing, which the session calls on its own screen: questions
 * before, and after it the questions, the record and the summary line. The screen decides how to ask.
 */
public interface Conversation {
  /** Before the breathing starts (a calm rating, say). */
  void before(Questions ask);

  /** As soon as the breathing is over: asks what it needs, records the session, and gives the summary line. */
  String after(SessionResult result, Questions ask);

  /** Nothing asked, nothing recorded: the summary alone. */
  Conversation SILENT =
      new Conversation() {
        @Override
        public void before(Questions ask) {}

        @Override
        public String after(SessionResult result, Questions ask) {
          return PlainSession.summary(result, null);
        }
      };
}
