/**
 * Generated usernames and names where screens and addresses show them: after a greeting, in several
 * languages and scripts ("Hi jane_doe, confirm it's you"), and at any position of the two sites'
 * paths. Each gives what must not survive redaction.
 */
import fc from 'fast-check';
import { NOT_NAMES } from '../../src/report/mask-greetings';
import { digits, LETTERS, wordIn } from './secrets';

/** Instagram and X usernames: letters, digits, "_" and "."; with a "_", a "." or a digit, as most have. */
export const username = fc
  .tuple(wordIn(LETTERS.latin, 2, 10), fc.constantFrom('_', '.', ''), wordIn(LETTERS.latin, 2, 10), fc.oneof(fc.constant(''), digits(1, 4)))
  .filter(([, sep, , n]) => sep !== '' || n !== '')
  .map(([a, sep, b, n]) => `${a}${sep}${b}${n}`);
/** A person's name, capitalised, of any script. */
const name = fc
  .constantFrom(...Object.values(LETTERS))
  .chain((a) => wordIn(a, 2, 8))
  .map((w) => w[0]!.toUpperCase() + w.slice(1));

/** Greetings screens open with, in several languages. */
export const GREETINGS = [
  'Hi',
  'Hello',
  'Hey',
  'Dear',
  'Welcome back,',
  'Hola',
  'Hola de nuevo,',
  'Bienvenido,',
  'Olá',
  'Oi',
  'Bem-vindo de volta,',
  'Bonjour',
  'Hallo',
  'Ciao',
];
/**
 * A username or a name after a greeting: "Hi jane_doe, confirm it's you". A username is masked
 * whatever follows it; a plain name where punctuation ends it ("Hola María,"), as "Hi there" or
 * "Welcome to" must stay — which is also why a first name that is such a word, before a surname
 * ("Una Ruiz"), is left out: it reads as none (src/report/mask-greetings.ts).
 */
export const greeting = fc
  .tuple(
    fc.constantFrom(...GREETINGS),
    fc.oneof(
      username.map((u) => [u, fc.constantFrom(', confirm it is you', '! Confirm it is you', ' confirm it is you', '.', '')] as const),
      fc
        .tuple(name, fc.oneof(fc.constant(''), name))
        .filter(([first, last]) => !last || !NOT_NAMES.has(first.toLowerCase()))
        .map(
          ([first, last]) =>
            [last ? `${first} ${last}` : first, fc.constantFrom(', confirma que eres tú', '! Confirme que é você', ':', '.', '')] as const,
        ),
    ),
  )
  .chain(([hello, [who, tail]]) => tail.map((t) => ({ hello, who, tail: t, text: `${hello} ${who}${t}` })));

/**
 * Real paths of the two sites: route paths (a username goes anywhere among their segments) and a
 * profile's pages (the username first, then the page).
 */
const ROUTE_PATHS: Record<string, string[][]> = {
  instagram: [
    [],
    ['stories'],
    ['accounts', 'login', 'two_factor'],
    ['challenge', 'action'],
    ['p'],
    ['reels'],
    ['direct', 't'],
    ['accounts', 'edit'],
    ['explore', 'tags'],
  ],
  x: [[], ['i', 'web', 'status'], ['i', 'flow', 'login'], ['account', 'access'], ['settings', 'account'], ['i', 'lists'], ['hashtag']],
};
const PROFILE_PAGES: Record<string, string[][]> = {
  instagram: [['tagged'], ['reels'], ['followers'], ['p']],
  x: [['status'], ['followers'], ['media'], ['with_replies']],
};
const HOSTS = { instagram: ['www.instagram.com', 'instagram.com'], x: ['x.com', 'twitter.com'] };
/** An address of either site with a username at any position of its path (and sometimes an id after it). */
export const profileUrl = fc
  .constantFrom('instagram', 'x')
  .chain((site) =>
    fc.tuple(
      fc.constantFrom(...HOSTS[site as 'x']),
      fc.oneof(
        fc.constantFrom(...ROUTE_PATHS[site]!).map((r) => [r, false] as const),
        fc.constantFrom(...PROFILE_PAGES[site]!).map((r) => [r, true] as const),
      ),
      username,
      fc.nat(),
      fc.oneof(fc.constant(''), digits(6, 19)),
      fc.boolean(),
    ),
  )
  .map(([host, [route, profile], user, at, id, slash]) => {
    const segments = [...route];
    segments.splice(profile ? 0 : at % (route.length + 1), 0, user);
    if (id) segments.push(id);
    return { url: `https://${host}/${segments.join('/')}${slash ? '/' : ''}`, user, route, id };
  });
