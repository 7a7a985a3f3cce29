// Every GraphQL document the explorer sends: fixed text, values only as variables.

export const PLANS = `query Plans {
  plans { id title issuer jurisdiction year date approvedBy declaredTaskCount taskCount source loadedAt }
}`;

export const OVERVIEW = `query Overview($plan: ID) {
  chapters(plan: $plan) { numeral ordinal title taskCount }
  officials(plan: $plan, first: 100) { nodes { name taskCount(plan: $plan) } }
}`;

export const UNIT_WORKLOAD = `query UnitWorkload($plan: ID, $jurisdiction: String, $first: Int, $after: String) {
  units(jurisdiction: $jurisdiction, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { name kind lead: taskCount(role: LEAD, plan: $plan) support: taskCount(role: SUPPORT, plan: $plan) }
  }
}`;

export const UNIT_NAMES = `query UnitNames($jurisdiction: String, $first: Int, $after: String) {
  units(jurisdiction: $jurisdiction, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { name }
  }
}`;

export const CHAPTERS = `query Chapters($plan: ID) {
  chapters(plan: $plan) { numeral ordinal title sections { number name } }
  officials(plan: $plan, first: 100) { nodes { name } }
}`;

export const NETWORK = `query Network($plan: ID, $chapter: String, $role: Role, $minShared: Int) {
  coordinationNetwork(plan: $plan, chapter: $chapter, role: $role, minShared: $minShared) {
    nodes { unit { name kind } taskCount degree weightedDegree betweenness community }
    edges { source { name } target { name } sharedTaskCount }
  }
}`;

export const UNIT_DETAIL = `query UnitDetail($name: String!, $plan: ID, $jurisdiction: String) {
  unit(name: $name, jurisdiction: $jurisdiction) {
    name kind aliases
    assignments(plan: $plan, first: 100) { totalCount nodes { role viaCollective task { number text chapter { numeral } } } }
    partners(first: 10, plan: $plan) { edges { node { name } sharedTaskCount } }
    officials(plan: $plan) { name }
  }
}`;

export const SHARED_TASKS = `query SharedTasks($units: [String!]!, $role: Role, $plan: ID) {
  coOwnedTasks(units: $units, role: $role, plan: $plan, first: 100) {
    totalCount nodes { number text chapter { numeral ordinal } leadUnits { name } }
  }
}`;

export const PATH = `query Path($from: String!, $to: String!, $plan: ID) {
  coordinationPath(from: $from, to: $to, plan: $plan) {
    unit { name } role nextRole via { number text location }
  }
}`;

const TARGET_FIGURE = `fragment TargetFigure on Target { metric value unit bound text }`;

const CHAIN_TASK = `fragment ChainTask on Task {
  number text location line leaderSource leaderLine leaders { name } leadUnits { name } supportUnits { name }
  targets { ...TargetFigure }
}
${TARGET_FIGURE}`;

export const OFFICIAL_CHAIN = `query OfficialChain($name: String!, $plan: ID, $jurisdiction: String) {
  official(name: $name, jurisdiction: $jurisdiction) {
    name tasks(plan: $plan, first: 100) { totalCount nodes { ...ChainTask } }
  }
}
${CHAIN_TASK}`;

export const OFFICIAL_NAMES = `query OfficialNames($plan: ID) { officials(plan: $plan, first: 100) { nodes { name } } }`;

export const TASK_CHAIN = `query TaskChain($number: Int!, $plan: ID) {
  task(number: $number, plan: $plan) { ...ChainTask }
}
${CHAIN_TASK}`;

export const TASKS = `query Tasks($where: TaskWhere, $first: Int, $after: String, $plan: ID) {
  tasks(where: $where, first: $first, after: $after, plan: $plan) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes {
      number text location leaderSource
      chapter { numeral } section { name }
      leaders { name } leadUnits { name } supportUnits { name }
      targets { ...TargetFigure }
    }
  }
}
${TARGET_FIGURE}`;

/** Only the cursor at the end of a stretch of the selection: how a page further on is reached. */
export const TASK_CURSOR = `query TaskCursor($where: TaskWhere, $first: Int, $after: String, $plan: ID) {
  tasks(where: $where, first: $first, after: $after, plan: $plan) { pageInfo { endCursor } }
}`;

export const DIAGNOSTICS = `query Diagnostics($plan: ID) {
  diagnostics(plan: $plan) { code line message location }
}`;

export const AUDIT = `query Audit($plan: ID) {
  audit(plan: $plan) {
    source declaredTaskCount readTaskCount targetCount
    findings { code severity origin message location task }
  }
}`;
