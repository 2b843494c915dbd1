/**
 * True when `zone` is an IANA time zone this runtime knows, such as "Europe/Amsterdam".
 * Uses Intl so server and browser agree without shipping a zone database.
 */
export function isValidTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
