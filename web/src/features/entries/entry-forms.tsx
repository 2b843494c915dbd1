import type { EntryData, EntryKind } from '@stepwise/domain';
import { ActivityForm } from './activity-form.tsx';
import type { EntryFormProps } from './entry-form-props.ts';
import { JournalForm } from './journal-form.tsx';
import { SkillForm } from './skill-form.tsx';
import { ThoughtRecordForm } from './thought-record-form.tsx';

/** The kinds with a form of their own here (mood has its check-in, behavior its tracker buttons). */
export const FORM_KINDS = ['thought_record', 'skill', 'activity', 'journal'] as const;
export type FormKind = (typeof FORM_KINDS)[number];
export const isFormKind = (kind: string): kind is FormKind => (FORM_KINDS as readonly string[]).includes(kind);

type AnyFormProps = Omit<EntryFormProps<FormKind>, 'initial' | 'onSubmit'> & {
  kind: FormKind;
  initial?: EntryData<FormKind>;
  onSubmit: (data: EntryData<EntryKind>, shared: boolean) => void;
};

/** The form for a kind, typed once here so pages can stay generic. */
export function EntryForm({ kind, initial, ...props }: AnyFormProps) {
  switch (kind) {
    case 'thought_record':
      return <ThoughtRecordForm {...props} initial={initial as EntryData<'thought_record'> | undefined} />;
    case 'skill':
      return <SkillForm {...props} initial={initial as EntryData<'skill'> | undefined} />;
    case 'activity':
      return <ActivityForm {...props} initial={initial as EntryData<'activity'> | undefined} />;
    case 'journal':
      return <JournalForm {...props} initial={initial as EntryData<'journal'> | undefined} />;
  }
}
