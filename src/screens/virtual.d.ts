declare module 'virtual:signpost/screens' {
  /** Every screen fixture, redacted, made at build time (src/screens/vite-plugin.ts). */
  const screens: import('./screens').BundledScreen[];
  export default screens;
}
