import { Button, Group, Paper, Radio, Select, Stack, Tabs, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { RESOURCE_KINDS, type ResourceView } from '@stepwise/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { notify } from '../../app/ui/notify.ts';
import { MarkdownBody } from './markdown.tsx';
import { useSaveResource, type ResourceKind } from './resources-api.ts';

interface Values {
  title: string;
  kind: ResourceKind;
  body: string;
  url: string;
  tags: string[];
  visibility: 'practice' | 'private';
}

interface Props {
  /** null: closed; 'new': a new resource; or the resource to edit. */
  resource: ResourceView | 'new' | null;
  onClose: () => void;
  onSaved?: (resource: ResourceView) => void;
}

export function ResourceEditorModal({ resource, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={resource !== null} onClose={rest.onClose} title={resource === 'new' ? t('resources.editor.newTitle') : t('resources.editor.editTitle')} size="xl">
      {resource !== null && <ResourceEditor key={resource === 'new' ? 'new' : resource.id} resource={resource === 'new' ? null : resource} {...rest} />}
    </AppModal>
  );
}

function ResourceEditor({ resource, onClose, onSaved }: Omit<Props, 'resource'> & { resource: ResourceView | null }) {
  const { t } = useTranslation();
  const applyApiError = useApplyApiError();
  const save = useSaveResource(resource?.id ?? null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      title: resource?.title ?? '',
      kind: resource?.kind ?? 'handout',
      body: resource?.body ?? '',
      url: resource?.url ?? '',
      tags: resource?.tags ?? [],
      visibility: resource?.visibility ?? 'practice',
    },
    validate: {
      title: (v) => (v.trim() ? null : t('form.required')),
      url: (v, values) => (values.kind === 'link' && !v.trim() ? t('resources.editor.urlNeeded') : null),
    },
  });
  const v = form.getValues();

  const submit = form.onSubmit((values) => {
    setFormError(null);
    save.mutate(
      { ...values, title: values.title.trim(), body: values.body.trim(), url: values.url.trim() || null },
      {
        onSuccess: (saved) => {
          notify({ message: t('resources.editor.saved', { title: saved.title }) });
          onClose();
          onSaved?.(saved);
        },
        onError: (error) => setFormError(applyApiError(form, error)),
      },
    );
  });

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <FormAlert message={formError} />
        <TextInput label={t('resources.editor.title')} required data-autofocus {...form.getInputProps('title')} />
        <Select
          label={t('resources.editor.kind')}
          data={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`resources.kind.${k}`) }))}
          allowDeselect={false}
          w={{ base: '100%', xs: 260 }}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('kind')}
        />
        <div>
          <Text fw={500} size="md" id="body-label">
            {t('resources.editor.body')}
          </Text>
          <Text size="sm" c="dimmed" mb={6}>
            {t('resources.editor.bodyHint')}
          </Text>
          <Tabs defaultValue="write" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="write">{t('resources.editor.write')}</Tabs.Tab>
              <Tabs.Tab value="preview">{t('resources.editor.preview')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="xs">
              <Textarea aria-labelledby="body-label" autosize minRows={8} maxRows={20} {...form.getInputProps('body')} />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="xs">
              <Paper mih={180}>{v.body.trim() ? <MarkdownBody source={v.body} topLevel={3} /> : <Text c="dimmed">{t('resources.editor.nothingToPreview')}</Text>}</Paper>
            </Tabs.Panel>
          </Tabs>
        </div>
        <TextInput
          label={t('resources.editor.url')}
          description={t('resources.editor.urlHint')}
          type="url"
          placeholder="https://"
          required={v.kind === 'link'}
          {...form.getInputProps('url')}
        />
        <TagsInput
          label={t('resources.editor.tags')}
          description={t('resources.editor.tagsHint')}
          maxTags={10}
          clearable
          clearButtonProps={{ 'aria-label': t('resources.editor.clearTags') }}
          {...form.getInputProps('tags')}
        />
        <Radio.Group label={t('resources.editor.visibility')} {...form.getInputProps('visibility')}>
          <Stack gap="xs" mt="xs">
            <Radio value="practice" size="md" label={t('resources.visibility.practice')} description={t('resources.visibility.practiceHint')} />
            <Radio value="private" size="md" label={t('resources.visibility.private')} description={t('resources.visibility.privateHint')} />
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {resource ? t('common.save') : t('resources.editor.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
