// draw/chart-marks.js — the loss chart's marks for settings changed mid-run:
// a dashed vertical line per mark with its text at the top (texts closer than
// 60 px to the last one drawn are left out, so they never overlap).
//
//   drawMarks(ctx, area, xPixel, marks)
//     area: { left, right, top, bottom } (the chart's plotting area, px);
//     xPixel(epoch) -> px; marks: [{ epoch, text }]

export function drawMarks(ctx, area, xPixel, marks) {
  const a = area;
  ctx.save();
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  let lastTextX = -Infinity;
  for (const m of marks) {
    const px = xPixel(m.epoch);
    if (!(px >= a.left && px <= a.right)) continue;
    ctx.strokeStyle = 'rgba(60,60,60,0.7)';
    ctx.setLineDash([4, 3]);
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(px, a.top);
    ctx.lineTo(px, a.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    if (px - lastTextX > 60) {
      const w = ctx.measureText(m.text).width;
      const tx = Math.min(px + 3, a.right - w - 2);
      ctx.fillStyle = 'rgba(255,255,255,0.85)';
      ctx.fillRect(tx - 1, a.top + 1, w + 2, 13);
      ctx.fillStyle = '#333';
      ctx.fillText(m.text, tx, a.top + 2);
      lastTextX = px;
    }
  }
  ctx.restore();
}
