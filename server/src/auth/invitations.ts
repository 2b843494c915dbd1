import type { InvitationPreview, InvitationView, MeView } from '@stepwise/domain';
import { audit, type AuditContext } from '../audit/audit.ts';
import { DAY } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { Invitation } from '../db/types.ts';
import { AppError, conflict, forbidden } from '../errors.ts';
import { newId } from '../ids.ts';
import type { Mailer } from '../mail/mailer.ts';
import { invitationMail } from '../mail/templates.ts';
import type { Actor } from '../policy/types.ts';
import { checkNewPassword, hashPassword } from './passwords.ts';
import { invitationStatus, presentInvitation, presentMe } from './present.ts';
import { createSession } from './sessions.ts';
import { hashToken, newToken } from './tokens.ts';
import { findPractice, findUserByEmail, findUserById, insertUser, isUniqueViolation } from './users.ts';

export const INVITATION_TTL_MS = 7 * DAY;

type MailDeps = { config: Config; mailer: Mailer };

async function mailInvitation(db: Db, inv: Invitation, token: string, inviterName: string, deps: MailDeps): Promise<void> {
  const practice = await findPractice(db, inv.practice_id);
  const link = `${deps.config.publicUrl}/invite#${token}`;
  try {
    await deps.mailer.send(invitationMail({ to: inv.email, name: inv.name, inviterName, practiceName: practice.name, role: inv.role, link }));
  } catch {
    throw new AppError('mail_failed', 502, 'The invitation was saved, but the email could not be sent. Try "Resend" in a moment.');
  }
}

type CreateOptions = MailDeps & { db: Db; ctx: AuditContext; actor: Actor; input: { email: string; name: string; role: 'therapist' | 'client' } };

/** Therapists invite clients; admins also invite therapists. A newer invitation replaces a pending one. */
export async function createInvitation({ db, ctx, actor, input, ...deps }: CreateOptions): Promise<InvitationView> {
  if (input.role === 'therapist' && !actor.isAdmin) throw forbidden('only practice admins may invite therapists');
  if (await findUserByEmail(db, input.email)) {
    throw new AppError('email_taken', 409, 'email: someone with this email already has a Stepwise account', {
      email: 'already has a Stepwise account',
    });
  }
  const { token, hash } = newToken();
  const now = ctx.now.toISOString();
  const inv: Invitation = {
    id: newId(),
    practice_id: actor.practiceId,
    email: input.email,
    name: input.name,
    role: input.role,
    invited_by: actor.userId,
    token_hash: hash,
    expires_at: new Date(ctx.now.getTime() + INVITATION_TTL_MS).toISOString(),
    accepted_at: null,
    accepted_user_id: null,
    revoked_at: null,
    created_at: now,
    sent_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('invitations')
      .set({ revoked_at: now })
      .where('practice_id', '=', actor.practiceId)
      .where('email', '=', input.email)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
    await trx.insertInto('invitations').values(inv).execute();
    await audit(trx, ctx, { action: 'invitation.created', targetType: 'invitation', targetId: inv.id, detail: { role: inv.role } });
  });
  await mailInvitation(db, inv, token, actor.name, deps);
  return presentInvitation(inv, actor.name, ctx.now);
}

/** Pending and expired invitations: the actor's own, or the whole practice's for an admin. */
export async function listInvitations(db: Db, actor: Actor, now: Date): Promise<InvitationView[]> {
  let q = db
    .selectFrom('invitations')
    .innerJoin('users', 'users.id', 'invitations.invited_by')
    .selectAll('invitations')
    .select('users.name as inviter_name')
    .where('invitations.practice_id', '=', actor.practiceId)
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .orderBy('invitations.created_at', 'desc');
  if (!actor.isAdmin) q = q.where('invitations.invited_by', '=', actor.userId);
  const rows = await q.execute();
  return rows.map(({ inviter_name, ...inv }) => presentInvitation(inv, inviter_name, now));
}

async function openInvitation(db: Db, id: string, now: Date): Promise<Invitation> {
  const inv = await db.selectFrom('invitations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const status = invitationStatus(inv, now);
  if (status === 'accepted' || status === 'revoked') throw conflict('invitation_closed', `This invitation was already ${status}.`);
  return inv;
}

type ManageOptions = MailDeps & { db: Db; ctx: AuditContext; actor: Actor; id: string };

/** A new link and a new 7 days; the old link stops working because its hash is replaced. */
export async function resendInvitation({ db, ctx, actor, id, ...deps }: ManageOptions): Promise<InvitationView> {
  const inv = await openInvitation(db, id, ctx.now);
  const { token, hash } = newToken();
  const updated: Invitation = {
    ...inv,
    token_hash: hash,
    sent_at: ctx.now.toISOString(),
    expires_at: new Date(ctx.now.getTime() + INVITATION_TTL_MS).toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('invitations')
      .set({ token_hash: updated.token_hash, sent_at: updated.sent_at, expires_at: updated.expires_at })
      .where('id', '=', id)
      .execute();
    await audit(trx, ctx, { action: 'invitation.resent', targetType: 'invitation', targetId: id });
  });
  const inviter = await findUserById(db, inv.invited_by);
  await mailInvitation(db, updated, token, inviter?.name ?? actor.name, deps);
  return presentInvitation(updated, inviter?.name ?? actor.name, ctx.now);
}

export async function revokeInvitation({ db, ctx, id }: Omit<ManageOptions, keyof MailDeps | 'actor'>): Promise<InvitationView> {
  const inv = await openInvitation(db, id, ctx.now);
  const revoked = { ...inv, revoked_at: ctx.now.toISOString() };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('invitations').set({ revoked_at: revoked.revoked_at }).where('id', '=', id).execute();
    await audit(trx, ctx, { action: 'invitation.revoked', targetType: 'invitation', targetId: id });
  });
  const inviter = await findUserById(db, inv.invited_by);
  return presentInvitation(revoked, inviter?.name ?? '', ctx.now);
}

const invalidLink = () =>
  new AppError('invitation_invalid', 404, 'This invitation link is not valid any more. Ask the person who invited you for a new one.');

async function liveInvitation(db: Db, token: string, now: Date): Promise<Invitation> {
  const inv = await db.selectFrom('invitations').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!inv || invitationStatus(inv, now) !== 'pending') throw invalidLink();
  return inv;
}

export async function previewInvitation(db: Db, token: string, now: Date): Promise<InvitationPreview> {
  const inv = await liveInvitation(db, token, now);
  const [practice, inviter] = await Promise.all([findPractice(db, inv.practice_id), findUserById(db, inv.invited_by)]);
  return {
    email: inv.email,
    name: inv.name,
    role: inv.role,
    practiceName: practice.name,
    invitedByName: inviter?.name ?? '',
    expiresAt: inv.expires_at,
  };
}

type AcceptOptions = {
  db: Db;
  ctx: AuditContext;
  input: { token: string; name: string; password: string; timeZone: string };
  userAgent: string | null;
};

/**
 * Creates the account, links a client to the therapist who invited them, and signs in.
 * All in one transaction: a link used twice at once makes exactly one account.
 */
export async function acceptInvitation({ db, ctx, input, userAgent }: AcceptOptions): Promise<{ me: MeView; token: string; expiresAt: string }> {
  const inv = await liveInvitation(db, input.token, ctx.now);
  await checkNewPassword(input.password, 'password', { email: inv.email, name: input.name });
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now.toISOString();
  const userId = newId();
  const actor = { userId, role: inv.role, practiceId: inv.practice_id };
  try {
    await db.transaction().execute(async (trx) => {
      const taken = await trx
        .updateTable('invitations')
        .set({ accepted_at: now })
        .where('id', '=', inv.id)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('token_hash', '=', inv.token_hash)
        .executeTakeFirst();
      if (Number(taken.numUpdatedRows) !== 1) throw invalidLink();
      await insertUser(trx, {
        id: userId,
        practiceId: inv.practice_id,
        email: inv.email,
        name: input.name,
        role: inv.role,
        isAdmin: false,
        passwordHash,
        timeZone: input.timeZone,
        now,
      });
      await trx.updateTable('invitations').set({ accepted_user_id: userId }).where('id', '=', inv.id).execute();
      await audit(trx, { ...ctx, actor }, { action: 'invitation.accepted', targetType: 'invitation', targetId: inv.id });
      if (inv.role === 'client') {
        const linkId = newId();
        await trx
          .insertInto('care_team_links')
          .values({ id: linkId, client_id: userId, therapist_id: inv.invited_by, started_at: now, ended_at: null, started_by: inv.invited_by, ended_by: null })
          .execute();
        await audit(trx, { ...ctx, actor }, {
          action: 'care_team.linked',
          clientId: userId,
          targetType: 'therapist',
          targetId: inv.invited_by,
          detail: { via: 'invitation' },
        });
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('email_taken', 'An account with this email already exists. Sign in instead.');
    throw error;
  }
  const user = await findUserById(db, userId);
  if (!user) throw new Error('new user vanished');
  const session = await createSession(db, user, { ip: ctx.ip, userAgent, now: ctx.now });
  await audit(db, { ...ctx, actor }, { action: 'auth.sign_in', detail: { via: 'invitation' } });
  return { me: presentMe(user, await findPractice(db, user.practice_id), session.expiresAt), token: session.token, expiresAt: session.expiresAt };
}
