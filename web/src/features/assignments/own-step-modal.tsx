import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../app/ui/app-modal.tsx';
import { PageLoader } from '../../app/ui/page-loader.tsx';
import type { StepPrefill } from './assignment-values.ts';

// The form (and the schedule editor with its validation) loads when the modal first opens:
// Today shows the button, and most visits never press it.
const OwnStepForm = lazy(async () => ({ default: (await import('./own-step-form.tsx')).OwnStepForm }));

interface Props {
  opened: boolean;
  onClose: () => void;
  prefill?: StepPrefill | null;
}

/** "Add my own step": the client plans something themselves, in the short form. */
export function OwnStepModal({ opened, onClose, prefill }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t('plan.own.title')} size="lg">
      {opened && (
        <Suspense fallback={<PageLoader />}>
          <OwnStepForm key={prefill?.title ?? ''} onClose={onClose} prefill={prefill ?? null} />
        </Suspense>
      )}
    </AppModal>
  );
}
