/** The platforms a topic belongs to: one per site, and `general` for two-factor problems on either. */
export const PLATFORMS = ['instagram', 'x', 'general'] as const;
export type Platform = (typeof PLATFORMS)[number];
