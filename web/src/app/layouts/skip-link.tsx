import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main-content';

/**
 * Moves focus itself instead of following the fragment: a fragment would replace the
 * token that /invite and /reset-password carry in the URL hash.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
