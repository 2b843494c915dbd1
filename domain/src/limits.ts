/** Length limits shared by the server's validation and the web forms. */
export const LIMITS = {
  passwordMin: 12,
  passwordMax: 128,
  nameMax: 100,
  emailMax: 254,
  practiceNameMax: 120,
  tokenMax: 200,
} as const;
