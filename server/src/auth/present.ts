import type { InvitationView, MeView } from '@stepwise/domain';
import type { Invitation, User } from '../db/types.ts';

export function presentMe(user: User, practice: { id: string; name: string }, sessionExpiresAt: string): MeView {
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      isAdmin: user.is_admin === 1,
      timeZone: user.time_zone,
      locale: user.locale,
    },
    practice,
    sessionExpiresAt,
  };
}

export function invitationStatus(inv: Invitation, now: Date): InvitationView['status'] {
  if (inv.accepted_at) return 'accepted';
  if (inv.revoked_at) return 'revoked';
  return Date.parse(inv.expires_at) <= now.getTime() ? 'expired' : 'pending';
}

export function presentInvitation(inv: Invitation, inviterName: string, now: Date): InvitationView {
  return {
    id: inv.id,
    email: inv.email,
    name: inv.name,
    role: inv.role,
    invitedBy: { id: inv.invited_by, name: inviterName },
    status: invitationStatus(inv, now),
    expiresAt: inv.expires_at,
    sentAt: inv.sent_at,
    createdAt: inv.created_at,
  };
}
