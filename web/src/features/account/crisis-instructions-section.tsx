import { useTranslation } from 'react-i18next';
import { TextSettingSection } from '../../app/ui/text-setting-section.tsx';
import { useCrisisInstructions, useSaveCrisisInstructions } from '../safety/safety-api.ts';

// The domain's limit (crisisInstructionsSchema).
const MAX = 1000;

/** A therapist's own words on their clients' Crisis help page, under the practice's crisis lines. */
export function CrisisInstructionsSection() {
  const { t } = useTranslation();
  return (
    <TextSettingSection
      id="crisis-instructions-heading"
      query={useCrisisInstructions()}
      save={useSaveCrisisInstructions()}
      max={MAX}
      minRows={4}
      skeletonHeight={120}
      copy={{
        title: t('crisis.instructions.title'),
        intro: t('crisis.instructions.intro'),
        label: t('crisis.instructions.label'),
        placeholder: t('crisis.instructions.placeholder'),
        saved: t('crisis.instructions.saved'),
        counter: (left) => t('crisis.instructions.counter', { count: left }),
      }}
    />
  );
}
