import { Group, Radio, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../app/ui/section-card.tsx';

const SCHEMES: MantineColorScheme[] = ['light', 'dark', 'auto'];
const isScheme = (value: string): value is MantineColorScheme => (SCHEMES as string[]).includes(value);

/** Saved on this device by Mantine's color scheme manager, like the header toggle. */
export function AppearanceSection() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SectionCard id="appearance-heading" title={t('account.appearance.title')}>
      <Radio.Group
        size="md"
        label={t('account.appearance.label')}
        description={t('account.appearance.description')}
        value={colorScheme}
        onChange={(value) => {
          if (isScheme(value)) setColorScheme(value);
        }}
      >
        <Group gap="lg" mt="sm">
          {SCHEMES.map((scheme) => (
            <Radio key={scheme} value={scheme} size="md" label={t(`account.appearance.${scheme}`)} />
          ))}
        </Group>
      </Radio.Group>
    </SectionCard>
  );
}
