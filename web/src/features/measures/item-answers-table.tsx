import { Badge, Group, Table, Text } from '@mantine/core';
import type { ResponseView } from '@stepwise/domain';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../app/ui/data-table.tsx';

type ItemAnswer = ResponseView['items'][number];

/**
 * A risk answer: the scorer's list for instruments; for a risk item without a score
 * (custom questionnaires), any answer above the lowest option, which is always 0.
 */
export function isRiskAnswer(response: Pick<ResponseView, 'score'>, item: ItemAnswer): boolean {
  if (response.score?.risk.includes(item.key)) return true;
  return item.risk && typeof item.value === 'number' && item.value > 0;
}

/** Every item of one response as answered: the question, the answer's words and its value. */
export function ItemAnswersTable({ response, label }: { response: ResponseView; label: string }) {
  const { t } = useTranslation();
  return (
    <DataTable label={label} minWidth={560} columns={[t('measures.col.item'), t('measures.col.question'), t('measures.col.answer'), t('measures.col.value')]}>
      {response.items.map((item) => {
        const risk = isRiskAnswer(response, item);
        return (
          <Table.Tr key={item.key} bg={risk ? 'var(--mantine-color-red-light)' : undefined}>
            <Table.Td>{item.key === 'difficulty' ? t('measures.items.difficulty') : item.key}</Table.Td>
            <Table.Td>{item.text}</Table.Td>
            <Table.Td>
              <Group gap="xs" align="center">
                {item.value === null ? (
                  <Text component="span" c="dimmed" fs="italic" size="sm">
                    {t('measures.items.skipped')}
                  </Text>
                ) : (
                  <Text component="span" size="sm" fw={risk ? 700 : 400} style={{ overflowWrap: 'anywhere' }}>
                    {item.label ?? String(item.value)}
                  </Text>
                )}
                {risk && <Badge color="red">{t('measures.items.risk')}</Badge>}
              </Group>
            </Table.Td>
            <Table.Td>{typeof item.value === 'number' ? item.value : ''}</Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
