import { List, Stack, Text, Title } from '@mantine/core';
import { SAFETY_PLAN_SECTIONS, type SafetyPlan } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';

export const isPlanEmpty = (plan: SafetyPlan) => SAFETY_PLAN_SECTIONS.every((s) => plan[s].length === 0);

interface Props {
  plan: SafetyPlan;
  /** The level of each section's heading, one under where the plan stands. */
  order?: 2 | 3 | 4;
  /** Leaves out sections with nothing written (the crisis page), instead of saying so. */
  hideEmpty?: boolean;
}

/** The plan as it is read in a hard moment: the sections in order, each a short list. */
export function SafetyPlanView({ plan, order = 3, hideEmpty = false }: Props) {
  const { t } = useTranslation();
  const sections = SAFETY_PLAN_SECTIONS.filter((s) => !hideEmpty || plan[s].length > 0);
  return (
    <Stack gap="md">
      {sections.map((section) => (
        <div key={section}>
          <Title order={order} size="h4" mb={4}>
            {t(`safety.section.${section}.title`)}
          </Title>
          {plan[section].length === 0 ? (
            <Text c="dimmed">{t('safety.plan.nothingYet')}</Text>
          ) : (
            <List spacing={4} size="md">
              {plan[section].map((line, j) => (
                <List.Item key={j} style={{ overflowWrap: 'anywhere' }}>
                  {line}
                </List.Item>
              ))}
            </List>
          )}
        </div>
      ))}
    </Stack>
  );
}
