import type { Answers } from '@stepwise/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { DUE_MEASURES_KEY, saveDraft } from './answer-api.ts';

export type DraftStatus = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Saves the draft after each answer without holding the person up. Every save sends all
 * answers, so a failed save is simply retried by the next one; one request is in flight at
 * a time and only the newest answers are queued, so an older save never lands last.
 * Answers stay in the page's memory only: a shared phone should not keep clinical answers.
 */
export function useDraftSaver(scheduleId: string, dueDate: string, initial: Answers) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<DraftStatus>('idle');
  const queued = useRef<Answers | null>(null);
  const busy = useRef(false);
  const stopped = useRef(false);
  const lastSaved = useRef<string | null>(JSON.stringify(initial));

  const pump = async () => {
    if (busy.current) return;
    busy.current = true;
    while (queued.current && !stopped.current) {
      const answers = queued.current;
      queued.current = null;
      setStatus('saving');
      try {
        await saveDraft({ scheduleId, dueDate, answers });
        lastSaved.current = JSON.stringify(answers);
        if (!queued.current) setStatus('saved');
      } catch {
        lastSaved.current = null;
        if (!queued.current) setStatus('failed');
      }
    }
    busy.current = false;
    // Today's card shows "3 of 9 answered" from the saved draft.
    void queryClient.invalidateQueries({ queryKey: DUE_MEASURES_KEY });
  };

  return {
    status,
    save: (answers: Answers) => {
      if (stopped.current || JSON.stringify(answers) === lastSaved.current) return;
      queued.current = answers;
      void pump();
    },
    /** After submitting: a late draft must not be written for a response already sent. */
    stop: () => {
      stopped.current = true;
      queued.current = null;
    },
  };
}
