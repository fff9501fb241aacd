// The translations the first screen (start page, header, footer, notices) needs, bundled with
// the first-screen JavaScript. Everything else arrives with the wizard's chunk, so a visitor
// who only reads the start page never downloads ~10 KB of step, result and rule texts.
// Entries are top-level groups or dotted paths inside one. A component test renders the first
// screen with only these keys and fails on any missing one.
export const FIRST_SCREEN_KEYS = ['app', 'home', 'pack', 'common', 'share', 'pwa', 'embed.footerLink', 'embed.backToCalculator'] as const;
