import { useSession } from '../../app/session.tsx';
import { ClientMessagesPage } from './client-messages-page.tsx';
import { InboxPage } from './inbox-page.tsx';

/**
 * /messages is one path for both roles: the client's own thread, or the therapist's inbox.
 * One route (not one per role's branch) because the router would match the first branch
 * and its role guard would send the other role home.
 */
export function MessagesPage() {
  const me = useSession();
  return me.user.role === 'client' ? <ClientMessagesPage /> : <InboxPage />;
}
