import { useTranslation } from 'react-i18next';
import { ScaleSlider } from '../../app/ui/scale-slider.tsx';

interface Props {
  label: string;
  description?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  /** Offers "Clear" and an unset state; otherwise the value is always set. */
  optional?: boolean;
}

/** How much (0-100 %): belief in a thought, or how strong an emotion is. */
export function PercentSlider({ label, description, value, onChange, optional = false }: Props) {
  const { t } = useTranslation();
  return (
    <ScaleSlider
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      max={100}
      step={5}
      restAt={50}
      clearable={optional}
      markLabel={(v) => `${v}%`}
      valueText={(v) => t('thought.percent', { value: v })}
      unsetText={t('thought.notRated')}
    />
  );
}
