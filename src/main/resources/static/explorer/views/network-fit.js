// A settled force layout fitted into the chart: below the legend, every unit and its label inside the frame.
import { SETTLED_LIMIT, networkOption } from './network-option.js';

/** Where the legend ends (it is drawn at top 4, one line high): nothing is placed above. */
const LEGEND_BOTTOM = 34;
/** The space kept free at the chart's edges, and between a unit and its label (ECharts' label distance). */
const EDGE = 8;
const LABEL_DISTANCE = 5;
const LABEL_FONT = '12px sans-serif';
const LABEL_HALF_HEIGHT = 9;
const SETTLED_FRICTION = 0.005;
/** Widening the layout: at most this factor, and leaving this much of the frame's width for labels. */
const MAX_WIDENING = 1.6;
const LABEL_ROOM = 120;
/**
 * The most a layout is enlarged: the force layout is computed in pixels already, so a small network stays a
 * compact drawing in the middle instead of units flung to the corners.
 */
const MAX_SCALE = 1.5;

/**
 * Draws `network` into the chart `instance`; `beforeShown` runs just before the drawing the page keeps (to catch
 * its first frame). Up to SETTLED_LIMIT units it is drawn twice in this one task — the force layout, then that
 * layout fitted to the frame — so the browser only ever shows the second.
 */
export function drawNetwork(instance, network, settings, beforeShown) {
  if (network.nodes.length > SETTLED_LIMIT) {
    beforeShown();
    instance.setOption(networkOption(network, settings));
    return;
  }
  instance.setOption(networkOption(network, settings));
  const positions = settledPositions(instance);
  const fitted = positions && fittedOption(network, settings, positions, instance.getWidth(), instance.getHeight());
  beforeShown();
  // Not merged: a new series, so the layout starts from the fitted positions, not from the first drawing's.
  instance.setOption(fitted || networkOption(network, settings), { notMerge: true });
}

/**
 * Where the force layout put each unit ({x, y} by unit name), read from the chart just drawn; null when the chart
 * has no complete layout (then the drawing is kept as it is).
 */
function settledPositions(instance) {
  const data = instance.getModel()?.getSeriesByIndex(0)?.getData();
  if (!data) {
    return null;
  }
  const positions = new Map();
  for (let i = 0; i < data.count(); i++) {
    const [x, y] = data.getItemLayout(i) || [];
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      return null;
    }
    positions.set(data.getId(i), { x, y });
  }
  return positions;
}

/**
 * The option of the network again, its units where the force layout settled, scaled as one (circles stay round)
 * as large as fits a frame that starts below the legend, with every unit and its label inside the chart, and
 * centred in what is left. ECharts maps the units' extent onto the series box given here (as percentages, so
 * the drawing follows the window); the force layout stays on but settled, so a unit can still be dragged. Null
 * when the layout has no extent to scale.
 */
function fittedOption(network, settings, positions, width, height) {
  const option = networkOption(network, settings);
  const series = option.series[0];
  const measure = textWidth();
  const frame = { left: EDGE, right: width - EDGE, top: LEGEND_BOTTOM, bottom: height - EDGE };
  const stretch = widening(positions, frame);
  series.data.forEach((node) => {
    const { x, y } = positions.get(node.id);
    Object.assign(node, { x: x * stretch, y });
  });
  const items = series.data.map((node) => {
    const { x, y } = node;
    const r = node.symbolSize / 2;
    return { x, y, r, right: r + (node.label.show ? LABEL_DISTANCE + measure(node.name) : 0), half: Math.max(r, LABEL_HALF_HEIGHT) };
  });
  const box = largestFit(items, frame);
  if (!box) {
    return null;
  }
  const percent = (value, of) => `${(100 * value) / of}%`;
  // A friction this low ends the simulation after one step of a hundredth of a pixel: the fitted drawing stays as
  // it is (on resize too), and a dragged unit stays where it is dropped.
  series.force = { ...series.force, friction: SETTLED_FRICTION, layoutAnimation: false };
  Object.assign(series, { zoom: 1, center: null, left: percent(box.left, width), top: percent(box.top, height),
    width: percent(box.width, width), height: percent(box.height, height), right: null, bottom: null });
  return option;
}

/**
 * How much wider to make the layout (a force layout is about round, the frame is wide): towards the frame's
 * proportions less the room labels take at the right, at most MAX_WIDENING, never narrower. Labels run
 * sideways, so the crowded middle gains most from the width.
 */
function widening(positions, frame) {
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  const layout = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
  const available = (frame.right - frame.left - LABEL_ROOM) / (frame.bottom - frame.top);
  return Number.isFinite(layout) && layout > 0 ? Math.min(MAX_WIDENING, Math.max(1, available / layout)) : 1;
}

/**
 * The box (left, top, width, height in pixels) the units' extent is drawn into: the largest scale up to MAX_SCALE
 * at which an offset exists that keeps every unit's circle and label inside the frame (found by bisection), and
 * that offset centred in its range.
 */
function largestFit(items, frame) {
  const minX = Math.min(...items.map((i) => i.x));
  const minY = Math.min(...items.map((i) => i.y));
  const spanX = Math.max(...items.map((i) => i.x)) - minX;
  const spanY = Math.max(...items.map((i) => i.y)) - minY;
  if (!(spanX > 0 && spanY > 0)) {
    return null;
  }
  const range = (scale, horizontal) => {
    const at = (i) => (horizontal ? (i.x - minX) : (i.y - minY)) * scale;
    const low = Math.max(...items.map((i) => (horizontal ? frame.left + i.r : frame.top + i.half) - at(i)));
    const high = Math.min(...items.map((i) => (horizontal ? frame.right - i.right : frame.bottom - i.half) - at(i)));
    return low <= high ? (low + high) / 2 : null;
  };
  const box = (scale) => ({ left: range(scale, true), top: range(scale, false), width: spanX * scale, height: spanY * scale });
  if (range(MAX_SCALE, true) !== null && range(MAX_SCALE, false) !== null) {
    return box(MAX_SCALE);
  }
  let fits = 0;
  let fails = MAX_SCALE;
  for (let step = 0; step < 40; step++) {
    const scale = (fits + fails) / 2;
    if (range(scale, true) !== null && range(scale, false) !== null) {
      fits = scale;
    } else {
      fails = scale;
    }
  }
  return fits > 0 ? box(fits) : null;
}

function textWidth() {
  const context = document.createElement('canvas').getContext('2d');
  context.font = LABEL_FONT;
  return (text) => context.measureText(text).width;
}
