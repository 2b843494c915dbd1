import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Box } from '@mantine/core';

interface Props {
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  data: Array<Record<string, string | number | null>>;
  dataKey: string;
  series: { name: string; label: string; color?: string };
  /** Bars lying down: for long names (emotions). */
  horizontal?: boolean;
  domain?: [number, number];
  height?: number;
}

/** A bar chart drawn for the eye; its role="img" label and the table under it carry the numbers. */
export function BarChartBox({ summary, data, dataKey, series, horizontal = false, domain, height = 220 }: Props) {
  return (
    <Box role="img" aria-label={summary}>
      <BarChart
        h={height}
        data={data}
        dataKey={dataKey}
        orientation={horizontal ? 'vertical' : 'horizontal'}
        series={[{ color: 'sage.6', ...series }]}
        withTooltip={false}
        yAxisProps={horizontal ? { width: 96 } : { width: 36, ...(domain ? { domain, ticks: [0, 2, 4, 6, 8, 10] } : {}) }}
        xAxisProps={horizontal && domain ? { domain } : { minTickGap: 8 }}
        gridAxis={horizontal ? 'y' : 'x'}
        barProps={{ radius: 3 }}
      />
    </Box>
  );
}
