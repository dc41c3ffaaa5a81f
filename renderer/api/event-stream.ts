// Reads a text/event-stream with fetch so that it can carry the preview token header, and
// reconnects quietly (with a growing pause) whenever the stream drops.

export interface EventStreamOptions {
  url: string;
  headers: Record<string, string>;
  signal: AbortSignal;
  onEvent: (event: string, data: string) => void;
  /** Called after a dropped stream is open again. */
  onReconnect: () => void;
}

const MIN_PAUSE_MS = 1_000;
const MAX_PAUSE_MS = 15_000;

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Splits one event block ("event: x\ndata: y") into its name and data. */
function parseBlock(block: string): { event: string; data: string } | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, data: data.join('\n') } : null;
}

async function readOnce(options: EventStreamOptions, onOpen: () => void): Promise<void> {
  const response = await fetch(options.url, {
    headers: { Accept: 'text/event-stream', ...options.headers },
    signal: options.signal,
    cache: 'no-store',
  });
  if (!response.ok || !response.body) throw new Error(`event stream: HTTP ${response.status}`);
  onOpen();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value.replace(/\r\n?/g, '\n');
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const parsed = parseBlock(buffer.slice(0, end));
      buffer = buffer.slice(end + 2);
      if (parsed) options.onEvent(parsed.event, parsed.data);
      end = buffer.indexOf('\n\n');
    }
  }
}

export async function readEventStream(options: EventStreamOptions): Promise<void> {
  let pause = MIN_PAUSE_MS;
  let dropped = false;
  while (!options.signal.aborted) {
    try {
      await readOnce(options, () => {
        pause = MIN_PAUSE_MS;
        if (dropped) options.onReconnect();
      });
    } catch {
      // Dropped or refused: try again after a pause, without bothering the person.
    }
    if (options.signal.aborted) return;
    dropped = true;
    await sleep(pause, options.signal);
    pause = Math.min(pause * 2, MAX_PAUSE_MS);
  }
}
