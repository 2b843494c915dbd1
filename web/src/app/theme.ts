import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

// A muted sage: calm, not clinical. Shade 7 carries white text at 5.8:1 (WCAG AA).
const sage: MantineColorsTuple = [
  '#eef6f3', '#dcebe4', '#b8d8cb', '#91c3b0', '#6fae97',
  '#589f87', '#3f8270', '#33705f', '#285d4f', '#1c4a3e',
];

// Warm greys instead of Mantine's cool ones, for surfaces, borders and secondary text.
const gray: MantineColorsTuple = [
  '#f8f7f4', '#f0eeea', '#e4e1db', '#d3cfc7', '#aea9a0',
  '#8c877e', '#6b665e', '#524e48', '#3b3834', '#262421',
];

const dark: MantineColorsTuple = [
  '#d6d3cd', '#b5b1aa', '#8f8b84', '#67635d', '#45423d',
  '#3a3733', '#2e2c29', '#242220', '#1c1b19', '#141312',
];

export const theme = createTheme({
  primaryColor: 'sage',
  primaryShade: { light: 7, dark: 7 },
  colors: { sage, gray, dark },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontWeight: '600',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.3' },
      h2: { fontSize: '1.375rem', lineHeight: '1.35' },
      h3: { fontSize: '1.125rem', lineHeight: '1.4' },
    },
  },
  spacing: { xs: '0.625rem', sm: '0.875rem', md: '1.25rem', lg: '1.75rem', xl: '2.5rem' },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // 16px controls: readable, and phones do not zoom into inputs.
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    Checkbox: { defaultProps: { size: 'md' } },
    // Sentence-case and never truncated: badges carry status words people must read.
    Badge: { defaultProps: { variant: 'light', radius: 'sm', size: 'lg', tt: 'none', miw: 'max-content' } },
    Paper: { defaultProps: { withBorder: true, p: { base: 'md', xs: 'lg' } } },
  },
});

// Colors the app puts in badges. Mantine's default "light" text shade (6) is below 4.5:1
// on white for most hues, so light mode uses a darker shade.
const BADGE_COLORS = ['sage', 'gray', 'red', 'blue', 'grape'] as const;

/** Overrides the Mantine defaults that fall short of WCAG AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-body': '#ffffff',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-6)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-sage-7)',
  };
  const darkVars: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-placeholder': 'var(--mantine-color-dark-2)',
    '--mantine-color-error': 'var(--mantine-color-red-5)',
    '--mantine-color-anchor': 'var(--mantine-color-sage-3)',
  };
  // Mantine fills with shade 7; white on red-7 is 3.8:1, so destructive buttons go darker.
  for (const scheme of [light, darkVars]) {
    scheme['--mantine-color-red-filled'] = 'var(--mantine-color-red-9)';
    scheme['--mantine-color-red-filled-hover'] = '#a51d1d';
  }
  for (const color of BADGE_COLORS) {
    light[`--mantine-color-${color}-light-color`] = `var(--mantine-color-${color}-9)`;
    light[`--mantine-color-${color}-outline`] = `var(--mantine-color-${color}-8)`;
    darkVars[`--mantine-color-${color}-light-color`] = `var(--mantine-color-${color}-2)`;
    darkVars[`--mantine-color-${color}-outline`] = `var(--mantine-color-${color}-3)`;
  }
  // Red text on a light red alert over the warm page surface needs one step more than red-9.
  light['--mantine-color-red-light-color'] = '#a51d1d';
  return { variables: {}, light, dark: darkVars };
};
