/** Length limits shared by the server's validation and the web forms. */
export const LIMITS = {
  passwordMin: 12,
  passwordMax: 128,
  nameMax: 100,
  emailMax: 254,
  practiceNameMax: 120,
  tokenMax: 200,
} as const;

/** The session loop: what the client brings to the next session, and how the last one worked. */
export const AGENDA_TEXT_MAX = 1000;
export const FEEDBACK_TEXT_MAX = 1000;
/** How long after a session ends the client is asked about it. */
export const FEEDBACK_WINDOW_DAYS = 7;
