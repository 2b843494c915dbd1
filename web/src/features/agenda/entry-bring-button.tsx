import type { EntryView, TrackerView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { entrySummary } from '../entries/entry-summary.ts';
import { BringToSessionButton } from './bring-to-session-button.tsx';

/** "Bring this to my next session" for a saved entry, worded as "Journal: what was written". */
export function EntryBringButton({ entry, trackers }: { entry: EntryView; trackers: TrackerView[] | undefined }) {
  const { t } = useTranslation();
  const text = t('agenda.entryText', { kind: t(`log.kinds.${entry.kind}.title`), summary: entrySummary(t, entry, trackers) });
  return <BringToSessionButton text={text} entryId={entry.id} />;
}
