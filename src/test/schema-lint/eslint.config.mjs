// @graphql-eslint's Relay rules over the SDL the app serves (graphql-schema/*.graphqls), ESLint 9 flat config.
// Run through lint.mjs (`npm run lint`), which lints the files listed in checked-files.txt against the whole
// schema; the schema-aware rules (relay-edge-types, relay-page-info) read every file of graphql-schema/.
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import { fileURLToPath } from 'node:url';

const schema = fileURLToPath(new URL('../../../graphql-schema/', import.meta.url)) + '*.graphqls';

export default [
  {
    files: ['**/*.graphqls'],
    languageOptions: {
      parser: graphqlPlugin.parser,
      parserOptions: { graphQLConfig: { schema } },
    },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      // A type named …Connection has `edges` (a list of edges) and `pageInfo: PageInfo!`.
      '@graphql-eslint/relay-connection-types': 'error',
      // An edge has `node` (implementing Node) and `cursor`, and its name ends in Edge.
      // listTypeCanWrapOnlyEdgeType is off: lists bounded by nature stay plain lists (a task's leaders, lead and
      // support units, assignments and targets; an accountability chain's links; a network's nodes and edges,
      // computed whole; a coordination path of at most maxHops steps; an audit's counts, one per code). The lists
      // that grow with the plan are connections (issue 13); a reviewer, not this rule, tells the two apart.
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
      // PageInfo has hasPreviousPage, hasNextPage, startCursor and endCursor.
      '@graphql-eslint/relay-page-info': 'error',
      // A field returning a connection takes first/after and last/before (includeBoth, the default).
      '@graphql-eslint/relay-arguments': 'error',
    },
  },
];
