import { MESSAGE_LIMITS } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { TextSettingSection } from '../../app/ui/text-setting-section.tsx';
import { useReplyTime, useSaveReplyTime } from './messages-api.ts';

/** A therapist's stated reply time, shown to their clients above every message thread. */
export function ReplyTimeSection() {
  const { t } = useTranslation();
  return (
    <TextSettingSection
      id="reply-time-heading"
      query={useReplyTime()}
      save={useSaveReplyTime()}
      max={MESSAGE_LIMITS.replyTimeMax}
      minRows={2}
      skeletonHeight={56}
      copy={{
        title: t('messages.replyTime.title'),
        intro: t('messages.replyTime.intro'),
        label: t('messages.replyTime.label'),
        placeholder: t('messages.replyTime.placeholder'),
        saved: t('messages.replyTime.saved'),
      }}
    />
  );
}
