// Every string the side panel shows, in one place (to move to browser i18n later).
export const STRINGS = {
  recognised: 'Recognised on this page',
  nothing: 'Signpost doesn’t recognise this screen.',
  nothingHelp: 'If you are stuck on an Instagram or X login or security screen, search for what it says.',
  searchLabel: 'Search the articles',
  searchPlaceholder: 'e.g. security code',
  noResults: 'No article matches those words.',
  otherLikely: 'Other likely topics',
  related: 'Related topics',
  why: 'Why am I seeing this?',
  back: '← Back',
  loading: 'Loading…',
};
