import type { EntryData, EntryKind } from '@stepwise/domain';

/** What every kind's form gets: where it starts, and what to do with the result. */
export interface EntryFormProps<K extends EntryKind> {
  initial?: EntryData<K>;
  initialShared: boolean;
  submitLabel: string;
  busy: boolean;
  /** The form above the fields, e.g. the server's refusal of an edit. */
  error: string | null;
  onSubmit: (data: EntryData<K>, shared: boolean) => void;
  onCancel?: () => void;
}
