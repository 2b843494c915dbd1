import { Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import type { MessageView } from '@stepwise/domain';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { useSession } from '../../app/session.tsx';
import classes from './message-list.module.css';

interface Props {
  messages: MessageView[];
  viewer: 'client' | 'team';
  label: string;
}

/**
 * The messages, oldest first, in a box that keeps the newest in view. The viewer's side
 * is on the right with a Read mark once the other side has opened it; times are in the
 * viewer's own zone.
 */
export function MessageList({ messages, viewer, label }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat(me.user.timeZone);
  const box = useRef<HTMLDivElement>(null);
  const last = messages.at(-1)?.id;

  // Newest at the bottom, like any chat: jump there when the thread opens or grows.
  useLayoutEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [last]);

  return (
    // role="log": new messages from polling are announced politely, without moving focus.
    // Focusable so keyboard users can scroll it.
    <div ref={box} className={classes.log} role="log" aria-label={label} tabIndex={0}>
      <ol className={classes.list}>
        {messages.map((m) => {
          const ownSide = viewer === 'client' ? m.author.role === 'client' : m.author.role === 'therapist';
          const byMe = m.author.id === me.user.id;
          const readAt = m.author.role === 'client' ? m.readByTeamAt : m.readByClientAt;
          const time = format.dateTime(m.createdAt);
          return (
            <li key={m.id} className={ownSide ? `${classes.item} ${classes.mine}` : classes.item}>
              <Text size="sm" fw={600} px={4} pb={2}>
                {byMe ? t('messages.you') : m.author.name}
              </Text>
              <div className={classes.bubble}>{m.body}</div>
              <div className={classes.meta}>
                <time dateTime={m.createdAt}>{time}</time>
                {ownSide && (
                  <>
                    {' · '}
                    {readAt ? (
                      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}>
                        <IconChecks size={16} aria-hidden />
                        {t('messages.read')}
                      </span>
                    ) : (
                      <span>{t('messages.notRead')}</span>
                    )}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
