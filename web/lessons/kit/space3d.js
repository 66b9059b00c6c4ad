// kit/space3d.js — three-feature data and a plane w·x + b = 0 inside the
// cube [0, 10]³, drawn on a 2-D canvas as a turned projection: a pure
// function (ctx, scene). Turning is two angles: yaw about the vertical x3
// axis, then pitch towards the viewer. Points behind the plane's middle are
// drawn before it, the others after, so the plane hides what it should;
// classes differ by shape (circle rejected, triangle accepted) as in plot2d.
import { CLASS_COLORS, rgb } from '../../palette.js';

const LO = 0, HI = 10, MID = 5;
const CORNERS = [];
for (let i = 0; i < 8; i++) CORNERS.push([i & 1 ? HI : LO, i & 2 ? HI : LO, i & 4 ? HI : LO]);
const EDGES = [];
for (let i = 0; i < 8; i++) for (const bit of [1, 2, 4]) if (!(i & bit)) EDGES.push([i, i | bit]);

/** A projector for the given angles (radians) and canvas size: p -> [sx, sy, depth]. */
export function projector(yaw, pitch, width, height) {
  const scale = Math.min(width, height) / 19;
  const cy = Math.cos(yaw), sy = Math.sin(yaw), cp = Math.cos(pitch), sp = Math.sin(pitch);
  return (p) => {
    const x = p[0] - MID, y = p[1] - MID, z = p[2] - MID;
    const X = cy * x - sy * y, Y = sy * x + cy * y;          // yaw about x3
    const Yd = cp * Y - sp * z, Z = sp * Y + cp * z;          // pitch: tip the top towards the viewer
    return [width / 2 + scale * X, height / 2 - scale * Z, Yd];
  };
}

/** The plane's polygon inside the cube: where it crosses the cube's edges, in order round the plane. */
export function planePolygon(w, b) {
  const f = (p) => w[0] * p[0] + w[1] * p[1] + w[2] * p[2] + b;
  const pts = [];
  for (const [i, j] of EDGES) {
    const p = CORNERS[i], q = CORNERS[j], fp = f(p), fq = f(q);
    if (fp === 0) pts.push(p);
    if ((fp < 0 && fq > 0) || (fp > 0 && fq < 0)) {
      const t = fp / (fp - fq);
      pts.push(p.map((v, k) => v + t * (q[k] - v)));
    }
  }
  if (pts.length < 3) return [];
  const c = [0, 1, 2].map((k) => pts.reduce((s, p) => s + p[k], 0) / pts.length);
  // Two directions in the plane, to sort the crossings by angle round c.
  const nrm = Math.hypot(...w);
  const n = w.map((v) => v / nrm);
  const a = Math.abs(n[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  const u = [n[1] * a[2] - n[2] * a[1], n[2] * a[0] - n[0] * a[2], n[0] * a[1] - n[1] * a[0]];
  const v = [n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]];
  const dot = (p, d) => (p[0] - c[0]) * d[0] + (p[1] - c[1]) * d[1] + (p[2] - c[2]) * d[2];
  return pts.map((p) => ({ p, t: Math.atan2(dot(p, v), dot(p, u)) })).sort((m, k) => m.t - k.t).map((m) => m.p);
}

/** scene: { points: [{ x: [x1, x2, x3], y }], plane: { w, b }, yaw, pitch, names: [3 strings] } */
export function drawSpace(ctx, { points, plane, yaw, pitch, names }, width, height) {
  const P = projector(yaw, pitch, width, height);
  ctx.clearRect(0, 0, width, height);
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#c4c9d2';
  for (const [i, j] of EDGES) line(ctx, P(CORNERS[i]), P(CORNERS[j]));
  axisNames(ctx, P, names);
  const poly = planePolygon(plane.w, plane.b).map(P);
  const middle = poly.length ? poly.reduce((s, q) => s + q[2], 0) / poly.length : 0;
  const marks = points.map((p) => ({ q: P(p.x), y: p.y })).sort((m, k) => k.q[2] - m.q[2]);
  const behind = marks.filter((m) => m.q[2] > middle), front = marks.filter((m) => m.q[2] <= middle);
  behind.forEach((m) => mark(ctx, m));
  if (poly.length) {
    ctx.beginPath();
    poly.forEach((q, i) => (i ? ctx.lineTo(q[0], q[1]) : ctx.moveTo(q[0], q[1])));
    ctx.closePath();
    ctx.fillStyle = 'rgba(29, 35, 48, 0.16)';
    ctx.fill();
    ctx.strokeStyle = '#1d2330';
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  front.forEach((m) => mark(ctx, m));
}

function line(ctx, a, b) {
  ctx.beginPath();
  ctx.moveTo(a[0], a[1]);
  ctx.lineTo(b[0], b[1]);
  ctx.stroke();
}

function axisNames(ctx, P, names) {
  ctx.fillStyle = '#1d2330';
  ctx.font = '13px system-ui, sans-serif';
  ctx.textAlign = 'center';
  const ends = [[HI + 1.2, LO, LO], [LO, HI + 1.2, LO], [LO, LO, HI + 1]];
  ends.forEach((e, k) => { const q = P(e); ctx.fillText(names[k], q[0], q[1]); });
  ctx.strokeStyle = '#5d6675';
  ctx.lineWidth = 1.5;
  const o = P([LO, LO, LO]);
  [[HI, LO, LO], [LO, HI, LO], [LO, LO, HI]].forEach((e) => line(ctx, o, P(e)));
}

function mark(ctx, { q, y }) {
  const [x, s] = [q[0], q[1]];
  ctx.fillStyle = rgb(CLASS_COLORS[y ? 1 : 0]);
  ctx.strokeStyle = '#1d2330';
  ctx.lineWidth = 1;
  ctx.beginPath();
  if (y) {
    ctx.moveTo(x, s - 6.5); ctx.lineTo(x + 6, s + 4.5); ctx.lineTo(x - 6, s + 4.5); ctx.closePath();
  } else {
    ctx.arc(x, s, 5, 0, 2 * Math.PI);
  }
  ctx.fill();
  ctx.stroke();
}
