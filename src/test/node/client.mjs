// Shared set-up: the app's URL (given by NodeClientTests) and a fetch that records what the client sent.
export const url = process.env.DUTYGRAPH_URL ?? 'http://localhost:8080/graphql';
export const wsUrl = url.replace(/^http/, 'ws');

/** A fetch that remembers each request's method, URL and body, and each response's status and headers. */
export function recordingFetch() {
  const exchanges = [];
  const fetcher = async (input, init = {}) => {
    const response = await fetch(input, init);
    exchanges.push({
      method: init.method ?? 'GET',
      url: String(input),
      body: init.body ? JSON.parse(init.body) : undefined,
      status: response.status,
      etag: response.headers.get('etag'),
      cacheControl: response.headers.get('cache-control'),
    });
    return response;
  };
  return { fetcher, exchanges };
}
