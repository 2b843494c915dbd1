import { Button, Paper, Stack } from '@mantine/core';
import { defaultShared, type EntryData, type EntryKind } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { BackLink } from './back-link.tsx';
import { EntryForm, type FormKind, isFormKind } from './entry-forms.tsx';
import { kindFromSlug } from './entry-values.ts';
import { MoodCheckIn } from './mood-check-in.tsx';
import { SavedStatus } from './saved-status.tsx';
import { useQueueEntry } from './use-outbox.ts';

/** Writing one new entry of a kind; saved through the outbox, so it works offline too. */
export function NewEntryPage() {
  const { kind: slug = '' } = useParams();
  const kind = kindFromSlug(slug);
  if (kind === 'mood') return <MoodPage />;
  if (!isFormKind(kind)) return <Navigate to="/log" replace />;
  return <NewFormEntry key={kind} kind={kind} />;
}

function MoodPage() {
  const { t } = useTranslation();
  usePageTitle(t('log.kinds.mood.title'));
  return (
    <Stack gap="lg">
      <BackLink to="/log" label={t('log.back')} />
      <PageHeader title={t('log.kinds.mood.title')} subtitle={t('log.kinds.mood.intro')} />
      <Paper>
        <MoodCheckIn detailsOpen />
      </Paper>
    </Stack>
  );
}

function NewFormEntry({ kind }: { kind: FormKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queue = useQueueEntry();
  const [savedKey, setSavedKey] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const [busy, setBusy] = useState(false);
  usePageTitle(t(`log.kinds.${kind}.title`));

  const save = async (data: EntryData<EntryKind>, shared: boolean) => {
    setBusy(true);
    try {
      setSavedKey(await queue(kind, data as EntryData<FormKind>, shared));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="lg">
      <BackLink to="/log" label={t('log.back')} />
      <PageHeader title={t(`log.kinds.${kind}.title`)} subtitle={t(`log.kinds.${kind}.intro`)} />
      <Paper>
        {savedKey ? (
          <SavedStatus itemKey={savedKey} title={t(`log.kinds.${kind}.saved`)}>
            <Button
              variant="default"
              onClick={() => {
                setSavedKey(null);
                setRound((r) => r + 1);
              }}
            >
              {t('log.another')}
            </Button>
            <Button component={Link} to="/log/history" variant="subtle">
              {t('log.seeHistory')}
            </Button>
          </SavedStatus>
        ) : (
          <EntryForm
            key={round}
            kind={kind}
            initialShared={defaultShared(kind)}
            submitLabel={t('log.save')}
            busy={busy}
            error={null}
            onSubmit={(data, shared) => void save(data, shared)}
            onCancel={() => void navigate('/log')}
          />
        )}
      </Paper>
    </Stack>
  );
}
