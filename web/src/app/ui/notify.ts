import { notifications } from '@mantine/notifications';
import i18n from '../i18n.ts';

interface Notice {
  message: string;
  title?: string;
  tone?: 'success' | 'error';
}

/** A toast whose close button has a name (Mantine's has none by default). */
export function notify({ message, title, tone = 'success' }: Notice) {
  notifications.show({
    message,
    title,
    color: tone === 'success' ? 'sage' : 'red',
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
