import { createContext, useContext } from 'react';

export type Level = 2 | 3 | 4 | 5;

/**
 * The heading level of the insights' sections: h2 on the client's own page, one lower
 * inside the therapist's Insights tab (under its own h2), so the outline stays nested.
 */
export const HeadingLevel = createContext<2 | 3>(2);

export function useHeadingLevel(offset: 0 | 1 = 0): Level {
  return (useContext(HeadingLevel) + offset) as Level;
}
