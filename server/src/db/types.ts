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

export type GoalTable = {
  id: string;
  client_id: string;
  status: 'proposed' | 'active' | 'on_hold' | 'achieved' | 'let_go';
  title: string;
  why: string;
  specific: string;
  measurable: string;
  measure_tracker_id: string | null;
  measure_target: string;
  confidence: number | null;
  relevant: string;
  target_date: string | null;
  /** JSON of GasLevels, or null without a Goal Attainment Scale. */
  gas_levels: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  achieved_at: string | null;
};

export type GoalProposalTable = {
  id: string;
  goal_id: string;
  kind: 'create' | 'edit';
  /** JSON of the proposed fields. */
  changes: string;
  status: 'open' | 'accepted' | 'declined' | 'superseded';
  note: string;
  proposed_by: string;
  decided_by: string | null;
  created_at: string;
  decided_at: string | null;
};

export type GoalStepTable = {
  id: string;
  goal_id: string;
  position: number;
  title: string;
  done_at: string | null;
  done_by: string | null;
  created_at: string;
};

export type GasRatingTable = { id: string; goal_id: string; level: number; note: string; rated_by: string; rated_at: string };

export type ResourceTable = {
  id: string;
  practice_id: string;
  owner_id: string;
  visibility: 'practice' | 'private';
  kind: 'handout' | 'worksheet' | 'link' | 'exercise';
  title: string;
  body: string;
  url: string | null;
  /** JSON array of strings. */
  tags: string;
  attachment_name: string | null;
  attachment_mime: string | null;
  attachment_size: number | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

export type ResourceFileTable = { resource_id: string; data: Buffer };

export type ResourceShareTable = {
  id: string;
  resource_id: string;
  client_id: string;
  shared_by: string;
  shared_at: string;
  seen_at: string | null;
};

export type AssignmentTable = {
  id: string;
  client_id: string;
  kind: 'one_off' | 'practice' | 'worksheet';
  status: 'awaiting_confirmation' | 'active' | 'completed';
  title: string;
  instructions: string;
  purpose: string;
  goal_id: string | null;
  step_id: string | null;
  /** JSON of Schedule; start_date and end_date copy its span for range queries. */
  schedule: string;
  start_date: string;
  end_date: string;
  place: string;
  /** JSON of { if, then } or null. */
  if_then: string | null;
  /** JSON array of { obstacle, copingPlan }. */
  obstacles: string;
  resource_id: string | null;
  due_date: string | null;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
};

export type AssignmentVersionTable = {
  id: string;
  assignment_id: string;
  version: number;
  snapshot: string;
  changed_by: string;
  changed_at: string;
};

export type AssignmentCheckInTable = {
  id: string;
  assignment_id: string;
  client_id: string;
  occurrence_date: string;
  occurrence_time: string;
  outcome: 'done' | 'partly' | 'not_done';
  how_it_went: string;
  helpfulness: number | null;
  note: string;
  barrier: string | null;
  barrier_note: string;
  time_zone: string;
  recorded_at: string;
};

export type AssignmentReviewTable = {
  id: string;
  assignment_id: string;
  reviewer_id: string;
  decision: 'continue' | 'adjust' | 'complete';
  note: string;
  version: number;
  created_at: string;
};

export type EncouragementTable = {
  id: string;
  client_id: string;
  from_id: string;
  target_type: string;
  target_id: string;
  target_title: string;
  message: string;
  created_at: string;
  seen_at: string | null;
};

export type TrackerTable = {
  id: string;
  client_id: string;
  name: string;
  type: 'count' | 'yes_no' | 'intensity' | 'duration';
  category: 'urge' | 'behavior';
  created_by: string;
  created_at: string;
  archived_at: string | null;
};

export type EntryTable = {
  id: string;
  client_id: string;
  kind: 'mood' | 'thought_record' | 'behavior' | 'skill' | 'activity' | 'journal';
  occurred_at: string;
  /** The client's calendar date and wall time when it happened, in `time_zone`. */
  local_date: string;
  local_time: string;
  time_zone: string;
  /** 1: the care team may see it; 0: private to the client. */
  shared: number;
  /** JSON, validated by the kind's schema in domain/src/entries.ts. */
  data: string;
  idempotency_key: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

export type MonitoringSettingsTable = { client_id: string; skills: string; mood_fields: string; updated_by: string; updated_at: string };

export type EntryVersionTable = { id: string; entry_id: string; data: string; shared: number; replaced_at: string };

export type SettingTable = { key: string; value: string };

export type QuestionnaireTable = { id: string; owner_id: string; current_version: number; created_at: string; updated_at: string; archived_at: string | null };
export type QuestionnaireVersionTable = { questionnaire_id: string; version: number; definition: string; created_at: string };

export type MeasureScheduleTable = {
  id: string;
  client_id: string;
  instrument_key: string | null;
  questionnaire_id: string | null;
  frequency: 'once' | 'every_n_weeks' | 'before_appointment';
  every_weeks: number | null;
  start_date: string;
  created_by: string;
  created_at: string;
  ended_at: string | null;
};

export type MeasureResponseTable = {
  id: string;
  client_id: string;
  schedule_id: string;
  due_date: string;
  instrument_key: string | null;
  instrument_version: number | null;
  questionnaire_id: string | null;
  questionnaire_version: number | null;
  status: 'draft' | 'submitted';
  /** JSON: { [itemKey]: number | string | null } */
  answers: string;
  /** JSON: the InstrumentScore at submission (null for custom questionnaires and drafts). */
  score: string | null;
  total: number | null;
  started_at: string;
  submitted_at: string | null;
  local_date: string | null;
  time_zone: string | null;
};

export type SafetyAlertTable = {
  id: string;
  client_id: string;
  response_id: string;
  item_key: string;
  item_text: string;
  answer_label: string;
  short_name: string;
  created_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  note: string | null;
};

export type SafetyPlanVersionTable = { id: string; client_id: string; version: number; plan: string; author_id: string; created_at: string };
export type CrisisInstructionsTable = { therapist_id: string; text: string; updated_at: string };

export type AppointmentTable = {
  id: string;
  client_id: string;
  therapist_id: string;
  series_id: string | null;
  starts_at: string;
  duration_minutes: number;
  mode: 'in_person' | 'video';
  place: string;
  video_link: string;
  status: 'scheduled' | 'cancelled';
  created_by: string;
  created_at: string;
  updated_at: string;
};

export type AgendaItemTable = {
  id: string;
  client_id: string;
  text: string;
  source_entry_id: string | null;
  created_by: string;
  created_at: string;
  discussed_at: string | null;
  discussed_by: string | null;
  deleted_at: string | null;
};

export type SessionFeedbackTable = {
  id: string;
  client_id: string;
  appointment_id: string;
  rating: number;
  helped: string;
  did_not_help: string;
  do_differently: string;
  created_at: string;
};

export type SessionNoteTable = {
  id: string;
  client_id: string;
  appointment_id: string | null;
  author_id: string;
  text: string;
  created_at: string;
  updated_at: string;
};

export type MessageTable = {
  id: string;
  client_id: string;
  author_id: string;
  author_role: 'therapist' | 'client';
  body: string;
  created_at: string;
  read_by_client_at: string | null;
  read_by_team_at: string | null;
};
export type MessagingSettingsTable = { client_id: string; paused: number; paused_by: string | null; paused_at: string | null; updated_at: string };
export type ReplyTimeTable = { therapist_id: string; text: string; updated_at: string };

export type NotificationStatus = 'pending' | 'claimed' | 'sent' | 'dropped' | 'failed';
export type NotificationTable = {
  id: string;
  user_id: string;
  kind: string;
  due_at: string;
  drop_after: string | null;
  title: string;
  body: string;
  clinical_body: string | null;
  url: string;
  status: NotificationStatus;
  attempts: Generated<number>;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  delivered_at: string | null;
  sent_at: string | null;
  /** JSON: each channel's outcome, e.g. {"inApp":"delivered","email":"sent"}. */
  channels: Generated<string>;
  reason: string | null;
  dedupe_key: string;
  read_at: string | null;
  created_at: string;
};
export type NotificationPreferencesTable = {
  user_id: string;
  email: number;
  quiet_hours_start: string | null;
  quiet_hours_end: string | null;
  show_clinical_content: number;
  /** JSON array of HH:MM: when the client wants a check-in reminder, in their zone. */
  check_in_times: Generated<string>;
  /** HH:MM of a therapist's daily digest in their zone; null: no digest. */
  digest_time: string | null;
  updated_at: string;
};

export type PushSubscriptionTable = {
  id: string;
  user_id: string;
  /** The push service's URL for one browser; unique. */
  endpoint: string;
  /** The browser's P-256 public key and auth secret (base64url), for encrypting payloads. */
  p256dh: string;
  auth: string;
  label: string | null;
  created_at: string;
  updated_at: string;
  last_success_at: string | null;
  last_failure_at: string | null;
  last_failure: string | null;
};
/** A person's address was rejected permanently (SMTP 5xx); one row per person, the latest. */
export type EmailBounceTable = { user_id: string; address: string; reason: string; bounced_at: string };

export type CalendarFeedTable = {
  user_id: string;
  /** SHA-256 of the secret in the feed URL; the secret itself is never stored. */
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
};

export type Database = {
  calendar_feeds: CalendarFeedTable;
  push_subscriptions: PushSubscriptionTable;
  email_bounces: EmailBounceTable;
  notifications: NotificationTable;
  notification_preferences: NotificationPreferencesTable;
  agenda_items: AgendaItemTable;
  session_feedback: SessionFeedbackTable;
  messages: MessageTable;
  messaging_settings: MessagingSettingsTable;
  reply_times: ReplyTimeTable;
  session_notes: SessionNoteTable;
  appointments: AppointmentTable;
  questionnaires: QuestionnaireTable;
  questionnaire_versions: QuestionnaireVersionTable;
  measure_schedules: MeasureScheduleTable;
  measure_responses: MeasureResponseTable;
  safety_alerts: SafetyAlertTable;
  safety_plan_versions: SafetyPlanVersionTable;
  crisis_instructions: CrisisInstructionsTable;
  settings: SettingTable;
  practices: PracticeTable;
  users: UserTable;
  sessions: SessionTable;
  invitations: InvitationTable;
  care_team_links: CareTeamLinkTable;
  password_resets: PasswordResetTable;
  sign_in_failures: SignInFailureTable;
  audit_log: AuditLogTable;
  goals: GoalTable;
  goal_proposals: GoalProposalTable;
  goal_steps: GoalStepTable;
  gas_ratings: GasRatingTable;
  resources: ResourceTable;
  resource_files: ResourceFileTable;
  resource_shares: ResourceShareTable;
  assignments: AssignmentTable;
  assignment_versions: AssignmentVersionTable;
  assignment_check_ins: AssignmentCheckInTable;
  assignment_reviews: AssignmentReviewTable;
  encouragements: EncouragementTable;
  trackers: TrackerTable;
  entries: EntryTable;
  entry_versions: EntryVersionTable;
  monitoring_settings: MonitoringSettingsTable;
};

export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type Invitation = Selectable<InvitationTable>;
export type AuditEntry = Selectable<AuditLogTable>;
