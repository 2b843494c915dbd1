import {
  compareTotals,
  findInstrument,
  instrumentInfo,
  latestInstrument,
  type ClientMeasuresView,
  type CustomSeriesView,
  type InstrumentKey,
  type MeasureSeriesView,
  type ResponseView,
} from '@stepwise/domain';
import { auditClientData, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { customForms } from './forms.ts';
import { presentResponse } from './present.ts';
import { scheduleViews } from './schedules.ts';

function submittedResponses(db: Db, clientId: string) {
  return db
    .selectFrom('measure_responses')
    .select(['id', 'schedule_id', 'due_date', 'submitted_at', 'local_date', 'answers', 'score', 'total', 'instrument_key', 'instrument_version', 'questionnaire_id', 'questionnaire_version'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'submitted')
    .orderBy('submitted_at')
    .execute();
}
type Row = Awaited<ReturnType<typeof submittedResponses>>[number];

/** One instrument's history: points oldest first, and change since the first and the last time. */
function series(key: string, rows: Row[]): MeasureSeriesView {
  const latestDef = latestInstrument(key as InstrumentKey);
  const views: ResponseView[] = rows.map((r) => presentResponse(r, findInstrument(key, r.instrument_version ?? 0) ?? latestDef));
  const totals = rows.filter((r) => r.total !== null);
  const last = totals.at(-1);
  const compare = (before: Row | undefined) => (before && last && before !== last ? compareTotals(latestDef, before.total ?? 0, last.total ?? 0) : null);
  return {
    instrument: instrumentInfo(latestDef),
    points: views.map((v, i) => ({
      responseId: v.id,
      localDate: v.localDate,
      submittedAt: v.submittedAt,
      total: v.score?.total ?? null,
      band: v.score?.band ?? null,
      prorated: v.score?.prorated ?? false,
      version: rows[i]?.instrument_version ?? 0,
    })),
    responses: views,
    latest: views.at(-1) ?? null,
    sinceFirst: compare(totals[0]),
    sinceLast: compare(totals.at(-2)),
  };
}

/** Everything about a client's measures: schedules, a series per instrument, custom answers. */
export async function clientMeasures({ db, ctx, clientId }: { db: Db; ctx: AuditContext; clientId: string }): Promise<ClientMeasuresView> {
  const [schedules, rows] = await Promise.all([scheduleViews(db, clientId, ctx.now), submittedResponses(db, clientId)]);
  const byInstrument = new Map<string, Row[]>();
  const byQuestionnaire = new Map<string, Row[]>();
  for (const r of rows) {
    const [map, key] = r.instrument_key ? [byInstrument, r.instrument_key] : [byQuestionnaire, r.questionnaire_id ?? ''];
    map.set(key, [...(map.get(key) ?? []), r]);
  }
  const forms = await customForms(db, rows.filter((r) => r.questionnaire_id).map((r) => ({ id: r.questionnaire_id ?? '', version: r.questionnaire_version ?? 0 })));
  const custom: CustomSeriesView[] = [...byQuestionnaire].map(([questionnaireId, list]) => {
    const responses = list.flatMap((r) => {
      const form = forms.get(`${questionnaireId}@${r.questionnaire_version}`);
      return form ? [presentResponse(r, form)] : [];
    });
    return { questionnaireId, title: responses.at(-1)?.shortName ?? '', responses };
  });
  await auditClientData(db, ctx, clientId, { action: 'measures.viewed', detail: { responses: rows.length } });
  return { schedules, series: [...byInstrument].map(([key, list]) => series(key, list)), custom };
}
