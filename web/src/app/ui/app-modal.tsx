import { Modal, type MantineSize } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Wider for long forms; on phones those fill the screen instead. */
  size?: MantineSize | number;
}

/**
 * Mantine's Modal, assembled so its header is a plain div (a <header> there counts as a
 * second page banner for axe) and its close button has a name.
 */
export function AppModal({ opened, onClose, title, children, size }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const wide = size !== undefined;
  return (
    <Modal.Root opened={opened} onClose={onClose} centered={!wide} radius="md" size={size} fullScreen={wide && phone === true}>
      <Modal.Overlay />
      {/* The theme pads every Paper; the modal pads its own header and body. */}
      <Modal.Content p={0}>
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
