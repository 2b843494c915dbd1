import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Save (and Cancel, when there is somewhere to go back to) under an entry form. */
export function FormActions({ submitLabel, busy, onCancel }: { submitLabel: string; busy: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" grow>
      {onCancel && (
        <Button variant="default" size="lg" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" size="lg" loading={busy}>
        {submitLabel}
      </Button>
    </Group>
  );
}
