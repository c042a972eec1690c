/**
 * What the build's virtual modules (`virtual:signpost/*`) hold, made from the shipped rules as the
 * build makes them, for tests that load code importing them. Each test file names the modules it
 * mocks itself (vi.mock is hoisted per file), with one of these as the factory:
 *
 *   vi.mock('virtual:signpost/match-table', () => import('./build-modules').then((m) => m.matchTableModule()));
 */
import { shortFixes } from '../../src/build/rules/short-fix';
import { topicCards } from '../../src/build/rules/topic-cards';
import { bundleScreens } from '../../src/screens/bundle';
import { loadFixtures, shippedRules } from '../../src/screens/fixtures';

export const matchTableModule = () => ({ default: shippedRules().table });
export const articlesModule = () => ({ default: shippedRules().articles });
export const shortFixesModule = () => ({ default: shortFixes(shippedRules().articles) });
export const topicCardsModule = () => ({ default: topicCards(shippedRules().articles) });
export const screensModule = () => ({ default: bundleScreens(loadFixtures()) });
