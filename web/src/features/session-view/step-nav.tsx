import { Button, SimpleGrid } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export const STEPS = ['agenda', 'homework', 'goals', 'actionSteps', 'note'] as const;
export type Step = (typeof STEPS)[number];

/**
 * The session's steps as numbered buttons: every one can be opened at any time (a session
 * rarely goes in order), and the current one is marked for screen readers as well as by colour.
 */
export function StepNav({ active, onSelect }: { active: Step; onSelect: (step: Step) => void }) {
  const { t } = useTranslation();
  const activeIndex = STEPS.indexOf(active);
  return (
    <nav aria-label={t('sessionView.steps.label')}>
      <SimpleGrid component="ol" cols={{ base: 1, xs: 5 }} spacing="xs" m={0} p={0} style={{ listStyle: 'none' }}>
        {STEPS.map((step, i) => (
          <li key={step}>
            <Button
              fullWidth
              variant={step === active ? 'filled' : i < activeIndex ? 'light' : 'default'}
              aria-current={step === active ? 'step' : undefined}
              justify="flex-start"
              leftSection={i < activeIndex ? <IconCheck size={16} aria-hidden /> : undefined}
              onClick={() => onSelect(step)}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'start' } }}
              h="auto"
              mih={44}
              py={6}
            >
              {t('sessionView.stepHeading', { n: i + 1, title: t(`sessionView.steps.${step}`) })}
            </Button>
          </li>
        ))}
      </SimpleGrid>
    </nav>
  );
}
