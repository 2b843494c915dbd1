import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMessage, IconPhone } from '@tabler/icons-react';
import type { CrisisLine } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';

/** What a tel: or sms: link needs: digits and a leading +, nothing else ("116 123" → "116123"). */
const dialable = (number: string) => number.replace(/[^\d+]/g, '');

/** The crisis lines as big cards, each with a tap-to-call (and tap-to-text) button. */
export function CrisisLines({ lines }: { lines: CrisisLine[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {lines.map((line, i) => {
        const phone = dialable(line.phone);
        const sms = dialable(line.sms);
        return (
          <li key={`${i}-${line.name}`}>
            <Paper>
              <Stack gap="sm">
                <div>
                  <Title order={3} size="h3">
                    {line.name}
                  </Title>
                  {line.description && <Text mt={4}>{line.description}</Text>}
                  {line.hours && (
                    <Text size="sm" c="dimmed" mt={2}>
                      {t('crisis.hours', { hours: line.hours })}
                    </Text>
                  )}
                </div>
                {phone && (
                  <Button
                    component="a"
                    href={`tel:${phone}`}
                    size="lg"
                    fullWidth
                    leftSection={<IconPhone size={22} aria-hidden />}
                    aria-label={t('crisis.callLabel', { number: line.phone, name: line.name })}
                  >
                    {t('crisis.call', { number: line.phone })}
                  </Button>
                )}
                {sms && (
                  <Button
                    component="a"
                    href={`sms:${sms}`}
                    size="lg"
                    variant="outline"
                    fullWidth
                    leftSection={<IconMessage size={22} aria-hidden />}
                    aria-label={t('crisis.textLabel', { number: line.sms, name: line.name })}
                  >
                    {t('crisis.text', { number: line.sms })}
                  </Button>
                )}
              </Stack>
            </Paper>
          </li>
        );
      })}
    </Stack>
  );
}
