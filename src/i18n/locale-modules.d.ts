// `?first-screen` locale slices, made by scripts/locale-subset.mjs.
declare module '*.json?first-screen' {
  const texts: Record<string, unknown>;
  export default texts;
}
