import { z } from 'zod';
import { textError } from './auth.ts';

const text = (label: string, max: number) =>
  z.string(textError(label)).trim().max(max, { error: `${label} must be at most ${max} characters` });

/** The parts of a safety plan, in the order it is read (our wording, the usual structure). */
export const SAFETY_PLAN_SECTIONS = [
  'warningSigns',
  'copingAlone',
  'distractions',
  'peopleToAsk',
  'professionals',
  'saferSurroundings',
  'reasonsForLiving',
] as const;
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

const lines = (label: string) =>
  z
    .array(text(label, 300).min(1, { error: `an empty line in ${label}` }), { error: `${label} must be a list of lines` })
    .max(20, { error: `${label}: at most 20 lines` })
    .default([]);

export const safetyPlanSchema = z.strictObject({
  warningSigns: lines('warning signs'),
  copingAlone: lines('things I can do on my own'),
  distractions: lines('people and places that take my mind off things'),
  peopleToAsk: lines('people I can ask for help'),
  professionals: lines('professionals and crisis lines'),
  saferSurroundings: lines('making my surroundings safer'),
  reasonsForLiving: lines('my reasons for living'),
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

/** Saving a plan names the version it edited, so two people editing at once cannot overwrite each other. */
export const safetyPlanSaveSchema = z.strictObject({
  plan: safetyPlanSchema,
  baseVersion: z.number({ error: 'base version must be a number' }).int().min(0),
});

export const crisisLineSchema = z.strictObject({
  name: text('name', 100).min(1, { error: 'a crisis line needs a name' }),
  phone: text('phone', 40).default(''),
  sms: text('text number', 40).default(''),
  hours: text('hours', 100).default(''),
  description: text('description', 300).default(''),
});
export type CrisisLine = z.infer<typeof crisisLineSchema>;

export const CRISIS_COUNTRIES = ['US', 'CA', 'GB', 'IE', 'NL', 'AU'] as const;
export type CrisisCountry = (typeof CRISIS_COUNTRIES)[number];

const line = (l: Partial<CrisisLine> & { name: string }): CrisisLine => ({ phone: '', sms: '', hours: '', description: '', ...l });

/** Defaults a practice starts from; the admin can change them. Emergency numbers first. */
export const DEFAULT_CRISIS_LINES: Record<CrisisCountry, CrisisLine[]> = {
  US: [
    line({ name: 'Emergency services', phone: '911', hours: '24/7', description: 'If your life or someone else’s is in danger now.' }),
    line({ name: '988 Suicide & Crisis Lifeline', phone: '988', sms: '988', hours: '24/7', description: 'Call or text to talk with a trained counselor.' }),
  ],
  CA: [
    line({ name: 'Emergency services', phone: '911', hours: '24/7', description: 'If your life or someone else’s is in danger now.' }),
    line({ name: '9-8-8 Suicide Crisis Helpline', phone: '988', sms: '988', hours: '24/7', description: 'Call or text, in English or French.' }),
  ],
  GB: [
    line({ name: 'Emergency services', phone: '999', hours: '24/7', description: 'If your life or someone else’s is in danger now.' }),
    line({ name: 'Samaritans', phone: '116 123', hours: '24/7', description: 'Free to call, any time, about anything.' }),
    line({ name: 'NHS 111 (mental health option)', phone: '111', hours: '24/7', description: 'Urgent mental health help in England.' }),
  ],
  IE: [
    line({ name: 'Emergency services', phone: '112', hours: '24/7', description: 'If your life or someone else’s is in danger now.' }),
    line({ name: 'Samaritans', phone: '116 123', hours: '24/7', description: 'Free to call, any time, about anything.' }),
  ],
  NL: [
    line({ name: 'Alarmnummer', phone: '112', hours: '24/7', description: 'Als je leven of dat van een ander nu in gevaar is.' }),
    line({ name: '113 Zelfmoordpreventie', phone: '113', hours: '24/7', description: 'Bel 113 of gratis 0800-0113, of chat via 113.nl.' }),
    line({ name: '113 Zelfmoordpreventie (gratis)', phone: '0800-0113', hours: '24/7', description: '' }),
  ],
  AU: [
    line({ name: 'Emergency services', phone: '000', hours: '24/7', description: 'If your life or someone else’s is in danger now.' }),
    line({ name: 'Lifeline', phone: '13 11 14', sms: '0477 13 11 14', hours: '24/7', description: 'Crisis support and suicide prevention.' }),
  ],
};

export const crisisSettingsSchema = z.strictObject({
  country: z.enum(CRISIS_COUNTRIES, { error: `country must be one of ${CRISIS_COUNTRIES.join(', ')}` }),
  lines: z.array(crisisLineSchema).min(1, { error: 'list at least one crisis line' }).max(12, { error: 'at most 12 crisis lines' }),
});
export type CrisisSettings = z.infer<typeof crisisSettingsSchema>;

export const crisisInstructionsSchema = z.strictObject({
  text: text('instructions', 1000),
});
