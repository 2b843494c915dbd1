import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ClientDetail, InsightRange } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TrackerModal } from '../entries/tracker-modal.tsx';
import { HeadingLevel } from './heading-level.ts';
import { InsightsPanel } from './insights-panel.tsx';
import { SharedEntries } from './shared-entries.tsx';
import { SkillsSettings } from './skills-settings.tsx';

/** The Insights tab of a client's page: charts and patterns from what the client shared, and the entries themselves. */
export function ClientInsightsTab({ client }: { client: ClientDetail }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<InsightRange>('month');
  const [addingTracker, setAddingTracker] = useState(false);
  return (
    <Stack gap="lg" component="section" aria-labelledby="client-insights-heading">
      <div>
        <Title order={2} id="client-insights-heading">
          {t('insights.teamTitle')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('insights.teamIntro', { name: client.name })}
        </Text>
      </div>
      <HeadingLevel.Provider value={3}>
        <InsightsPanel clientId={client.id} range={range} onRange={setRange}>
          {(insights) => <SharedEntries clientId={client.id} from={insights.from} to={insights.to} />}
        </InsightsPanel>
      </HeadingLevel.Provider>
      <Paper component="section" aria-labelledby="monitoring-setup-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} id="monitoring-setup-heading">
            {t('shared.setup.title')}
          </Title>
          <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAddingTracker(true)}>
            {t('shared.setup.addTracker')}
          </Button>
        </Group>
        <SkillsSettings clientId={client.id} />
      </Paper>
      <TrackerModal clientId={client.id} forName={client.name} opened={addingTracker} onClose={() => setAddingTracker(false)} />
    </Stack>
  );
}
