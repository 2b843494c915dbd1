import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Who will see the entry, said plainly next to the switch. */
export function ShareSwitch({ shared, onChange }: { shared: boolean; onChange: (shared: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Switch
      size="md"
      checked={shared}
      onChange={(e) => onChange(e.currentTarget.checked)}
      label={t('entries.share.label')}
      description={shared ? t('entries.share.on') : t('entries.share.off')}
    />
  );
}
