// The benchmark's peer: the same questions as DutyGraph's benchmark queries, answered by @neo4j/graphql 7 and
// Apollo Server 5 on Node, reading the app's embedded Neo4j over Bolt as the read-only user.
// Environment: NEO4J_URI (bolt://localhost:7687), NEO4J_USER (reader), NEO4J_PASSWORD, PORT (4000).
// Prints "peer ready on <port>" once it answers.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = /* GraphQL */ `
  type Unit @node {
    key: String!
    name: String!
    jurisdiction: String
    "The unit's distinct tasks in one plan, also through collectives including it: the first page of DutyGraph's Unit.tasks."
    tasks(plan: String!, first: Int = 20): [Task!]!
      @cypher(
        statement: """
        MATCH (this)<-[:INCLUDES*0..1]-(:Unit)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t:Task {planId: $plan})
        WITH DISTINCT t ORDER BY t.number
        RETURN t LIMIT $first
        """
        columnName: "t"
      )
  }

  type Official @node {
    key: String!
    name: String!
  }

  type Task @node {
    key: String!
    planId: String!
    number: Int!
    text: String!
    leaderSource: String
    leaders: [Official!]! @relationship(type: "OVERSEES", direction: IN)
    leadUnits: [Unit!]! @relationship(type: "LEADS", direction: IN)
    supportUnits: [Unit!]!
      @cypher(statement: "MATCH (u:Unit)-[:SUPPORTS|PROVIDES_DATA_FOR]->(this) RETURN DISTINCT u", columnName: "u")
  }

  type Query {
    "Tasks of one plan on which every named unit holds an assignment (directly or through a collective)."
    coOwnedTasks(units: [String!]!, plan: String!): [Task!]!
      @cypher(
        statement: """
        MATCH (t:Task {planId: $plan})
        WHERE all(name IN $units WHERE EXISTS {
          MATCH (u:Unit)<-[:INCLUDES*0..1]-(:Unit)-[:LEADS|SUPPORTS|PROVIDES_DATA_FOR|RESPONSIBLE_FOR]->(t)
          WHERE u.name = name })
        RETURN t ORDER BY t.number
        """
        columnName: "t"
      )
  }
`;

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://localhost:7687",
  neo4j.auth.basic(process.env.NEO4J_USER ?? "reader", process.env.NEO4J_PASSWORD ?? ""),
  { maxConnectionPoolSize: 32 }
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const port = Number(process.env.PORT ?? 4000);
await startStandaloneServer(server, {
  listen: { port, host: "127.0.0.1" },
  context: async () => ({ sessionConfig: { defaultAccessMode: "READ" } }),
});
console.log(`peer ready on ${port}`);
