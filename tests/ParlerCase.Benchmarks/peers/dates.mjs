// Date finding with chrono-node: every date expression of each text, in its language, from the article's
// publication date. Usage: node dates.mjs texts.jsonl [runs]
import * as chrono from 'chrono-node';
import { measure } from './timing.mjs';

measure(items => {
  let found = 0;
  for (const { text, language, anchor } of items) {
    const parser = language === 'fr' ? chrono.fr : chrono.en;
    found += parser.parse(text, anchor ? new Date(anchor) : new Date(0)).length;
  }
  return found;
});
