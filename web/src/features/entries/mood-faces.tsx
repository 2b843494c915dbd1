import { IconMoodCry, IconMoodHappy, IconMoodNeutral, IconMoodSad, IconMoodSmile } from '@tabler/icons-react';
import { VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './mood-faces.module.css';

/** Five faces for the 1-10 mood scale: very low (2) to very good (10). */
export const FACES = [
  { mood: 2, key: 'veryLow', Icon: IconMoodCry },
  { mood: 4, key: 'low', Icon: IconMoodSad },
  { mood: 6, key: 'okay', Icon: IconMoodNeutral },
  { mood: 8, key: 'good', Icon: IconMoodSmile },
  { mood: 10, key: 'veryGood', Icon: IconMoodHappy },
] as const;

/** The face a finer 1-10 mood falls under: 1-2 very low … 9-10 very good. */
export const faceOf = (mood: number) => FACES[Math.min(4, Math.max(0, Math.ceil(mood / 2) - 1))] ?? FACES[2];

interface Props {
  legend: string;
  value: number | null;
  onChange: (mood: number) => void;
}

/** Native radio buttons dressed as big faces: arrow keys, labels and focus come for free. */
export function MoodFaces({ legend, value, onChange }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const chosen = value === null ? null : faceOf(value);
  return (
    <fieldset className={classes.faces}>
      <VisuallyHidden component="legend">{legend}</VisuallyHidden>
      {FACES.map(({ mood, key, Icon }) => {
        const id = `${name}-${mood}`;
        return (
          <div key={mood}>
            <input
              className={classes.input}
              type="radio"
              id={id}
              name={name}
              value={mood}
              checked={chosen?.mood === mood}
              onChange={() => onChange(mood)}
            />
            <label htmlFor={id} className={classes.face}>
              <Icon size={40} stroke={1.6} aria-hidden />
              <span>{t(`mood.face.${key}`)}</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
