import { ActionIcon, Button, Checkbox, Group, Menu, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { notify } from '../../app/ui/notify.ts';
import { useUpdateStep, type GoalStep } from './goals-api.ts';

interface Props {
  goalId: string;
  step: GoalStep;
  index: number;
  count: number;
  onDelete: (step: GoalStep) => void;
}

/** One step: tick it, or rename, move or delete it from its menu. */
export function StepRow({ goalId, step, index, count, onDelete }: Props) {
  const { t } = useTranslation();
  const update = useUpdateStep(goalId);
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(step.title);
  const [error, setError] = useState<string | null>(null);
  const onError = (e: unknown) => notify({ tone: 'error', message: errorMessage(t, e) });

  if (renaming) {
    const save = () => {
      if (!title.trim()) return setError(t('form.required'));
      update.mutate(
        { stepId: step.id, title: title.trim() },
        { onSuccess: () => setRenaming(false), onError: (e) => setError(errorMessage(t, e)) },
      );
    };
    return (
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Group gap="xs" align="flex-start">
          <TextInput
            label={t('goals.steps.renameLabel')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={error}
            style={{ flex: 1, minWidth: 200 }}
            data-autofocus
            autoFocus
          />
          <Group gap="xs" mt={{ base: 0, xs: 28 }}>
            <Button type="submit" loading={update.isPending}>
              {t('common.saveShort')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setRenaming(false);
                setTitle(step.title);
                setError(null);
              }}
            >
              {t('common.cancel')}
            </Button>
          </Group>
        </Group>
      </form>
    );
  }

  const move = (position: number) => update.mutate({ stepId: step.id, position }, { onError });
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" mih={44}>
      <Checkbox
        label={step.title}
        checked={step.doneAt !== null}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ stepId: step.id, done: e.currentTarget.checked }, { onError })}
        styles={{ label: { textDecoration: step.doneAt ? 'line-through' : undefined } }}
        style={{ flex: 1 }}
      />
      {/* Inside the page (not a portal), so the open menu stays within the main landmark. */}
      <Menu position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <ActionIcon variant="subtle" size={44} aria-label={t('goals.steps.options', { title: step.title })}>
            <IconDots size={20} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={18} aria-hidden />} onClick={() => setRenaming(true)}>
            {t('goals.steps.rename')}
          </Menu.Item>
          {index > 0 && (
            <Menu.Item leftSection={<IconArrowUp size={18} aria-hidden />} onClick={() => move(index)}>
              {t('goals.steps.moveUp')}
            </Menu.Item>
          )}
          {index < count - 1 && (
            <Menu.Item leftSection={<IconArrowDown size={18} aria-hidden />} onClick={() => move(index + 2)}>
              {t('goals.steps.moveDown')}
            </Menu.Item>
          )}
          <Menu.Item leftSection={<IconTrash size={18} aria-hidden />} c="var(--mantine-color-error)" onClick={() => onDelete(step)}>
            {t('goals.steps.delete')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
