import { Stack } from '@mantine/core';
import { IconBooks, IconChartLine, IconLifebuoy, IconMessages, IconReportMedical, IconShieldHeart, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMyUnreadCount } from '../features/messages/messages-api.ts';
import { LinkCard } from './ui/link-card.tsx';
import { NextSessionLink } from '../features/agenda/next-session-link.tsx';
import { NotificationsLink } from '../features/notifications/notifications-link.tsx';
import { PageHeader } from './ui/page-header.tsx';
import { usePageTitle } from './ui/page-title.ts';

/** The client's fifth tab: the places that do not need to be one tap away. */
export function MorePage() {
  const { t } = useTranslation();
  usePageTitle(t('more.title'));
  const unreadMessages = useMyUnreadCount().data ?? 0;
  return (
    <Stack gap="lg">
      <PageHeader title={t('more.title')} subtitle={t('more.subtitle')} />
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        <li>
          <LinkCard
            to="/messages"
            icon={<IconMessages size={24} />}
            title={t('messages.title')}
            body={unreadMessages > 0 ? t('messages.moreUnread', { count: unreadMessages }) : t('messages.moreBody')}
          />
        </li>
        <li>
          <NotificationsLink />
        </li>
        <li>
          <NextSessionLink />
        </li>
        <li>
          <LinkCard to="/insights" icon={<IconChartLine size={24} />} title={t('insights.myTitle')} body={t('insights.short')} />
        </li>
        <li>
          <LinkCard to="/my-measures" icon={<IconReportMedical size={24} />} title={t('myMeasures.title')} body={t('myMeasures.short')} />
        </li>
        <li>
          <LinkCard to="/safety-plan" icon={<IconShieldHeart size={24} />} title={t('safety.planTitle')} body={t('safety.planShort')} />
        </li>
        <li>
          <LinkCard to="/crisis" icon={<IconLifebuoy size={24} />} title={t('crisis.title')} body={t('crisis.short')} />
        </li>
        <li>
          <LinkCard to="/my-resources" icon={<IconBooks size={24} />} title={t('nav.library')} body={t('more.library')} />
        </li>
        <li>
          <LinkCard to="/account" icon={<IconUserCircle size={24} />} title={t('more.account')} body={t('more.accountBody')} />
        </li>
      </Stack>
    </Stack>
  );
}
