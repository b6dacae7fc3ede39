/**
 * A Hub handler that computes each answer `remember` picks once per URL and serves it from memory
 * afterwards, so a bench's figures are the page's or the client's, not the emulator's (which
 * filters and sorts the whole list on every request, where a real Hub reads an index). Only
 * successful answers are kept: a failure is asked for again.
 *
 * @param handle - The emulator's handler.
 * @param remember - Which requests to answer from memory once answered.
 */
export function rememberedAnswers(
  handle: (request: Request) => Promise<Response>,
  remember: (request: Request) => boolean,
): (request: Request) => Promise<Response> {
  const answers = new Map<string, { status: number; headers: Headers; body: ArrayBuffer }>();
  return async (request) => {
    if (!remember(request)) return handle(request);
    let answer = answers.get(request.url);
    if (!answer) {
      const response = await handle(request);
      answer = {
        status: response.status,
        headers: response.headers,
        body: await response.arrayBuffer(),
      };
      if (response.ok) answers.set(request.url, answer);
    }
    return new Response(answer.body.slice(0), { status: answer.status, headers: answer.headers });
  };
}
