import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

// Instants are ISO-8601 UTC strings in both dialects (PostgreSQL's timestamptz is parsed back
// to ISO strings in connect.ts); flags are integers 0/1 so both dialects read them alike.

export type PracticeTable = {
  id: string;
  name: string;
  created_at: string;
};

export type UserTable = {
  id: string;
  practice_id: string;
  email: string;
  name: string;
  role: 'therapist' | 'client';
  is_admin: number;
  password_hash: string;
  time_zone: string;
  locale: string;
  privacy_accepted_at: string | null;
  created_at: string;
  updated_at: string;
};

export type SessionTable = {
  id: string;
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  absolute_expires_at: string | null;
  ip: string | null;
  user_agent: string | null;
};

export type InvitationTable = {
  id: string;
  practice_id: string;
  email: string;
  name: string;
  role: 'therapist' | 'client';
  invited_by: string;
  token_hash: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_user_id: string | null;
  revoked_at: string | null;
  created_at: string;
  sent_at: string;
};

export type CareTeamLinkTable = {
  id: string;
  client_id: string;
  therapist_id: string;
  started_at: string;
  ended_at: string | null;
  started_by: string;
  ended_by: string | null;
};

export type PasswordResetTable = {
  id: string;
  user_id: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
};

export type SignInFailureTable = {
  id: Generated<number>;
  key: string;
  at: string;
};

export type AuditLogTable = {
  id: string;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  practice_id: string | null;
  action: string;
  client_id: string | null;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  outcome: 'success' | 'failure' | 'denied';
  detail: string | null;
};

export type SettingTable = { key: string; value: string };

export type Database = {
  settings: SettingTable;
  practices: PracticeTable;
  users: UserTable;
  sessions: SessionTable;
  invitations: InvitationTable;
  care_team_links: CareTeamLinkTable;
  password_resets: PasswordResetTable;
  sign_in_failures: SignInFailureTable;
  audit_log: AuditLogTable;
};

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type Invitation = Selectable<InvitationTable>;
export type AuditEntry = Selectable<AuditLogTable>;
