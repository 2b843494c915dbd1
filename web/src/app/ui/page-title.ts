import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title so each page is announced and bookmarked by name. */
export function usePageTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.pageTitle', { title });
  }, [t, title]);
}
