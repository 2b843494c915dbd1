import { Group, Paper, Radio, Title, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SCHEMES: MantineColorScheme[] = ['light', 'dark', 'auto'];
const isScheme = (value: string): value is MantineColorScheme => (SCHEMES as string[]).includes(value);

/** Saved on this device by Mantine's color scheme manager, like the header toggle. */
export function AppearanceSection() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Paper component="section" aria-labelledby="appearance-heading">
      <Title order={2} id="appearance-heading" mb="md">
        {t('account.appearance.title')}
      </Title>
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
    </Paper>
  );
}
