import { Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconPencil, IconSend } from '@tabler/icons-react';
import type { Answer, Answers } from '@stepwise/domain';
import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import type { FormItemView } from './answer-item.tsx';

/** An answer in words: the option's label, the number or text, or that it was skipped. */
export function answerText(t: TFunction, item: FormItemView, value: Answer | undefined): string {
  if (value === undefined) return t('answer.review.notAnswered');
  if (value === null) return t('answer.review.skipped');
  if (item.kind === 'choice') return item.options.find((o) => o.value === value)?.label ?? String(value);
  return String(value);
}

interface Props {
  items: FormItemView[];
  answers: Answers;
  /** Problems per item key, from the server's 400 or the check before sending. */
  itemErrors: Record<string, string>;
  error: string | null;
  busy: boolean;
  focus: boolean;
  onEdit: (index: number) => void;
  onSubmit: () => void;
}

/** Every question with its answer before sending; tapping one goes back to change it. */
export function AnswerReview({ items, answers, itemErrors, error, busy, focus, onEdit, onSubmit }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);

  return (
    <Stack gap="md">
      <Title order={2} size="h3" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
        {t('answer.review.title')}
      </Title>
      <Text>{t('answer.review.hint')}</Text>
      <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map((item, i) => {
          const problem = itemErrors[item.key];
          const value = answers[item.key];
          return (
            <Paper component="li" key={item.key} p={0} radius="md" style={problem ? { borderColor: 'var(--mantine-color-error)' } : undefined}>
              <UnstyledButton onClick={() => onEdit(i)} p="sm" w="100%" aria-describedby={problem ? `review-error-${item.key}` : undefined}>
                <Text size="sm" c="dimmed">
                  {t('answer.review.question', { n: i + 1 })}
                </Text>
                <Text>{item.text}</Text>
                <Group justify="space-between" wrap="nowrap" mt={4} gap="sm">
                  <Text fw={600} c={value === undefined || value === null ? 'dimmed' : undefined}>
                    {answerText(t, item, value)}
                  </Text>
                  <Group gap={4} wrap="nowrap" c="var(--mantine-primary-color-filled)">
                    <IconPencil size={16} aria-hidden />
                    <Text span>{t('answer.review.change')}</Text>
                  </Group>
                </Group>
              </UnstyledButton>
              {problem && (
                <Text c="var(--mantine-color-error)" size="sm" px="sm" pb="sm" id={`review-error-${item.key}`}>
                  {problem}
                </Text>
              )}
            </Paper>
          );
        })}
      </Stack>
      <FormAlert message={error} />
      <Button size="lg" fullWidth loading={busy} leftSection={<IconSend size={18} aria-hidden />} onClick={onSubmit}>
        {t('answer.review.submit')}
      </Button>
    </Stack>
  );
}
