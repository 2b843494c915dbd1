import { Text, ThemeIcon } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './link-card.module.css';

interface Props {
  to: string;
  icon: ReactNode;
  title: string;
  body: string;
  /** Icon over the text, for a grid of two on a phone. */
  tile?: boolean;
}

/** A big, whole-card link with an icon, a title and a line about where it goes. */
export function LinkCard({ to, icon, title, body, tile = false }: Props) {
  return (
    <Link to={to} className={tile ? `${classes.card} ${classes.tile}` : classes.card}>
      <ThemeIcon size={40} radius="xl" variant="light" aria-hidden>
        {icon}
      </ThemeIcon>
      <div style={{ flex: 1, minWidth: 0 }}>
        <div className={classes.title}>{title}</div>
        <Text c="dimmed">{body}</Text>
      </div>
      {!tile && <IconChevronRight size={20} aria-hidden />}
    </Link>
  );
}
