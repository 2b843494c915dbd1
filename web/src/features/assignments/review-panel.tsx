import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { AssignmentDetail } from '@stepwise/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { ConfirmModal } from '../../app/ui/confirm-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { useReview } from './assignments-api.ts';

interface Props {
  a: AssignmentDetail;
  /** Opens the assignment form prefilled; it sends the changes with this note. */
  onAdjust: (note: string, done: () => void) => void;
  /** Where the panel stands in the page's outline (the session view nests it under a card). */
  headingOrder?: 2 | 3 | 4;
}

/** The therapist's review: a note, then continue as is, adjust, or complete. */
export function ReviewPanel({ a, onAdjust, headingOrder = 2 }: Props) {
  const { t } = useTranslation();
  // Unique per panel: the session view shows one for each assignment.
  const headingId = useId();
  const review = useReview(a.id);
  const [note, setNote] = useState('');
  const [completing, setCompleting] = useState(false);

  const decide = (decision: 'continue' | 'complete') =>
    review.mutate(
      { decision, note: note.trim() },
      {
        onSuccess: () => {
          setNote('');
          setCompleting(false);
          notify({ message: t(decision === 'continue' ? 'assignments.review.continued' : 'assignments.review.completed') });
        },
      },
    );

  return (
    <Paper component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={headingOrder} size="h3" id={headingId}>
          {t('assignments.review.title')}
        </Title>
        <Text c="dimmed">{t('assignments.review.intro')}</Text>
        <FormAlert message={review.isError && !completing ? errorMessage(t, review.error) : null} />
        <Textarea label={t('assignments.review.note')} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group gap="sm">
          <Button onClick={() => decide('continue')} loading={review.isPending && review.variables.decision === 'continue'}>
            {t('assignments.review.continue')}
          </Button>
          <Button variant="default" onClick={() => onAdjust(note, () => setNote(''))}>
            {t('assignments.review.adjust')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setCompleting(true)}>
            {t('assignments.review.complete')}
          </Button>
        </Group>
      </Stack>
      <ConfirmModal
        opened={completing}
        title={t('assignments.review.completeTitle')}
        confirmLabel={t('assignments.review.complete')}
        loading={review.isPending}
        error={review.isError ? errorMessage(t, review.error) : null}
        onClose={() => {
          setCompleting(false);
          review.reset();
        }}
        onConfirm={() => decide('complete')}
      >
        {t('assignments.review.completeBody', { title: a.title })}
      </ConfirmModal>
    </Paper>
  );
}
