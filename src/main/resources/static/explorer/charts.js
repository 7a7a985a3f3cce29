// ECharts, from the app's WebJar, and the charts of the view on screen.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const live = new Set();

/**
 * A chart in `element`, disposed when the view changes. SVG by default: crisp text that is part of the page
 * (found by the browser's search, screen readers and tests); canvas for the large network, where SVG is slow.
 */
export function chart(element, renderer = 'svg') {
  const instance = echarts.init(element, null, { renderer });
  live.add(instance);
  return instance;
}

/** Disposes every chart of the previous view. */
export function disposeAll() {
  live.forEach((instance) => instance.dispose());
  live.clear();
}

window.addEventListener('resize', () => live.forEach((instance) => instance.resize()));

/** A categorical palette readable on white, used for kinds and communities alike. */
export const PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4',
  '#ea7ccc', '#2f4554', '#c4ccd3', '#8d6e63'];

/** Escapes text for ECharts tooltips, which are HTML. */
export function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
