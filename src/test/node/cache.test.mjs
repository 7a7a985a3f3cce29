import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { recordingFetch, url } from './client.mjs';

// Two views of task 56 selecting different fields of its lead units: with ids, Apollo's default normalised cache
// merges them per unit instead of one query's answer replacing the other's.
const NAMES = gql`query LeadUnitNames { task(number: 56) { id number leadUnits { id name } } }`;
const KINDS = gql`query LeadUnitKinds { task(number: 56) { id number leadUnits { id kind } } }`;

test('Apollo keeps both selections of task 56 in its default cache', async () => {
  const { fetcher, exchanges } = recordingFetch();
  const client = new ApolloClient({ link: new HttpLink({ uri: url, fetch: fetcher }), cache: new InMemoryCache() });

  const names = (await client.query({ query: NAMES })).data.task.leadUnits.map((u) => u.name);
  const kinds = (await client.query({ query: KINDS })).data.task.leadUnits.map((u) => u.kind);
  assert.deepEqual(names, ['区城管局', '区水务局', '区农业农村局']);
  assert.deepEqual(kinds, ['DEPARTMENT', 'DEPARTMENT', 'DEPARTMENT']);

  const again = client.readQuery({ query: NAMES });
  assert.deepEqual(again.task.leadUnits.map((u) => u.name), names);
  const fromCache = await client.query({ query: NAMES, fetchPolicy: 'cache-only' });
  assert.deepEqual(fromCache.data.task.leadUnits.map((u) => u.name), names);
  assert.equal(exchanges.length, 2, 'the third read is answered by the cache');
  // Normalised: each unit once, under Apollo's default key __typename:id, holding both fields.
  const units = Object.entries(client.cache.extract()).filter(([key]) => key.startsWith('Unit:'));
  assert.equal(units.length, 3);
  assert.ok(units.every(([, unit]) => unit.name && unit.kind));
});

test('node(id:) refetches what an id names, with the same id', async () => {
  const client = new ApolloClient({ link: new HttpLink({ uri: url }), cache: new InMemoryCache() });
  const { data } = await client.query({ query: NAMES });
  const unit = data.task.leadUnits[1];
  const node = await client.query({
    query: gql`query Node($id: ID!) { node(id: $id) { id ... on Unit { name jurisdiction } } }`,
    variables: { id: unit.id },
  });
  assert.equal(node.data.node.id, unit.id);
  assert.equal(node.data.node.name, '区水务局');
  assert.equal(node.data.node.jurisdiction, '苏州市吴江区');
});
