// A streamed HTTP body from an async iterable of text chunks, pulled only as fast as the
// client reads, and stopped (the iterable's finally blocks run) when the client goes away.
export function iterableBody(chunks: AsyncIterable<string>, signal?: AbortSignal): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const stop = () => void iterator.return?.(undefined);
  signal?.addEventListener("abort", stop, { once: true });
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) {
        signal?.removeEventListener("abort", stop);
        controller.close();
      } else controller.enqueue(encoder.encode(value));
    },
    cancel: stop,
  });
}
