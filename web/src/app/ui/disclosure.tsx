import type { ReactNode } from 'react';
import classes from './disclosure.module.css';

/** Folded until asked for. A native <details>: keyboard and screen readers get open/closed for free. */
export function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className={classes.details}>
      <summary className={classes.summary}>{summary}</summary>
      <div className={classes.body}>{children}</div>
    </details>
  );
}
