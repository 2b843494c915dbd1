import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { SectionCard } from '../../app/ui/section-card.tsx';
import { MoodFieldsSettings } from '../entries/mood-fields-settings.tsx';
import { AppearanceSection } from './appearance-section.tsx';
import { CalendarFeedSection } from './calendar-feed-section.tsx';
import { CrisisInstructionsSection } from './crisis-instructions-section.tsx';
import { ReplyTimeSection } from '../messages/reply-time-section.tsx';
import { NotificationPreferencesSection } from '../notifications/preferences-section.tsx';
import { EmailBounceNotice } from '../notifications/email-bounce-notice.tsx';
import { PushSection } from '../notifications/push-section.tsx';
import { PasswordForm } from './password-form.tsx';
import { ProfileForm } from './profile-form.tsx';
import { SignOutSection } from './sign-out-section.tsx';

export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const me = useSession();
  return (
    <Stack gap="lg" maw={640}>
      <PageHeader
        title={t('account.title')}
        subtitle={t('account.subtitle', { email: me.user.email, practice: me.practice.name })}
      />
      <ProfileForm />
      {me.user.role === 'client' && (
        <SectionCard id="check-in-questions-heading" title={t('mood.settings.title')}>
          <MoodFieldsSettings />
        </SectionCard>
      )}
      {me.user.role === 'therapist' && <CrisisInstructionsSection />}
      {me.user.role === 'therapist' && <ReplyTimeSection />}
      <EmailBounceNotice />
      <NotificationPreferencesSection />
      <PushSection />
      <CalendarFeedSection />
      <PasswordForm />
      <AppearanceSection />
      <SignOutSection />
    </Stack>
  );
}
