import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import { newId } from '../ids.ts';

export type Mail = { to: string; subject: string; text: string; html?: string; link?: string };
export type MailLog = { info: (facts: object, message: string) => void };
export type Mailer = { send: (mail: Mail) => Promise<void>; close: () => void };

/**
 * SMTP when SMTP_URL is set; otherwise each mail is written as an .eml file under
 * DATA_DIR/mail and its link is logged, so a self-hoster without SMTP can still invite.
 */
export function createMailer(config: Config, log: MailLog): Mailer {
  if (config.smtpUrl) {
    // Bounded waits (nodemailer's own are 2 min to connect and 10 min of silence): the
    // dispatcher holds a notification's claim for 5 minutes and must finish inside it.
    // Options in SMTP_URL's query string (?socketTimeout=...) still win.
    const transport = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
    return {
      async send(mail) {
        await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const dir = path.join(config.dataDir, 'mail');
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      await fs.mkdir(dir, { recursive: true });
      const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${newId()}.eml`);
      await fs.writeFile(file, info.message as Buffer, { mode: 0o600 });
      log.info({ file, subject: mail.subject }, `Mail written to ${file} (no SMTP_URL set).${mail.link ? ` Link: ${mail.link}` : ''}`);
    },
    close: () => transport.close(),
  };
}
