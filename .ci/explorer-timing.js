// Loaded by .ci/browser-check into a copy of the explorer page: moves every slider across its range
// (both muscle models) as a user would, and writes the time each move took (ms) into the DOM as
// data-timing="{...}" on <body>: per slider, the number of moves, the median and the slowest.
(function () {
  function move(id, values) {
    const el = document.getElementById(id);
    const t = [];
    for (const v of values) {
      el.value = String(v);
      const t0 = performance.now();
      el.dispatchEvent(new Event("input"));
      t.push(performance.now() - t0);
    }
    return t;
  }
  function click(id) {
    const el = document.getElementById(id);
    el.checked = true;
    const t0 = performance.now();
    el.dispatchEvent(new Event("change"));
    return [performance.now() - t0];
  }
  function range(from, to, step) {
    const r = [];
    for (let v = from; v <= to; v += step) {
      r.push(v);
    }
    return r;
  }
  const runs = {};
  const all = [];
  function record(name, t) {
    runs[name] = t;
    all.push(...t);
  }
  for (const muscles of ["single", "multi"]) {
    record(muscles, click(muscles));
    record("trunk " + muscles, move("trunk", range(0, 90, 3)));
    record("lumbar " + muscles, move("lumbar", range(-15, 50, 5)));
    record("knee " + muscles, move("knee", range(0, 120, 10)));
    move("trunk", [20]);
    record("load " + muscles, move("load", range(0, 30, 2)));
    record("dist " + muscles, move("dist", range(0, 80, 5)));
    record("stature " + muscles, move("stature", range(150, 200, 5)));
    record("mass " + muscles, move("mass", range(50, 100, 5)));
    record("sex " + muscles, click("female").concat(click("male")));
  }
  const stats = {};
  function summary(t) {
    const a = t.slice().sort((x, y) => x - y);
    return {n: a.length, median: +a[Math.floor(a.length / 2)].toFixed(2), max: +a[a.length - 1].toFixed(2)};
  }
  for (const k in runs) {
    stats[k] = summary(runs[k]);
  }
  stats.all = summary(all);
  stats.first = +parseFloat(document.getElementById("firstMs").textContent).toFixed(0);
  document.body.setAttribute("data-timing", JSON.stringify(stats));
})();
