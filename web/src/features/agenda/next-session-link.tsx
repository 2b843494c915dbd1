import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LinkCard } from '../../app/ui/link-card.tsx';

/** The way to "For my next session" from the client's More page. */
export function NextSessionLink() {
  const { t } = useTranslation();
  return <LinkCard to="/next-session" icon={<IconMessageCircle size={24} />} title={t('agenda.title')} body={t('agenda.moreBody')} />;
}
