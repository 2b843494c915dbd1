import { Anchor, Title, Typography } from '@mantine/core';
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

type Level = 2 | 3 | 4 | 5 | 6;

function headingAt(order: Level) {
  return function Heading({ children }: { children?: ReactNode }) {
    return (
      <Title order={order} size={order <= 3 ? 'h4' : 'h5'}>
        {children}
      </Title>
    );
  };
}

function componentsFor(top: Level): Components {
  const at = (depth: number) => headingAt(Math.min(6, top + depth - 1) as Level);
  return {
    // Underlined inline: Typography's own link style would otherwise take it away, and in
    // dark mode colour alone does not set links apart from text.
    a: ({ href, children }) => (
      <Anchor href={href} target="_blank" rel="noopener noreferrer" td="underline">
        {children}
      </Anchor>
    ),
    h1: at(1),
    h2: at(2),
    h3: at(3),
    h4: at(4),
    h5: at(5),
    h6: at(6),
    // Outside images would be blocked by the page's policy anyway; their description stays.
    img: ({ alt }) => <>{alt}</>,
  };
}

const byLevel = new Map<Level, Components>();

/**
 * A resource body rendered from Markdown. Raw HTML is not rendered (react-markdown's
 * default), links open in a new tab without access to this one, and headings start
 * below the page's own so the outline stays in order.
 */
export function MarkdownBody({ source, topLevel = 2 }: { source: string; topLevel?: Level }) {
  let components = byLevel.get(topLevel);
  if (!components) {
    components = componentsFor(topLevel);
    byLevel.set(topLevel, components);
  }
  return (
    <Typography p={0}>
      <Markdown components={components}>{source}</Markdown>
    </Typography>
  );
}
