import {
  customForm,
  findInstrument,
  latestInstrument,
  type CustomQuestionnaire,
  type InstrumentDefinition,
  type InstrumentKey,
  type MeasureForm,
} from '@stepwise/domain';
import type { Db } from '../../db/connect.ts';

/** A form at one exact version, and its scoring definition when it is a validated instrument. */
export type ResolvedForm = { form: MeasureForm; instrument: InstrumentDefinition | null };

type Versioned = {
  instrument_key: string | null;
  instrument_version?: number | null;
  questionnaire_id: string | null;
  questionnaire_version?: number | null;
};

async function loadCustom(db: Db, questionnaireId: string, version: number | null): Promise<ResolvedForm> {
  let query = db
    .selectFrom('questionnaire_versions as v')
    .innerJoin('questionnaires as q', 'q.id', 'v.questionnaire_id')
    .select(['v.version', 'v.definition'])
    .where('v.questionnaire_id', '=', questionnaireId);
  query = version === null ? query.whereRef('v.version', '=', 'q.current_version') : query.where('v.version', '=', version);
  const row = await query.executeTakeFirstOrThrow();
  return { form: customForm(questionnaireId, row.version, JSON.parse(row.definition) as CustomQuestionnaire), instrument: null };
}

/** The version a new response to this schedule answers: the instrument's latest, or the questionnaire's current. */
export async function currentForm(db: Db, s: Versioned): Promise<ResolvedForm> {
  if (s.instrument_key) {
    const instrument = latestInstrument(s.instrument_key as InstrumentKey);
    return { form: instrument, instrument };
  }
  return loadCustom(db, s.questionnaire_id ?? '', null);
}

/** The exact version a stored response answered. */
export async function formOfResponse(db: Db, r: Versioned): Promise<ResolvedForm> {
  if (r.instrument_key) {
    const instrument = findInstrument(r.instrument_key, r.instrument_version ?? 0);
    if (!instrument) throw new Error(`unknown instrument ${r.instrument_key}@${r.instrument_version}`);
    return { form: instrument, instrument };
  }
  return loadCustom(db, r.questionnaire_id ?? '', r.questionnaire_version ?? 0);
}

/** Loads many custom questionnaire versions at once (results pages show many responses). */
export async function customForms(db: Db, keys: { id: string; version: number }[]): Promise<Map<string, MeasureForm>> {
  const out = new Map<string, MeasureForm>();
  const ids = [...new Set(keys.map((k) => k.id))];
  if (ids.length === 0) return out;
  const rows = await db.selectFrom('questionnaire_versions').select(['questionnaire_id', 'version', 'definition']).where('questionnaire_id', 'in', ids).execute();
  for (const r of rows) out.set(`${r.questionnaire_id}@${r.version}`, customForm(r.questionnaire_id, r.version, JSON.parse(r.definition) as CustomQuestionnaire));
  return out;
}
