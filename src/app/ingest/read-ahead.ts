/** Reading a source's next page while the caller still stores the one in hand. */

/**
 * Yields the pages of `pages`, asking for the next one before handing over the current one,
 * so the source reads and parses it while the caller waits on the database. NOTE: on
 * PostgreSQL an upsert mostly waits on the server; parsing the next CSV page meanwhile takes
 * most of the parsing off the run's wall time. At most one page is read ahead.
 */
export async function* readAhead<T>(pages: AsyncIterable<T>): AsyncGenerator<T> {
  const it = pages[Symbol.asyncIterator]();
  let next = it.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done === true) return;
      next = it.next();
      // Awaited on the next round; until then a failure must not count as unhandled.
      next.catch(() => undefined);
      yield current.value;
    }
  } finally {
    // Stopped early (an error, an abort): let the source close its file or connection.
    await it.return?.(undefined);
  }
}
