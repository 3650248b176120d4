// The page's own start-up timeline (milliseconds since the webview began loading it), sent with the first
// frame's report so `--measure-startup` can say where the time went, not only how much there was.

const MAX_MARKS = 24;
const marks: [string, number][] = [];

export function mark(name: string): void {
  if (marks.length < MAX_MARKS) marks.push([name, Math.round(performance.now() * 10) / 10]);
}

export function startupMarks(): [string, number][] {
  return marks.slice();
}
