import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { MAIN_ID } from './skip-link.tsx';

/** For states before any layout can render (loading the session, server down). */
export function BarePage({ children }: { children: ReactNode }) {
  return (
    <Container component="main" id={MAIN_ID} tabIndex={-1} size={560} py="xl" className="app-surface">
      {children}
    </Container>
  );
}
