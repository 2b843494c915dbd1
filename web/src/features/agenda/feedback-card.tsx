import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { IconCircleCheck, IconMessageStar } from '@tabler/icons-react';
import { FEEDBACK_TEXT_MAX, type AppointmentView } from '@stepwise/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { useSessionText } from '../appointments/session-text.ts';
import { TodayCard } from '../today/today-card.tsx';
import { PENDING_FEEDBACK_KEY, usePendingFeedback, useSendFeedback } from './agenda-api.ts';
import { RatingButtons } from './rating-buttons.tsx';

/**
 * After a session, Today asks how well it worked (0 to 10, our own wording, not a scale) and,
 * optionally, what helped, what did not and what to change. Nothing shows when no answer is due.
 */
export function FeedbackCard() {
  const { t } = useTranslation();
  const pending = usePendingFeedback();
  const [sent, setSent] = useState(false);
  if (sent) {
    return (
      <Alert color="sage" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('feedback.thanksTitle')} role="status">
        {t('feedback.thanks')}
      </Alert>
    );
  }
  if (!pending.data) return null;
  return <FeedbackForm key={pending.data.id} appointment={pending.data} onSent={() => setSent(true)} />;
}

function FeedbackForm({ appointment, onSent }: { appointment: AppointmentView; onSent: () => void }) {
  const { t } = useTranslation();
  const zone = useSession().user.timeZone;
  const text = useSessionText(zone);
  const send = useSendFeedback();
  const queryClient = useQueryClient();
  const [rating, setRating] = useState<number | null>(null);
  const [texts, setTexts] = useState({ helped: '', didNotHelp: '', doDifferently: '' });
  const [error, setError] = useState<string | null>(null);
  const [ratingError, setRatingError] = useState<string | null>(null);
  const today = text.daysAway(appointment.startsAt, new Date()) === 0;
  const question = today ? t('feedback.questionToday') : t('feedback.questionDay', { day: text.longDay(appointment.startsAt) });

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (rating === null) return setRatingError(t('feedback.pickRating'));
    send.mutate(
      { appointmentId: appointment.id, rating, ...texts },
      {
        onSuccess: () => {
          // Answered: the question must not come back from the cache on the next visit.
          queryClient.setQueryData(PENDING_FEEDBACK_KEY, { appointment: null });
          onSent();
        },
        onError: (err) => setError(errorMessage(t, err)),
      },
    );
  };
  const field = (name: keyof typeof texts) => (
    <Textarea
      label={t(`feedback.${name}`)}
      description={t('feedback.optional')}
      autosize
      minRows={2}
      maxRows={6}
      size="md"
      maxLength={FEEDBACK_TEXT_MAX}
      value={texts[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setTexts((v) => ({ ...v, [name]: value }));
      }}
    />
  );

  return (
    <TodayCard id="feedback-heading" icon={<IconMessageStar size={24} />} title={t('feedback.title')}>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <RatingButtons
            label={question}
            description={t('feedback.scaleHint')}
            value={rating}
            error={ratingError}
            onChange={(n) => {
              setRating(n);
              setRatingError(null);
            }}
          />
          {field('helped')}
          {field('didNotHelp')}
          {field('doDifferently')}
          <FormAlert message={error} />
          <Button type="submit" size="xl" fullWidth loading={send.isPending}>
            {t('feedback.send')}
          </Button>
        </Stack>
      </form>
    </TodayCard>
  );
}
