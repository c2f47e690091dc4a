// What both peer scripts share: read the JSON lines the benchmark wrote, time one pass over them after a
// warm-up pass, and print the median of the passes as JSON for the benchmark to read.
import { readFileSync } from 'node:fs';

export function measure(work) {
  const [file, runsArg] = process.argv.slice(2);
  const items = readFileSync(file, 'utf8').split('\n').filter(l => l.length > 0).map(l => JSON.parse(l));
  const runs = Number(runsArg ?? 9);
  let found = work(items);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    found = work(items);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ medianMs: times[Math.floor(times.length / 2)], runs, items: items.length, found }));
}
