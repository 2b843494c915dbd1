import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { SubmitResultView } from '@stepwise/domain';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** What the score says, in plain words; custom questionnaires have no score, only thanks. */
function ScoreWords({ score }: { score: NonNullable<SubmitResultView['score']> }) {
  const { t } = useTranslation();
  if (score.total === null) {
    return <Text>{score.noTotalReason === 'missing_not_allowed' ? t('answer.result.noTotalAll') : t('answer.result.noTotalMany')}</Text>;
  }
  return (
    <>
      <Text size="lg" fw={600}>
        {score.band ? t('answer.result.scoreBand', { total: score.total, band: score.band.label }) : t('answer.result.score', { total: score.total })}
      </Text>
      {score.prorated && <Text>{t('answer.result.prorated')}</Text>}
      <Text c="dimmed">{t('answer.result.snapshot')}</Text>
    </>
  );
}

/** The thank-you after sending; takes focus so it is read out at once. */
export function AnswerResult({ result }: { result: SubmitResultView }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Stack gap="md">
      <Alert color="sage" variant="light" icon={<IconCircleCheck aria-hidden />}>
        <Title order={2} size="h3" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          {t('answer.result.title')}
        </Title>
        <Text mt={4}>{t('answer.result.sent')}</Text>
      </Alert>
      {result.score && <ScoreWords score={result.score} />}
      <Stack gap="sm">
        <Button component={Link} to="/today" size="lg" fullWidth>
          {t('answer.result.today')}
        </Button>
        {result.score && (
          <Button component={Link} to="/my-measures" size="lg" fullWidth variant="default">
            {t('answer.result.history')}
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
