import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { url, wsUrl } from './client.mjs';

// NodeClientTests loads a plan once the server counts a subscriber; without it (a manual run) this test waits.
async function post(query) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }) });
  return (await response.json()).data;
}

test('plansChanged announces a plan load over WebSocket (graphql-ws)', { timeout: 180_000 }, async () => {
  // A cursor and an id taken before the reload keep their place after it (keyset cursors, document-keyed ids).
  const before = await post('{ tasks(first: 3) { pageInfo { endCursor } } task(number: 56) { id } }');
  const ws = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false });
  const client = new ApolloClient({ link: new GraphQLWsLink(ws), cache: new InMemoryCache() });
  try {
    const event = await new Promise((resolve, reject) => {
      // Rejecting (rather than the test's timeout) lets `finally` close the socket, so the process can end.
      const timer = setTimeout(() => reject(new Error('no plansChanged event within 150 s')), 150_000);
      const subscription = client.subscribe({
        query: gql`subscription { plansChanged { kind planId plan { id taskCount } } }`,
      }).subscribe({
        next: (result) => {
          clearTimeout(timer);
          subscription.unsubscribe();
          result.error ? reject(result.error) : resolve(result.data.plansChanged);
        },
        error: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
    assert.equal(event.planId, 'wujiang-2024');
    assert.equal(event.kind, 'REPLACED');
    assert.equal(event.plan.id, 'wujiang-2024');
    assert.ok(event.plan.taskCount > 100);
    const after = await post(`{ tasks(first: 2, after: "${before.tasks.pageInfo.endCursor}") { nodes { number } }
      task(number: 56) { id } }`);
    assert.deepEqual(after.tasks.nodes.map((t) => t.number), [4, 5]);
    assert.equal(after.task.id, before.task.id);
  } finally {
    await ws.dispose();
  }
});
