import { Button, Group, NumberInput, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import type { Answer, AnswerSessionView } from '@stepwise/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchRadio } from '../../app/ui/touch-radio.tsx';

export type FormItemView = AnswerSessionView['form']['items'][number];
/** After an answer: stay, go on now, or go on after a moment (so a tapped choice is seen). */
export type Move = 'stay' | 'next' | 'soon';

interface Props {
  item: FormItemView;
  value: Answer | undefined;
  /** Move focus to the question on mount (not on the page's first render). */
  focus: boolean;
  onAnswer: (value: Answer, move: Move) => void;
  onBack: (() => void) | null;
}

const HEADING_ID = 'answer-item-heading';
const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** One question: its options (or a number or text box), Skip where allowed, Back and Next. */
export function AnswerItem({ item, value, focus, onAnswer, onBack }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Arrow keys move the selection through a radio group; that must not jump to the next
  // question the way a tap does, or a keyboard user could never reach the third option.
  const byArrows = useRef(false);
  const [typed, setTyped] = useState(() => (value === null || value === undefined ? '' : String(value)));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);

  const next = (e?: { preventDefault: () => void }) => {
    e?.preventDefault();
    if (item.kind === 'choice') {
      if (value === undefined || (value === null && item.required)) return setError(item.required ? t('answer.errors.chooseRequired') : t('answer.errors.choose'));
      return onAnswer(value, 'next');
    }
    const text = typed.trim();
    if (text === '') return item.required ? setError(t('answer.errors.required')) : onAnswer(null, 'next');
    if (item.kind === 'text') return onAnswer(text, 'next');
    const n = Number(text);
    if (!Number.isFinite(n) || n < item.min || n > item.max) return setError(t('answer.errors.number', { min: item.min, max: item.max }));
    onAnswer(n, 'next');
  };

  return (
    <form noValidate onSubmit={next}>
      <Stack gap="md">
        <Title order={2} size="h3" id={HEADING_ID} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          {item.text}
        </Title>
        {item.kind === 'choice' ? (
          <Radio.Group
            value={typeof value === 'number' ? String(value) : null}
            labelProps={{ id: HEADING_ID }}
            error={error}
            onKeyDown={(e) => {
              byArrows.current = ARROWS.has(e.key);
              // Enter on a chosen option means "next", as on the Next button.
              if (e.key === 'Enter') next(e);
            }}
            onPointerDown={() => (byArrows.current = false)}
            onChange={(v) => {
              setError(null);
              onAnswer(Number(v), byArrows.current ? 'stay' : 'soon');
            }}
          >
            <Stack gap={4}>
              {item.options.map((o) => (
                <TouchRadio key={o.value} value={String(o.value)} label={o.label} />
              ))}
            </Stack>
          </Radio.Group>
        ) : item.kind === 'number' ? (
          <NumberInput
            size="lg"
            label={t('answer.yourAnswer')}
            description={t('answer.numberHint', { min: item.min, max: item.max })}
            min={item.min}
            max={item.max}
            clampBehavior="none"
            value={typed}
            error={error}
            required={item.required}
            onChange={(v) => {
              setError(null);
              setTyped(String(v));
            }}
          />
        ) : (
          <Textarea
            size="md"
            label={t('answer.yourAnswer')}
            autosize
            minRows={4}
            maxLength={1000}
            value={typed}
            error={error}
            required={item.required}
            onChange={(e) => {
              setError(null);
              setTyped(e.currentTarget.value);
            }}
          />
        )}
        {value === null && <Text c="dimmed">{t('answer.skipped')}</Text>}
        {!item.required && (
          <Button variant="subtle" fullWidth onClick={() => onAnswer(null, 'next')}>
            {t('answer.skip')}
          </Button>
        )}
        <Group gap="sm" grow>
          {onBack && (
            <Button variant="default" size="lg" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={onBack}>
              {t('answer.previous')}
            </Button>
          )}
          <Button type="submit" size="lg" rightSection={<IconArrowRight size={18} aria-hidden />}>
            {t('answer.next')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
