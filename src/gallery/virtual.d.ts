declare module 'virtual:signpost/screens' {
  /** Every screen fixture, redacted, made at build time (src/gallery/vite-plugin.ts). */
  const screens: import('./screens').BundledScreen[];
  export default screens;
}
