// The one door to the server: POST /graphql, with errors turned into messages a planner can read.

/** A request that failed, with a message in Chinese for the page. */
export class ApiError extends Error {
  constructor(message, classification) {
    super(message);
    this.classification = classification;
  }
}

/** Runs a GraphQL document with variables; resolves to `data`, rejects with an ApiError. */
export async function query(document, variables = {}) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch (e) {
    throw new ApiError('无法连接服务器:' + e.message + '。请确认 DutyGraph 正在运行后刷新页面。', 'NETWORK');
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(`服务器返回了无法读取的答复(HTTP ${response.status})。`, 'HTTP');
  }
  if (body.errors && body.errors.length) {
    throw toApiError(body.errors[0]);
  }
  if (!response.ok) {
    throw new ApiError(`请求失败(HTTP ${response.status})。`, 'HTTP');
  }
  return body.data;
}

function toApiError(error) {
  const ext = error.extensions || {};
  const kind = ext.classification;
  if (kind === 'NOT_FOUND' && ext.name) {
    const hint = ext.suggestions && ext.suggestions.length ? `。您是否要找:${ext.suggestions.join('、')}?` : '。';
    return new ApiError(`未找到"${ext.name}"${hint}`, kind);
  }
  if (kind === 'NOT_FOUND') {
    return new ApiError('未找到:' + error.message, kind);
  }
  if (kind === 'BAD_REQUEST') {
    return new ApiError('请求有误:' + error.message, kind);
  }
  if (kind === 'TIMEOUT') {
    return new ApiError('服务器没能在请求时限内算完,请稍后再试;按章筛选或提高"最少共享任务"可缩小范围。', kind);
  }
  if (kind === 'INTERNAL_ERROR') {
    return new ApiError(`服务器内部出错(${error.message}),这不是您的操作有误。请稍后重试;若一再出现,请把这行告诉管理员。`, kind);
  }
  return new ApiError('服务器出错:' + error.message, kind);
}

/** Every node of a Relay connection, page by page (pages of 100). */
export async function allPages(document, variables, pick) {
  const nodes = [];
  let after = null;
  for (;;) {
    const connection = pick(await query(document, { ...variables, first: 100, after }));
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) {
      return { nodes, totalCount: connection.totalCount };
    }
    after = connection.pageInfo.endCursor;
  }
}
