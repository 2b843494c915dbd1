import { IconActivity, IconBrain, IconMoodSmile, IconNotebook, IconPlant2, IconRun } from '@tabler/icons-react';
import type { EntryKind } from '@stepwise/domain';

const ICONS = {
  mood: IconMoodSmile,
  thought_record: IconBrain,
  behavior: IconActivity,
  skill: IconPlant2,
  activity: IconRun,
  journal: IconNotebook,
} as const;

export function KindIcon({ kind, size = 24 }: { kind: EntryKind; size?: number }) {
  const Icon = ICONS[kind];
  return <Icon size={size} aria-hidden />;
}
