import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle, IconPlus, IconRestore } from '@tabler/icons-react';
import { CRISIS_COUNTRIES, DEFAULT_CRISIS_LINES, type CrisisCountry, type CrisisSettings } from '@stepwise/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyApiError } from '../../app/ui/api-errors.ts';
import { FormStack } from '../../app/ui/form-stack.tsx';
import { ListSkeleton } from '../../app/ui/list-skeleton.tsx';
import { notify } from '../../app/ui/notify.ts';
import { PageHeader } from '../../app/ui/page-header.tsx';
import { usePageTitle } from '../../app/ui/page-title.ts';
import { QueryError } from '../../app/ui/query-error.tsx';
import { SectionCard } from '../../app/ui/section-card.tsx';
import { CrisisLineFields } from './crisis-line-fields.tsx';
import { useCrisisSettings, useSaveCrisisSettings } from './safety-api.ts';

// The domain's limit (crisisSettingsSchema).
const MAX_LINES = 12;
const isCountry = (value: string | null): value is CrisisCountry => (CRISIS_COUNTRIES as readonly (string | null)[]).includes(value);
const blankLine = () => ({ name: '', phone: '', sms: '', hours: '', description: '' });

/** Country names in the interface's language, from the browser rather than our own list. */
function useCountryName() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    return (code: string) => names.of(code) ?? code;
  }, [i18n.language]);
}

/** The admin's crisis lines for the whole practice: what every client sees on Crisis help. */
export function CrisisSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('crisis.settings.title'));
  const settings = useCrisisSettings();
  return (
    <Stack gap="lg" maw={900}>
      <PageHeader title={t('crisis.settings.title')} subtitle={t('crisis.settings.subtitle')} />
      {settings.isPending ? (
        <ListSkeleton rows={3} height={120} />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <CrisisSettingsForm initial={settings.data} />
      )}
    </Stack>
  );
}

function CrisisSettingsForm({ initial }: { initial: CrisisSettings }) {
  const { t } = useTranslation();
  const countryName = useCountryName();
  const applyApiError = useApplyApiError();
  const save = useSaveCrisisSettings();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CrisisSettings>({
    initialValues: initial,
    validate: {
      lines: { name: (value) => (value.trim().length === 0 ? t('form.required') : null) },
    },
  });
  const { country, lines } = form.getValues();

  const submit = form.onSubmit((values) => {
    setFormError(null);
    const trimmed = values.lines.map((l) => ({
      name: l.name.trim(),
      phone: l.phone.trim(),
      sms: l.sms.trim(),
      hours: l.hours.trim(),
      description: l.description.trim(),
    }));
    save.mutate(
      { country: values.country, lines: trimmed },
      {
        onSuccess: (saved) => {
          form.setValues(saved);
          form.resetDirty(saved);
          notify({ message: t('crisis.settings.saved') });
        },
        onError: (error) => setFormError(applyApiError(form, error)),
      },
    );
  });

  return (
    <SectionCard id="crisis-lines-settings-heading" title={t('crisis.settings.linesTitle')}>
      <FormStack onSubmit={submit} error={formError}>
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('crisis.settings.hint')}
        </Alert>
        <Group gap="sm" align="flex-end">
          <Select
            label={t('crisis.settings.country')}
            data={CRISIS_COUNTRIES.map((c) => ({ value: c, label: countryName(c) }))}
            allowDeselect={false}
            w={{ base: '100%', xs: 280 }}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('country')}
            onChange={(value) => {
              if (isCountry(value)) form.setFieldValue('country', value);
            }}
          />
          <Button
            variant="default"
            leftSection={<IconRestore size={18} aria-hidden />}
            onClick={() => {
              form.setFieldValue('lines', DEFAULT_CRISIS_LINES[country].map((l) => ({ ...l })));
              notify({ message: t('crisis.settings.defaultsFilled', { country: countryName(country) }) });
            }}
          >
            {t('crisis.settings.useDefaults', { country: countryName(country) })}
          </Button>
        </Group>
        {lines.map((_, i) => (
          <CrisisLineFields key={i} form={form} index={i} count={lines.length} />
        ))}
        {typeof form.errors.lines === 'string' && <Text c="var(--mantine-color-error)">{form.errors.lines}</Text>}
        <Group justify="space-between" gap="sm">
          {lines.length < MAX_LINES ? (
            <Button variant="default" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => form.insertListItem('lines', blankLine())}>
              {t('crisis.settings.add')}
            </Button>
          ) : (
            <Text c="dimmed">{t('crisis.settings.full', { count: MAX_LINES })}</Text>
          )}
          <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </FormStack>
    </SectionCard>
  );
}
