import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLifebuoy, IconListCheck, IconMoodSmile } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';

function greetingKey(hour: number) {
  if (hour < 5) return 'today.greeting.evening' as const;
  if (hour < 12) return 'today.greeting.morning' as const;
  if (hour < 18) return 'today.greeting.afternoon' as const;
  return 'today.greeting.evening' as const;
}

function TodayCard({ id, icon, title, children }: { id: string; icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} radius="lg" p={{ base: 'md', xs: 'lg' }}>
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
            {icon}
          </ThemeIcon>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** The client's start page; its cards fill in as plans and check-ins arrive. */
export function TodayPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.today'));
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const now = new Date();
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;

  return (
    <Stack gap="lg">
      <PageHeader title={t(greetingKey(format.hour(now)), { name: firstName })} subtitle={format.longDate(now)} />
      <TodayCard id="planned-heading" icon={<IconListCheck size={24} />} title={t('today.planned.title')}>
        <Text>{t('today.planned.empty')}</Text>
        <Text c="dimmed">{t('today.planned.hint')}</Text>
      </TodayCard>
      <TodayCard id="feeling-heading" icon={<IconMoodSmile size={24} />} title={t('today.feeling.title')}>
        <Text>{t('today.feeling.soon')}</Text>
      </TodayCard>
      <TodayCard id="help-heading" icon={<IconLifebuoy size={24} />} title={t('today.help.title')}>
        <Text>{t('today.help.body')}</Text>
      </TodayCard>
    </Stack>
  );
}
