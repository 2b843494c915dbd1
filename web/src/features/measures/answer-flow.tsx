import { Progress, Stack, Text } from '@mantine/core';
import type { Answer, Answers, AnswerSessionView, SubmitResultView } from '@stepwise/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { errorMessage, sentence } from '../../app/ui/api-errors.ts';
import { useSubmitResponse } from './answer-api.ts';
import { useDraftSaver } from './answer-draft.ts';
import { AnswerItem, type FormItemView, type Move } from './answer-item.tsx';
import { AnswerResult } from './answer-result.tsx';
import { AnswerReview } from './answer-review.tsx';
import { DraftStatusText } from './answer-save-status.tsx';

type Stage = { kind: 'item'; index: number } | { kind: 'review' } | { kind: 'result'; result: SubmitResultView };

/** Resuming starts at the first question without an answer; with none left, at the review. */
function firstStage(items: FormItemView[], answers: Answers): Stage {
  const index = items.findIndex((item) => !(item.key in answers));
  return index === -1 ? { kind: 'review' } : { kind: 'item', index };
}

// Long enough to see the chosen option light up, short enough not to feel slow.
const ADVANCE_MS = 250;

/** Answering one questionnaire: one question at a time, a review, then sending. */
export function AnswerFlow({ session }: { session: AnswerSessionView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const items = session.form.items;
  const [answers, setAnswers] = useState<Answers>(session.answers);
  const [stage, setStage] = useState<Stage>(() => firstStage(items, session.answers));
  // Focus follows the question only after the first move; on arrival the page's h1 comes first.
  const [moved, setMoved] = useState(false);
  // Once the review has been seen, answering a question goes back to it, not onwards.
  const [reviewed, setReviewed] = useState(stage.kind === 'review');
  const [itemErrors, setItemErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const draft = useDraftSaver(session.scheduleId, session.dueDate, session.answers);
  const submit = useSubmitResponse();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const go = (to: Stage) => {
    window.clearTimeout(timer.current);
    if (to.kind === 'review') setReviewed(true);
    setMoved(true);
    setStage(to);
    window.scrollTo({ top: 0 });
  };
  const after = (index: number): Stage => (reviewed || index + 1 >= items.length ? { kind: 'review' } : { kind: 'item', index: index + 1 });

  const answer = (index: number, value: Answer, move: Move) => {
    const key = items[index]?.key;
    if (key === undefined) return;
    const next = { ...answers, [key]: value };
    setAnswers(next);
    setItemErrors(({ [key]: _gone, ...rest }) => rest);
    draft.save(next);
    window.clearTimeout(timer.current);
    if (move === 'next') go(after(index));
    else if (move === 'soon') timer.current = window.setTimeout(() => go(after(index)), ADVANCE_MS);
  };

  const send = () => {
    // Every item is sent, a skipped one as null, so the server scores exactly what was seen.
    const complete: Answers = Object.fromEntries(items.map((item) => [item.key, answers[item.key] ?? null]));
    const missing = items.filter((item) => item.required && complete[item.key] === null);
    if (missing.length > 0) {
      setItemErrors(Object.fromEntries(missing.map((item) => [item.key, t('answer.errors.required')])));
      setError(t('answer.errors.missing', { count: missing.length }));
      return;
    }
    setError(null);
    submit.mutate(
      { scheduleId: session.scheduleId, dueDate: session.dueDate, answers: complete },
      {
        onSuccess: (result) => {
          draft.stop();
          // A risk answer: crisis help comes first, and Back should not return to the form.
          if (result.crisis) {
            // From the top: the crisis page's first lines matter most, and the review was scrolled.
            window.scrollTo({ top: 0 });
            return void navigate('/crisis?after=measure', { replace: true });
          }
          go({ kind: 'result', result });
        },
        onError: (e) => {
          const perItem: Record<string, string> = {};
          const other: string[] = [];
          for (const [field, message] of Object.entries(isApiError(e) ? (e.fields ?? {}) : {})) {
            const key = field.replace(/^answers\./, '');
            if (items.some((item) => item.key === key)) perItem[key] = sentence(message);
            else other.push(sentence(message));
          }
          setItemErrors(perItem);
          setError([errorMessage(t, e), ...other].join(' '));
        },
      },
    );
  };

  if (stage.kind === 'result') return <AnswerResult result={stage.result} />;
  if (stage.kind === 'review') {
    return (
      <Stack gap="sm">
        <AnswerReview
          items={items}
          answers={answers}
          itemErrors={itemErrors}
          error={error}
          busy={submit.isPending}
          focus={moved}
          onEdit={(index) => go({ kind: 'item', index })}
          onSubmit={send}
        />
        <DraftStatusText status={draft.status} />
      </Stack>
    );
  }

  const item = items[stage.index];
  if (!item) return null;
  return (
    <Stack gap="md">
      <div>
        <Text fw={600} id="answer-progress-label">
          {t('answer.progress', { n: stage.index + 1, total: items.length })}
        </Text>
        <Progress.Root mt={6} size="lg">
          <Progress.Section value={((stage.index + 1) / items.length) * 100} aria-labelledby="answer-progress-label" />
        </Progress.Root>
      </div>
      <Text c="dimmed">{session.form.instructions}</Text>
      <AnswerItem
        key={item.key}
        item={item}
        value={answers[item.key]}
        focus={moved}
        onAnswer={(value, move) => answer(stage.index, value, move)}
        onBack={stage.index > 0 ? () => go({ kind: 'item', index: stage.index - 1 }) : null}
      />
      <DraftStatusText status={draft.status} />
    </Stack>
  );
}
