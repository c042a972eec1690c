import { parseHTML } from 'linkedom';

/**
 * HTML text → a Document in Node. linkedom only builds a proper body from a whole document, so a
 * saved fragment ("<div role=dialog>…") is wrapped first.
 */
export function parseHtmlDocument(html: string): Document {
  const whole = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html.replace(/<\/?body[^>]*>/gi, '')}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}
