import { describe, expect, it } from 'vitest';
import { emailSchema, invitationAcceptInput, LIMITS, newPasswordSchema, setupInput } from '../src/index.ts';

describe('auth schemas', () => {
  it('normalises email and rejects bad ones', () => {
    expect(emailSchema.parse('  Robin@Example.TEST ')).toBe('robin@example.test');
    expect(emailSchema.safeParse('not-an-email').success).toBe(false);
    expect(emailSchema.safeParse(`${'a'.repeat(250)}@x.io`).success).toBe(false);
  });

  it('bounds password length at 12 and 128 with no composition rules', () => {
    expect(newPasswordSchema.safeParse('a'.repeat(LIMITS.passwordMin - 1)).success).toBe(false);
    expect(newPasswordSchema.safeParse('all lowercase words').success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(LIMITS.passwordMax)).success).toBe(true);
    expect(newPasswordSchema.safeParse('x'.repeat(LIMITS.passwordMax + 1)).success).toBe(false);
  });

  it('names the field and says required vs wrong type', () => {
    const missing = setupInput.safeParse({ practiceName: 'P', name: 'N', password: 'long enough pw', timeZone: 'UTC' });
    expect(missing.error?.issues[0]?.path).toEqual(['email']);
    expect(missing.error?.issues[0]?.message).toBe('email is required');
    const wrongType = setupInput.safeParse({ practiceName: 'P', name: 'N', email: 5, password: 'long enough pw', timeZone: 'UTC' });
    expect(wrongType.error?.issues[0]?.message).toBe('email must be text');
  });

  it('rejects unknown fields and an unaccepted privacy notice', () => {
    const r = invitationAcceptInput.safeParse({ token: 'x'.repeat(43), name: 'R', password: 'long enough pw', timeZone: 'UTC', acceptPrivacy: false, admin: true });
    const codes = r.error?.issues.map((i) => i.code);
    expect(codes).toContain('unrecognized_keys');
    expect(r.error?.issues.some((i) => i.path[0] === 'acceptPrivacy')).toBe(true);
  });
});

describe('field messages', () => {
  it('keep their own wording for length problems, not "must be text"', async () => {
    const { entryInput } = await import('../src/index.ts');
    const r = entryInput.safeParse({ kind: 'mood', occurredAt: '2026-11-02T08:00:00Z', idempotencyKey: 'short', data: { mood: 5 } });
    expect(r.error?.issues[0]?.message).not.toMatch(/must be text/);
    expect(r.error?.issues[0]?.path).toEqual(['idempotencyKey']);
  });
});
