// GraphiQL on the app's own /graphql endpoint; a file of its own so the page needs no inline script (CSP).
const defaultQuery = `# Which tasks does 汾湖高新区 co-own with 区发改委?
{
  coOwnedTasks(units: ["汾湖高新区", "区发改委"]) {
    number
    text
    leaders { name }
    leadUnits { name }
  }
}
`;
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultQuery: defaultQuery,
  })
);
