import { SimpleGrid, Text } from '@mantine/core';

export interface Fact {
  label: string;
  value: string;
}

/** Label and value pairs as a description list; empty values are left out. */
export function FactList({ facts, cols = 1 }: { facts: Fact[]; cols?: number }) {
  const shown = facts.filter((f) => f.value.trim().length > 0);
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
      {shown.map((fact) => (
        <div key={fact.label}>
          <Text component="dt" c="dimmed" size="sm">
            {fact.label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {fact.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
