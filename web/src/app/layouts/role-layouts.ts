import type { Role } from '@stepwise/domain';

// Each role's layout is its own chunk: a client's phone never loads the therapist's
// navigation (with its alert, message and notification counts), nor a therapist the tabs.
// The root loader starts the signed-in person's layout as soon as it knows the role, so it
// is usually there before the first page draws.
let client: Promise<typeof import('./client-layout.tsx')> | undefined;
let therapist: Promise<typeof import('./therapist-layout.tsx')> | undefined;

export const loadClientLayout = () => (client ??= import('./client-layout.tsx'));
export const loadTherapistLayout = () => (therapist ??= import('./therapist-layout.tsx'));

export function loadLayoutFor(role: Role) {
  return role === 'client' ? loadClientLayout() : loadTherapistLayout();
}
