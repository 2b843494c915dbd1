import { customQuestionnaireSchema, type CustomQuestionnaire, type QuestionnaireView } from '@stepwise/domain';
import { audit, type AuditContext } from '../../audit/audit.ts';
import type { Db } from '../../db/connect.ts';
import { notFound } from '../../errors.ts';
import { newId } from '../../ids.ts';
import type { Actor } from '../../policy/types.ts';

type Ctx = { db: Db; ctx: AuditContext; actor: Actor };

function load(db: Db) {
  return db
    .selectFrom('questionnaires as q')
    .innerJoin('questionnaire_versions as v', (j) => j.onRef('v.questionnaire_id', '=', 'q.id').onRef('v.version', '=', 'q.current_version'))
    .innerJoin('users as u', 'u.id', 'q.owner_id')
    .select(['q.id', 'q.owner_id', 'q.current_version', 'q.created_at', 'q.updated_at', 'q.archived_at', 'v.definition', 'u.name as owner_name']);
}
type Row = Awaited<ReturnType<ReturnType<typeof load>['execute']>>[number];

function present(r: Row): QuestionnaireView {
  const definition = customQuestionnaireSchema.parse(JSON.parse(r.definition));
  return {
    id: r.id,
    title: definition.title,
    version: r.current_version,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    definition,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
  };
}

export async function listQuestionnaires({ db, actor }: { db: Db; actor: Actor }): Promise<QuestionnaireView[]> {
  const rows = await load(db).where('q.owner_id', '=', actor.userId).where('q.archived_at', 'is', null).orderBy('q.created_at').execute();
  return rows.map(present);
}

async function one(db: Db, id: string): Promise<QuestionnaireView> {
  const row = await load(db).where('q.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('questionnaire');
  return present(row);
}

export async function createQuestionnaire({ db, ctx, actor, input }: Ctx & { input: CustomQuestionnaire }): Promise<QuestionnaireView> {
  const id = newId();
  const now = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('questionnaires').values({ id, owner_id: actor.userId, current_version: 1, created_at: now, updated_at: now, archived_at: null }).execute();
    await trx.insertInto('questionnaire_versions').values({ questionnaire_id: id, version: 1, definition: JSON.stringify(input), created_at: now }).execute();
    await audit(trx, ctx, { action: 'questionnaire.created', targetType: 'questionnaire', targetId: id });
  });
  return one(db, id);
}

/** An edit is a new version; responses keep pointing at the version they answered. */
export async function reviseQuestionnaire({ db, ctx, id, input }: Omit<Ctx, 'actor'> & { id: string; input: CustomQuestionnaire }): Promise<QuestionnaireView> {
  const now = ctx.now.toISOString();
  await db.transaction().execute(async (trx) => {
    const q = await trx.selectFrom('questionnaires').select('current_version').where('id', '=', id).executeTakeFirstOrThrow();
    const version = q.current_version + 1;
    await trx.insertInto('questionnaire_versions').values({ questionnaire_id: id, version, definition: JSON.stringify(input), created_at: now }).execute();
    await trx.updateTable('questionnaires').set({ current_version: version, updated_at: now }).where('id', '=', id).where('current_version', '=', q.current_version).execute();
    await audit(trx, ctx, { action: 'questionnaire.revised', targetType: 'questionnaire', targetId: id, detail: { version } });
  });
  return one(db, id);
}

export async function archiveQuestionnaire({ db, ctx, id }: Omit<Ctx, 'actor'> & { id: string }) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('questionnaires').set({ archived_at: ctx.now.toISOString() }).where('id', '=', id).where('archived_at', 'is', null).execute();
    await audit(trx, ctx, { action: 'questionnaire.archived', targetType: 'questionnaire', targetId: id });
  });
  return { ok: true as const };
}
