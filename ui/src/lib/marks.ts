// The page's own start-up timeline (milliseconds since the webview began loading it), sent with the first
// frame's report so `--measure-startup` can say where the time went, not only how much there was.

const MAX_MARKS = 24;
// main.ts imports this module first, so this line runs as soon as the bundle has arrived and been parsed: the
// time before it is the fetch and parse of the code, the time after it (to `script`) its evaluation.
const marks: [string, number][] = [['bundle', tenths(performance.now())]];

/** Milliseconds to a tenth: finer is noise, and the report stays short. */
function tenths(ms: number): number {
  return Math.round(ms * 10) / 10;
}

export function mark(name: string): void {
  if (marks.length < MAX_MARKS) marks.push([name, tenths(performance.now())]);
}

/** The marks, after when the document arrived (`html`) and was parsed (`parsed`), per Navigation Timing. */
export function startupMarks(): [string, number][] {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  const doc: [string, number][] = nav
    ? [
        ['html', tenths(nav.responseEnd)],
        ['parsed', tenths(nav.domInteractive)],
      ]
    : [];
  return doc.concat(marks).slice(0, MAX_MARKS);
}

/** When the webview began loading the page, in milliseconds since the Unix epoch: the backend subtracts the
 *  moment `main` started to tell how long the process, the window and the web process took before the page. */
export function pageOrigin(): number {
  return performance.timeOrigin;
}
