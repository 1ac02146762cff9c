/**
 * Writing the CLI's output to a stream that may close early (`cjm validate . | head`): once the reader is gone
 * (EPIPE), further output is dropped quietly and the run ends normally; any other write error is reported once.
 */

/** The part of a Node stream the writer uses. */
export interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/** A write function for `stream` that stops at EPIPE; other errors go to `report` and also stop the output. */
export function pipeWriter(stream: OutputStream, report: (message: string) => void): (text: string) => void {
  let closed = false;
  stream.on('error', (error) => {
    if (closed) return;
    closed = true;
    if (error.code !== 'EPIPE') report(`cjm: cannot write the output: ${error.message}\n`);
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
