// Every string the content script shows, in one place (to move to browser i18n later).
export const STRINGS = {
  hintLabel: 'Signpost hint',
  recognised: 'Signpost recognised this screen',
  showFix: 'Show the fix',
  dismiss: 'Dismiss',
  dismissLabel: 'Dismiss this hint for this screen',
};
