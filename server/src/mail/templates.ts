import type { Mail } from './mailer.ts';

// Plain text first: it reads well in every client and on a phone lock screen.

export function invitationMail(p: { to: string; name: string; inviterName: string; practiceName: string; role: 'therapist' | 'client'; link: string }): Mail {
  const what =
    p.role === 'client'
      ? 'Stepwise is where you and your therapist keep track of the small steps you take between sessions.'
      : 'Stepwise is where you and your clients keep the work going between sessions.';
  return {
    to: p.to,
    subject: `${p.inviterName} invited you to Stepwise`,
    link: p.link,
    text: [
      `Hello ${p.name},`,
      '',
      `${p.inviterName} at ${p.practiceName} has invited you to Stepwise.`,
      what,
      '',
      'To accept, open this link and choose a password:',
      p.link,
      '',
      'The link works once and expires in 7 days. If you were not expecting this, you can ignore this email.',
    ].join('\n'),
  };
}

export function passwordResetMail(p: { to: string; name: string; link: string }): Mail {
  return {
    to: p.to,
    subject: 'Reset your Stepwise password',
    link: p.link,
    text: [
      `Hello ${p.name},`,
      '',
      'Someone (hopefully you) asked to reset your Stepwise password. To choose a new one, open this link:',
      p.link,
      '',
      'The link works once and expires in 30 minutes. If you did not ask for this, you can ignore this email; your password has not changed.',
    ].join('\n'),
  };
}

/** No clinical content: email is not a safe place for it. The alert itself is in the app. */
export function safetyAlertMail(p: { to: string; name: string; link: string }): Mail {
  return {
    to: p.to,
    subject: 'Stepwise: a safety alert needs your attention',
    link: p.link,
    text: [
      `Hello ${p.name},`,
      '',
      'One of your clients gave an answer in Stepwise that raised a safety alert.',
      'Please sign in to see it and follow up according to your practice’s safety procedures:',
      p.link,
      '',
      'The alert stays open until you acknowledge it with a note.',
    ].join('\n'),
  };
}
