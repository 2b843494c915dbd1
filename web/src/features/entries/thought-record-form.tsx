import { Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import type { EntryFormProps } from './entry-form-props.ts';
import { ShareSwitch } from './share-switch.tsx';
import { ThoughtStepFields } from './thought-steps.tsx';
import { stepProblem, THOUGHT_STEPS, toData, toValues, type ThoughtValues } from './thought-values.ts';

/** A thought record, one step at a time: Back and Next, a progress bar, focus on each step's heading. */
export function ThoughtRecordForm({ initial, initialShared, submitLabel, busy, error, onSubmit, onCancel }: EntryFormProps<'thought_record'>) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ThoughtValues>(() => toValues(initial));
  const [shared, setShared] = useState(initialShared);
  const [index, setIndex] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const moved = useRef(false);
  const step = THOUGHT_STEPS[index] ?? 'situation';
  const last = index === THOUGHT_STEPS.length - 1;

  useEffect(() => {
    // Not on first render: the page's h1 is the first stop there.
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [index]);

  const set = (patch: Partial<ThoughtValues>) => {
    setProblem(null);
    setValues((v) => ({ ...v, ...patch }));
  };
  const go = (to: number) => {
    setProblem(null);
    setIndex(to);
    window.scrollTo({ top: 0 });
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const stop = stepProblem(t, step, values);
    if (stop) {
      setProblem(stop);
      // To the field that needs something, where its message is read out with it.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], input, textarea')?.focus());
      return;
    }
    if (!last) return go(index + 1);
    onSubmit(toData(values), shared);
  };

  return (
    <form noValidate onSubmit={submit} ref={formRef}>
      <Stack gap="md">
        <div>
          <Text fw={600} id="thought-progress-label">
            {t('thought.progress', { n: index + 1, total: THOUGHT_STEPS.length })}
          </Text>
          <Progress.Root mt={6} size="lg">
            <Progress.Section value={((index + 1) / THOUGHT_STEPS.length) * 100} aria-labelledby="thought-progress-label" />
          </Progress.Root>
        </div>
        <Title order={2} ref={headingRef} tabIndex={-1}>
          {t(`thought.steps.${step}.title`)}
        </Title>
        <Text>{t(`thought.steps.${step}.hint`)}</Text>
        <FormAlert message={error} />
        <ThoughtStepFields step={step} values={values} set={set} error={problem} />
        {last && <ShareSwitch shared={shared} onChange={setShared} />}
        <Group gap="sm" grow>
          {index > 0 ? (
            <Button variant="default" size="lg" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={() => go(index - 1)}>
              {t('thought.back')}
            </Button>
          ) : (
            onCancel && (
              <Button variant="default" size="lg" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            )
          )}
          <Button type="submit" size="lg" loading={busy} rightSection={last ? undefined : <IconArrowRight size={18} aria-hidden />}>
            {last ? submitLabel : t('thought.next')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
