// Article extraction with Mozilla Readability on linkedom's DOM. Usage: node html.mjs pages.jsonl [runs]
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { measure } from './timing.mjs';

measure(items => {
  let characters = 0;
  for (const { html } of items) {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    characters += article?.textContent?.length ?? 0;
  }
  return characters;
});
