import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { BARRIERS, type Barrier, type CheckInView, type TodayItem } from '@stepwise/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../app/ui/api-errors.ts';
import { FormAlert } from '../../app/ui/form-alert.tsx';
import { ScaleSlider } from '../../app/ui/scale-slider.tsx';
import { TouchRadio } from '../../app/ui/touch-radio.tsx';
import { clientBarrierKey } from '../assignments/adherence-summary.tsx';
import { useCheckIn } from '../assignments/assignments-api.ts';

export type Outcome = CheckInView['outcome'];

interface Props {
  item: TodayItem;
  outcome: Outcome;
  onSaved: (suggestSmaller: boolean) => void;
  onCancel: () => void;
}

/** How it went (done or partly), what got in the way (partly or not done). */
export function CheckInForm({ item, outcome, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const save = useCheckIn(me.user.id);
  const previous = item.checkIn;
  const [howItWent, setHowItWent] = useState(previous?.howItWent ?? '');
  const [helpfulness, setHelpfulness] = useState<number | null>(previous?.helpfulness ?? null);
  const [note, setNote] = useState(previous?.note ?? '');
  const [barrier, setBarrier] = useState<Barrier | null>(previous?.barrier ?? null);
  const [barrierNote, setBarrierNote] = useState(previous?.barrierNote ?? '');
  const [barrierError, setBarrierError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // The buttons that opened this form are gone: move focus to its first field.
  useEffect(() => formRef.current?.querySelector<HTMLElement>('textarea, input')?.focus(), []);
  const didSome = outcome !== 'not_done';
  const askBarrier = outcome !== 'done';

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (askBarrier && barrier === null) return setBarrierError(t('checkIn.pickBarrier'));
    save.mutate(
      {
        assignmentId: item.assignmentId,
        input: {
          date: item.date,
          time: item.time,
          outcome,
          howItWent: didSome ? howItWent.trim() : '',
          helpfulness: didSome ? helpfulness : null,
          note: note.trim(),
          barrier: askBarrier ? barrier : null,
          barrierNote: askBarrier ? barrierNote.trim() : '',
        },
      },
      { onSuccess: (answer) => onSaved(answer.suggestSmaller) },
    );
  };

  return (
    <form noValidate onSubmit={submit} ref={formRef}>
      <Stack gap="md">
        <FormAlert message={save.isError ? errorMessage(t, save.error) : null} />
        {didSome && (
          <>
            <Textarea label={item.kind === 'worksheet' ? t('checkIn.reflection') : t('checkIn.howItWent')} autosize minRows={item.kind === 'worksheet' ? 4 : 2} value={howItWent} onChange={(e) => setHowItWent(e.currentTarget.value)} />
            <ScaleSlider
              label={t('checkIn.helpfulness')}
              description={t('checkIn.helpfulnessHint')}
              valueText={(value) => t('checkIn.helpfulnessValue', { value })}
              unsetText={t('checkIn.helpfulnessUnset')}
              value={helpfulness}
              onChange={setHelpfulness}
            />
          </>
        )}
        {askBarrier && (
          <Radio.Group
            label={t('checkIn.whatGotInTheWay')}
            description={t('checkIn.whatGotInTheWayHint')}
            value={barrier}
            onChange={(value) => {
              setBarrier(value as Barrier);
              setBarrierError(null);
            }}
            error={barrierError}
            required
          >
            <Stack gap={0} mt={4}>
              {BARRIERS.map((b) => (
                <TouchRadio key={b} value={b} label={t(clientBarrierKey(b))} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {askBarrier && (
          <Textarea label={t('checkIn.barrierNote')} autosize minRows={2} value={barrierNote} onChange={(e) => setBarrierNote(e.currentTarget.value)} />
        )}
        {didSome && <Textarea label={t('checkIn.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
        <Group gap="sm" grow>
          <Button variant="default" size="lg" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" size="lg" loading={save.isPending}>
            {t('checkIn.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
