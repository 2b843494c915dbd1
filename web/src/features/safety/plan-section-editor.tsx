import { ActionIcon, Button, Group, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { SafetyPlanSection } from '@stepwise/domain';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

// The domain's limits for one section (safetyPlanSchema).
const MAX_LINES = 20;
const MAX_LENGTH = 300;

interface Props {
  section: SafetyPlanSection;
  lines: string[];
  onChange: (next: string[]) => void;
  error?: string;
}

/** One part of the plan: a title, a hint, and short lines to add and remove. */
export function PlanSectionEditor({ section, lines, onChange, error }: Props) {
  const { t } = useTranslation();
  const title = t(`safety.section.${section}.title`);
  const inputs = useRef<(HTMLTextAreaElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  // The line to focus after adding or removing, so keyboard and screen-reader users stay put.
  // Applied after the render that shows the new list of inputs.
  const focusNext = useRef<number | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    // -1: the last line went, so focus moves to "Add a line" rather than being lost.
    if (focusNext.current === -1) addButton.current?.focus();
    else inputs.current[focusNext.current]?.focus();
    focusNext.current = null;
  });

  const add = (at: number) => {
    if (lines.length >= MAX_LINES) return;
    onChange([...lines.slice(0, at), '', ...lines.slice(at)]);
    focusNext.current = at;
  };
  const remove = (i: number) => {
    onChange(lines.filter((_, j) => j !== i));
    focusNext.current = lines.length > 1 ? Math.max(0, i - 1) : -1;
  };
  // Enter starts the next line instead of saving the whole plan: lists are written line by line.
  const onKeyDown = (i: number) => (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    add(i + 1);
  };

  return (
    <Stack gap="xs" component="fieldset" m={0} p={0} style={{ border: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} fz="lg" p={0} mb={2}>
        {title}
      </Text>
      <Text c="dimmed" id={`hint-${section}`}>
        {t(`safety.section.${section}.hint`)}
      </Text>
      {lines.map((line, i) => (
        <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
          {/* A textarea so a long line wraps and stays readable on a phone; Enter still starts the next line. */}
          <Textarea
            ref={(el) => {
              inputs.current[i] = el;
            }}
            style={{ flex: 1 }}
            aria-label={t('safety.editor.lineLabel', { n: i + 1, section: title })}
            aria-describedby={`hint-${section}`}
            value={line}
            maxLength={MAX_LENGTH}
            onChange={(e) => onChange(lines.map((l, j) => (j === i ? e.currentTarget.value : l)))}
            onKeyDown={onKeyDown(i)}
            size="md"
            autosize
            minRows={1}
            maxRows={6}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size={44}
            aria-label={t('safety.editor.removeLine', { n: i + 1, section: title })}
            onClick={() => remove(i)}
          >
            <IconTrash size={20} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text c="var(--mantine-color-error)" size="sm">
          {error}
        </Text>
      )}
      {lines.length < MAX_LINES ? (
        <div>
          <Button ref={addButton} variant="light" mih={44} leftSection={<IconPlus size={18} aria-hidden />} onClick={() => add(lines.length)}>
            {t('safety.editor.addLine')}
            <VisuallyHidden>{t('safety.editor.addLineTo', { section: title })}</VisuallyHidden>
          </Button>
        </div>
      ) : (
        <Text size="sm" c="dimmed">
          {t('safety.editor.full', { count: MAX_LINES })}
        </Text>
      )}
    </Stack>
  );
}
