import { useState } from 'react';
import { useLocation } from 'react-router';

/**
 * The token that emailed links carry after "#": a fragment never reaches servers or
 * Referer headers. Read once, so later hash changes cannot swap it.
 */
export function useHashToken(): string {
  const { hash } = useLocation();
  const [token] = useState(() => {
    const raw = hash.startsWith('#') ? hash.slice(1) : hash;
    try {
      return decodeURIComponent(raw).trim();
    } catch {
      return raw.trim();
    }
  });
  return token;
}
