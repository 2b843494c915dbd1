import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/**
 * Mantine's Modal, assembled so its header is a plain div (a <header> there counts as a
 * second page banner for axe) and its close button has a name.
 */
export function AppModal({ opened, onClose, title, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal.Root opened={opened} onClose={onClose} centered radius="md">
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title fw={600} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('common.close')} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
