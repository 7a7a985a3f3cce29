// Live updates: a minimal graphql-ws client (protocol graphql-transport-ws) subscribed to plansChanged on /graphql.
// It reconnects by itself (after 2 s, doubling up to a minute) when the server restarts or the network drops.

const PLANS_CHANGED = 'subscription PlansChanged { plansChanged { kind planId } }';

/** Calls `onChange({kind, planId})` for every plan loaded or replaced on the server while the page is open. */
export function onPlansChanged(onChange) {
  let delay = 2000;
  const connect = () => {
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${window.location.host}/graphql`, 'graphql-transport-ws');
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'connection_ack') {
        delay = 2000;
        socket.send(JSON.stringify({ id: 'plans', type: 'subscribe', payload: { query: PLANS_CHANGED } }));
        document.documentElement.dataset.live = 'subscribed';
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next' && message.payload.data) {
        onChange(message.payload.data.plansChanged);
      }
    };
    socket.onclose = () => {
      delete document.documentElement.dataset.live;
      window.setTimeout(connect, delay);
      delay = Math.min(delay * 2, 60000);
    };
  };
  connect();
}
