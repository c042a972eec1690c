// Every string the popup shows, in one place (to move to browser i18n later).
export const STRINGS = {
  title: 'Signpost',
  openPanel: 'Open side panel',
};
