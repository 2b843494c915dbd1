import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { ChangeView, SummaryView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { signedDelta } from '../measures/measure-text.ts';
import classes from './summary-print.module.css';
import { EmptyLine, PlainList, SummarySection } from './summary-section.tsx';

type Measure = SummaryView['measures'][number];
type Entry = SummaryView['sharedEntries'][number];

export function EntriesSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const thoughts = view.sharedEntries.filter((e) => e.kind === 'thought_record');
  const journal = view.sharedEntries.filter((e) => e.kind === 'journal');
  return (
    <SummarySection id="summary-entries" title={t('summary.entries.title')}>
      <Stack gap="md">
        <EntryList title={t('summary.entries.thoughts')} empty={t('summary.entries.noThoughts')} entries={thoughts} />
        <EntryList title={t('summary.entries.journal')} empty={t('summary.entries.noJournal')} entries={journal} />
      </Stack>
    </SummarySection>
  );
}

function EntryList({ title, empty, entries }: { title: string; empty: string; entries: Entry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {entries.length === 0 ? (
        <EmptyLine>{empty}</EmptyLine>
      ) : (
        <PlainList>
          {entries.map((e) => (
            <li key={e.id} className={classes.part}>
              <Text size="sm" c="dimmed">
                {format.day(e.localDate)}
              </Text>
              <Text size="sm" className={classes.quote}>
                {e.text.trim() || t('summary.entries.noText')}
              </Text>
            </li>
          ))}
        </PlainList>
      )}
    </div>
  );
}

/** "−6 since first (reliable improvement; reliably recovered …)", in the measures tab's own words. */
function useChangeWords() {
  const { t } = useTranslation();
  return (m: Measure, c: ChangeView, since: 'first' | 'last') => {
    const kind = m.changeKind === 'clinically_meaningful' ? t('measures.change.meaningful') : t('measures.change.reliable');
    const words: string[] = [];
    if (c.delta === 0) words.push(t('measures.change.noChange'));
    else if (c.improved) words.push(t('measures.change.improvement', { kind }));
    else if (c.deteriorated) words.push(t('measures.change.deterioration', { kind }));
    else if (c.significant === false) words.push(t('summary.measures.notCounted', { kind }));
    else words.push(t(c.direction === 'better' ? 'measures.change.betterNoThreshold' : 'measures.change.worseNoThreshold'));
    // Recovery is about where the client started, so it belongs to the change since the first answer only.
    if (since === 'first' && c.reliablyRecovered) words.push(t('measures.change.reliablyRecovered'));
    else if (since === 'first' && c.recovered) words.push(t('measures.change.recovered'));
    return t(since === 'first' ? 'measures.change.sinceFirst' : 'measures.change.sinceLast', { delta: signedDelta(c.delta), words: words.join('; ') });
  };
}

export function MeasuresSection({ view }: { view: SummaryView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const changeWords = useChangeWords();
  const tone = (c: ChangeView | null) => (c?.improved ? 'sage.8' : c?.deteriorated ? 'red.9' : undefined);
  return (
    <SummarySection id="summary-measures" title={t('summary.measures.title')}>
      {view.measures.length === 0 ? (
        <EmptyLine>{t('summary.measures.empty')}</EmptyLine>
      ) : (
        <Stack gap="md">
          {view.measures.map((m) => {
            const date = m.latest.date ? format.calendarDate(m.latest.date) : '';
            return (
              <article key={m.key} aria-labelledby={`measure-${m.key}`} className={classes.part}>
                <Group gap="xs" align="baseline">
                  <Title order={3} size="h5" id={`measure-${m.key}`}>
                    {m.shortName}
                  </Title>
                  <Text fw={600}>
                    {m.latest.total === null ? t('summary.measures.noTotal', { date }) : t('summary.measures.latest', { total: m.latest.total, date })}
                  </Text>
                  {m.latest.band && (
                    <Badge color="gray">
                      {m.latest.band.label}
                    </Badge>
                  )}
                  <Text size="sm" c="dimmed">
                    {m.better === 'lower' ? t('summary.measures.lowerBetter') : t('summary.measures.higherBetter')}
                  </Text>
                </Group>
                <Text size="sm" c="dimmed">
                  {m.answeredInWindow > 0 ? t('summary.measures.answeredInWindow', { count: m.answeredInWindow }) : t('summary.measures.notInWindow')}
                </Text>
                {!m.sinceFirst && !m.sinceLast && <Text size="sm">{t('summary.measures.firstTime')}</Text>}
                {m.sinceFirst && (
                  <Text size="sm" c={tone(m.sinceFirst)} fw={m.sinceFirst.improved || m.sinceFirst.deteriorated ? 600 : undefined}>
                    {changeWords(m, m.sinceFirst, 'first')}
                  </Text>
                )}
                {/* With only two answers the first is also the last one before: say it once. */}
                {m.sinceLast && JSON.stringify(m.sinceLast) !== JSON.stringify(m.sinceFirst) && (
                  <Text size="sm" c={tone(m.sinceLast)}>
                    {changeWords(m, m.sinceLast, 'last')}
                  </Text>
                )}
              </article>
            );
          })}
        </Stack>
      )}
    </SummarySection>
  );
}
