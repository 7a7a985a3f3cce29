import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { recordingFetch, url } from './client.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function client(fetcher, useGETForHashedQueries) {
  return new ApolloClient({
    link: new PersistedQueryLink({ sha256, useGETForHashedQueries })
      .concat(new HttpLink({ uri: url, fetch: fetcher })),
    cache: new InMemoryCache(),
  });
}

for (const useGET of [false, true]) {
  test(`a persisted query: unknown hash, then registered, then sent as the hash alone (GET: ${useGET})`, async () => {
    // A query no other test sends, so its hash is unknown to the server at first.
    const query = gql(`query Persisted${useGET ? "Get" : "Post"}${Date.now()} { plans { id jurisdiction } }`);
    const first = recordingFetch();
    const { data } = await client(first.fetcher, useGET).query({ query });
    assert.equal(data.plans[0].id, 'wujiang-2024');
    assert.equal(first.exchanges.length, 2, 'hash alone, then hash with the document');
    const [hashOnly, registration] = first.exchanges;
    if (useGET) {
      assert.equal(hashOnly.method, 'GET');
      assert.doesNotMatch(hashOnly.url, /[?&]query=/);
    } else {
      assert.equal(hashOnly.body.query, undefined);
    }
    assert.ok(registration.body.query.includes('jurisdiction'));
    assert.equal(registration.body.extensions.persistedQuery.version, 1);

    const second = recordingFetch();
    const again = await client(second.fetcher, useGET).query({ query });
    assert.deepEqual(again.data, data);
    assert.equal(second.exchanges.length, 1, 'the hash alone is enough now');
    assert.equal(second.exchanges[0].status, 200);
    if (useGET) {
      assert.match(second.exchanges[0].etag, /^W\/".+"$/);
    }
  });
}

test('a hash that does not match the document is refused', async () => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query: '{ plans { id } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ plans { title } }') } },
    }),
  });
  const body = await response.json();
  assert.equal(body.errors[0].message, 'PersistedQueryIdInvalid');
  assert.equal(body.data, undefined);
});
