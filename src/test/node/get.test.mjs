import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { recordingFetch, url } from './client.mjs';

const PLANS = gql`query Plans { plans { id taskCount } }`;

test('Apollo sends queries as GET when asked and gets a cacheable answer', async () => {
  const { fetcher, exchanges } = recordingFetch();
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, useGETForQueries: true, fetch: fetcher }),
    cache: new InMemoryCache(),
  });
  const { data } = await client.query({ query: PLANS });
  assert.equal(data.plans[0].id, 'wujiang-2024');
  assert.ok(data.plans[0].taskCount > 100);
  assert.equal(exchanges.length, 1);
  assert.equal(exchanges[0].method, 'GET');
  assert.match(exchanges[0].url, /[?&]query=/);
  assert.equal(exchanges[0].status, 200);
  assert.match(exchanges[0].etag, /^W\/".+"$/);
  assert.match(exchanges[0].cacheControl, /max-age=\d+/);
});

test('a revalidation with the ETag is answered 304', async () => {
  const query = `${url}?query=${encodeURIComponent('{ plans { id } }')}`;
  const first = await fetch(query);
  assert.equal(first.status, 200);
  const again = await fetch(query, { headers: { 'If-None-Match': first.headers.get('etag') } });
  assert.equal(again.status, 304);
});

test('a mutation over GET is refused with 405 and Allow: POST', async () => {
  const response = await fetch(`${url}?query=${encodeURIComponent('mutation { plans { id } }')}`);
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'POST');
});
