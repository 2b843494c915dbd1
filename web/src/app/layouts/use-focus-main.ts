import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { MAIN_ID } from './skip-link.tsx';

// Shared by all layouts, so moving from one layout to another (sign-in to Today) counts as
// a navigation too; null until the first page has shown, which keeps the initial load alone.
let lastPath: string | null = null;

/** After an in-app navigation, screen readers and the keyboard start at the new page's content. */
export function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  useEffect(() => {
    if (lastPath !== null && lastPath !== pathname) document.getElementById(MAIN_ID)?.focus();
    lastPath = pathname;
  }, [pathname]);
}
