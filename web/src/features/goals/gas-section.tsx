import { Button, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { GoalView } from '@stepwise/domain';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { TouchRadio } from '../../app/ui/touch-radio.tsx';
import { notify } from '../../app/ui/notify.ts';
import { GAS_KEYS, signed } from './goal-form-values.ts';
import { useRateGoal } from './goals-api.ts';

// The chart library is large; only pages that show a chart load it.
const GasChart = lazy(async () => ({ default: (await import('./gas-chart.tsx')).GasChart }));

/** Goal Attainment Scale: rate where things stand, and see the ratings over time. */
export function GasSection({ goal, headingOrder = 2 }: { goal: GoalView; /** The session view nests it under the goal's title. */ headingOrder?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  // Unique per section: the session view shows one for each goal.
  const headingId = useId();
  const rate = useRateGoal(goal.id);
  const [level, setLevel] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const levels = goal.gasLevels;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (level === null) return setError(t('goals.gas.pickLevel'));
    rate.mutate(
      { level: Number(level), note: note.trim() },
      {
        onSuccess: () => {
          setLevel(null);
          setNote('');
          setError(null);
          notify({ message: t('goals.gas.saved') });
        },
        onError: (err) => setError(errorMessage(t, err)),
      },
    );
  };

  return (
    <Paper component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={headingOrder} size="h3" id={headingId}>
          {t('goals.gas.title')}
        </Title>
        {!levels ? (
          <Text c="dimmed">{t('goals.gas.none')}</Text>
        ) : (
          <>
            <Text>{t('goals.gas.direction')}</Text>
            <Suspense fallback={<ListSkeleton rows={1} height={220} />}>
              <GasChart goal={goal} />
            </Suspense>
            {goal.gasRatings.length === 0 && <Text c="dimmed">{t('goals.gas.noRatings')}</Text>}
            {(goal.status === 'active' || goal.status === 'on_hold') && (
              <form noValidate onSubmit={submit}>
                <Stack gap="sm">
                  <FormAlert message={error} />
                  <Radio.Group label={t('goals.gas.rateLabel')} value={level} onChange={setLevel}>
                    <Stack gap={0} mt={4}>
                      {[...GAS_KEYS].reverse().map((key) => (
                        <TouchRadio key={key} value={key} label={`${signed(Number(key))} · ${levels[key]}`} />
                      ))}
                    </Stack>
                  </Radio.Group>
                  <Textarea label={t('goals.gas.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
                  <div>
                    <Button type="submit" loading={rate.isPending}>
                      {t('goals.gas.save')}
                    </Button>
                  </div>
                </Stack>
              </form>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
