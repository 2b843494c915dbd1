import { Alert, Paper, Stack } from '@mantine/core';
import { addDays, type EntryData, type EntryKind, type EntryView, localDate } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { BackLink } from './back-link.tsx';
import { BehaviorEditForm, MoodEditForm } from './edit-forms.tsx';
import { useEditEntry, useEntries, useTrackers } from './entries-api.ts';
import { EntryForm, isFormKind } from './entry-forms.tsx';
import { isEditable } from './entry-values.ts';
import { dataOf } from './entry-data.ts';

/** Changing an entry within its 7 days; older or unknown ones say so instead. */
export function EditEntryPage() {
  const { t } = useTranslation();
  usePageTitle(t('history.editTitle'));
  const { entryId = '' } = useParams();
  const me = useSession();
  // Only the last 7 days can be changed, so the last 8 days are enough to find it.
  const from = addDays(localDate(new Date(), me.user.timeZone), -8);
  const entries = useEntries(me.user.id, { from });
  const entry = entries.data?.find((e) => e.id === entryId);

  let body;
  if (entries.isPending) body = <ListSkeleton rows={1} height={300} />;
  else if (entries.isError) body = <QueryError error={entries.error} onRetry={() => void entries.refetch()} />;
  else if (!entry || !isEditable(entry)) body = <Alert color="gray" variant="light">{t('history.notEditable')}</Alert>;
  else body = <EditEntry entry={entry} />;

  return (
    <Stack gap="lg">
      <BackLink to="/log/history" label={t('history.back')} />
      <PageHeader title={t('history.editTitle')} subtitle={entry ? t(`log.kinds.${entry.kind}.title`) : t('history.editSubtitle')} />
      {body}
    </Stack>
  );
}

function EditEntry({ entry }: { entry: EntryView }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const edit = useEditEntry(me.user.id);
  const trackers = useTrackers(me.user.id);
  const [error, setError] = useState<string | null>(null);
  const back = () => void navigate('/log/history');
  const save = (data: EntryData<EntryKind>, shared: boolean) => {
    setError(null);
    edit.mutate(
      { id: entry.id, data, shared },
      {
        onSuccess: () => {
          notify({ message: t('history.saved') });
          back();
        },
        onError: (e) => setError(errorMessage(t, e)),
      },
    );
  };
  const common = { initialShared: entry.shared, submitLabel: t('common.save'), busy: edit.isPending, error, onSubmit: save, onCancel: back };
  const kind = entry.kind;
  let form;
  if (kind === 'mood') form = <MoodEditForm {...common} initial={dataOf(entry, 'mood') ?? undefined} />;
  else if (kind === 'behavior') {
    const data = dataOf(entry, 'behavior');
    form = <BehaviorEditForm {...common} initial={data ?? undefined} tracker={trackers.data?.find((tr) => tr.id === data?.trackerId)} />;
  } else if (isFormKind(kind)) form = <EntryForm {...common} kind={kind} initial={dataOf(entry, kind) ?? undefined} />;
  return <Paper>{form}</Paper>;
}
