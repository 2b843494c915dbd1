import type { MeView, PracticePerson, SetupInput, TherapistListItem } from '@stepwise/domain';
import { audit, type AuditContext } from '../../audit/audit.ts';
import { checkNewPassword, hashPassword } from '../../auth/passwords.ts';
import { presentMe } from '../../auth/present.ts';
import { createSession } from '../../auth/sessions.ts';
import { findUserById, insertUser, isUniqueViolation } from '../../auth/users.ts';
import type { Db } from '../../db/connect.ts';
import { conflict } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';

export async function isSetupNeeded(db: Db): Promise<boolean> {
  const row = await db.selectFrom('settings').select('key').where('key', '=', 'setup_done').executeTakeFirst();
  return row === undefined;
}

const setupDone = () => conflict('setup_done', 'Stepwise is already set up here. Sign in instead.');

type SetupOptions = { db: Db; ctx: AuditContext; input: SetupInput; userAgent: string | null };

/**
 * First run: creates the practice and its owner, a therapist with admin rights, and signs
 * them in. The 'setup_done' row's primary key lets exactly one of two racing requests win.
 */
export async function setUpPractice({ db, ctx, input, userAgent }: SetupOptions): Promise<{ me: MeView; token: string; expiresAt: string }> {
  if (!(await isSetupNeeded(db))) throw setupDone();
  await checkNewPassword(input.password, 'password', { email: input.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now.toISOString();
  const practiceId = newId();
  const userId = newId();
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('settings').values({ key: 'setup_done', value: now }).execute();
      await trx.insertInto('practices').values({ id: practiceId, name: input.practiceName, created_at: now }).execute();
      await insertUser(trx, {
        id: userId,
        practiceId,
        email: input.email,
        name: input.name,
        role: 'therapist',
        isAdmin: true,
        passwordHash,
        timeZone: input.timeZone,
        now,
      });
      await audit(trx, { ...ctx, actor: { userId, role: 'therapist', practiceId } }, { action: 'practice.set_up', targetType: 'practice', targetId: practiceId });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw setupDone();
    throw error;
  }
  const user = await findUserById(db, userId);
  if (!user) throw new Error('new user vanished');
  const session = await createSession(db, user, { ip: ctx.ip, userAgent, now: ctx.now });
  await audit(db, { ...ctx, actor: { userId, role: 'therapist', practiceId } }, { action: 'auth.sign_in', detail: { via: 'setup' } });
  return { me: presentMe(user, { id: practiceId, name: input.practiceName }, session.expiresAt), token: session.token, expiresAt: session.expiresAt };
}

export async function listTherapists(db: Db, actor: Actor): Promise<TherapistListItem[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'is_admin'])
    .where('practice_id', '=', actor.practiceId)
    .where('role', '=', 'therapist')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, isAdmin: r.is_admin === 1 }));
}

/** Everyone in the practice, for admins: who they are and whose care team a client is on. No clinical data. */
export async function listPeople(db: Db, ctx: AuditContext, actor: Actor): Promise<PracticePerson[]> {
  const [users, links] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'name', 'email', 'role', 'is_admin', 'created_at'])
      .where('practice_id', '=', actor.practiceId)
      .orderBy('role', 'desc')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('care_team_links')
      .innerJoin('users as t', 't.id', 'care_team_links.therapist_id')
      .select(['care_team_links.client_id', 't.id as therapistId', 't.name'])
      .where('t.practice_id', '=', actor.practiceId)
      .where('care_team_links.ended_at', 'is', null)
      .execute(),
  ]);
  await audit(db, ctx, { action: 'practice.people_listed' });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    isAdmin: u.is_admin === 1,
    joinedAt: u.created_at,
    careTeam: links.filter((l) => l.client_id === u.id).map((l) => ({ therapistId: l.therapistId, name: l.name })),
  }));
}
