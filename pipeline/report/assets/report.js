/* factbox review report: draws every view from the JSON block #factbox-data and the inert article blocks
   (script elements of type text/x-factbox-article, id a-N). No libraries, no network. Views are drawn when first
   opened; an article's highlighted text is put into the page only when it is opened, so the file opens
   quickly for thousands of articles. Routes (location.hash): #overview, #timeline, #map, #articles,
   #articles/p|l|o/INDEX (articles naming a person, place, organization), #people, #places, #organizations,
   #money, #errors, #a/DOC (an article), #a/DOC/EVENT (with that event's sentence marked),
   #a/DOC/@START-END (with that stretch of text marked). */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("factbox-data").textContent);
  var SVGNS = "http://www.w3.org/2000/svg";
  var collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
  var nf = new Intl.NumberFormat("en");

  /* ---------------------------------------------------------------------------------------- helpers */
  function ix(table) { var o = {}; D.columns[table].forEach(function (k, i) { o[k] = i; }); return o; }
  var DOC = ix("docs"), EV = ix("events"), PER = ix("people"), PLA = ix("places"), ORG = ix("organizations"),
      MON = ix("money"), ERR = ix("errors"), WAR = ix("warnings");

  function node(ns, tag, attrs, kids) {
    var e = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") e.textContent = v;
      else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    });
    (kids || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    });
    return e;
  }
  function el(tag, attrs, kids) { return node(null, tag, attrs, kids); }
  function sv(tag, attrs, kids) { return node(SVGNS, tag, attrs, kids); }
  function link(href, text, title) { return el("a", { href: href, title: title, text: text }); }
  function num(n) { return n === null || n === undefined ? "" : nf.format(n); }
  function docTitle(i) { var d = D.docs[i]; return d ? (d[DOC.title] || d[DOC.doc_id]) : "?"; }
  function docLink(i) { return link("#a/" + i, docTitle(i), D.docs[i] ? D.docs[i][DOC.doc_id] : ""); }
  function unescapeHtml(s) {
    return s.replace(/&(lt|gt|quot|#x27|amp);/g, function (_, e) {
      return { lt: "<", gt: ">", quot: "\"", "#x27": "'", amp: "&" }[e]; });
  }
  function plural(n, word) { return num(n) + " " + word + (n === 1 ? "" : "s"); }

  /* -------------------------------------------------------------------------- sortable paged tables */
  // spec: {columns: [{label, get(row), show(row) -> Node|string, num, wrap}], rows, pageSize, sort: [col, dir],
  //        query, note: Node}
  function table(host, spec) {
    var pageSize = spec.pageSize || 50, st = { q: spec.query || "", col: spec.sort ? spec.sort[0] : -1,
      dir: spec.sort ? spec.sort[1] : 1, page: 0 }, view = [], texts = null;
    var input = el("input", { type: "search", placeholder: "Filter rows\u2026", value: st.q,
      "aria-label": "Filter rows", oninput: function () { st.q = input.value; st.page = 0; apply(); } });
    var info = el("span", { class: "status" });
    var prev = el("button", { text: "\u2039 previous", onclick: function () { st.page--; draw(); } });
    var next = el("button", { text: "next \u203a", onclick: function () { st.page++; draw(); } });
    var head = el("tr", null, spec.columns.map(function (c, i) {
      return el("th", { class: c.num ? "num" : null, onclick: function () {
        st.dir = st.col === i ? -st.dir : (c.num ? -1 : 1); st.col = i; st.page = 0; apply(); } }, [c.label]);
    }));
    var body = el("tbody"), deep = null;
    if (spec.deep) {  // an opt-in, wider search (e.g. the articles' full text), built when first ticked
      deep = el("input", { type: "checkbox", onchange: function () { texts = null; st.page = 0; apply(); } });
    }
    host.appendChild(el("div", { class: "tbl-bar" }, [spec.noFilter ? null : input,
      deep ? el("label", null, [deep, " " + spec.deep.label]) : null, prev, next, info]));
    host.appendChild(el("table", { class: "data" }, [el("thead", null, [head]), body]));

    function text(row) {
      return (spec.columns.map(function (c) { var v = c.get(row); return Array.isArray(v) ? v.join(" ") : v; })
        .join(" \u0001 ") + (deep && deep.checked ? " \u0001 " + spec.deep.text(row) : "")).toLowerCase();
    }
    function apply() {
      var q = st.q.trim().toLowerCase();
      if (q && !texts) texts = spec.rows.map(text);
      view = [];
      spec.rows.forEach(function (r, i) { if (!q || texts[i].indexOf(q) >= 0) view.push(i); });
      if (st.col >= 0) {
        var get = spec.columns[st.col].get, isNum = spec.columns[st.col].num, dir = st.dir;
        var keys = {};
        view.forEach(function (i) { var v = get(spec.rows[i]); keys[i] = Array.isArray(v) ? v.join("; ") : v; });
        view.sort(function (a, b) {
          var x = keys[a], y = keys[b], c;
          if (x === null || x === undefined || x === "") c = (y === null || y === undefined || y === "") ? 0 : 1;
          else if (y === null || y === undefined || y === "") c = -1;
          else c = dir * (isNum ? x - y : collator.compare(String(x), String(y)));
          return c || a - b;
        });
      }
      head.childNodes.forEach(function (th, i) {
        if (i === st.col) th.setAttribute("aria-sort", st.dir > 0 ? "ascending" : "descending");
        else th.removeAttribute("aria-sort");
      });
      draw();
    }
    function draw() {
      var pages = Math.max(1, Math.ceil(view.length / pageSize));
      st.page = Math.min(Math.max(0, st.page), pages - 1);
      var from = st.page * pageSize, rows = view.slice(from, from + pageSize);
      body.textContent = "";
      rows.forEach(function (i) {
        var r = spec.rows[i];
        body.appendChild(el("tr", null, spec.columns.map(function (c) {
          var v = c.show ? c.show(r) : c.get(r);
          if (Array.isArray(v)) v = v.join("; ");
          if (c.num && typeof v === "number") v = num(v);
          return el("td", { class: c.num ? "num" : (c.wrap ? "wrap" : null) }, [v]);
        })));
      });
      info.textContent = view.length ? (from + 1) + "\u2013" + (from + rows.length) + " of " + num(view.length) +
        (view.length < spec.rows.length ? " (filtered from " + num(spec.rows.length) + ")" : "") : "no rows";
      prev.disabled = st.page === 0; next.disabled = st.page >= pages - 1;
    }
    apply();
    return { setQuery: function (q) { input.value = st.q = q; st.page = 0; apply(); } };
  }

  /* ----------------------------------------------------------------------------------------- overview */
  function bars(items, href) {
    var max = Math.max.apply(null, items.map(function (x) { return x[1]; }).concat([1]));
    return el("ul", { class: "bars" }, items.map(function (x, i) {
      return el("li", null, [
        el("span", { class: "name", title: x[0] }, [href ? link(href(x, i), x[0]) : x[0]]),
        el("span", { class: "bar", style: "width:" + (100 * x[1] / max).toFixed(1) + "%" }),
        el("span", { class: "n", text: num(x[1]) })]);
    }));
  }
  function overview(host) {
    var c = D.counts, m = D.meta, model = m.model || {};
    var cards = [["articles", "articles", "#articles"], ["events", "events (" + num(c.dated_events) + " dated)",
      "#timeline"], ["people", "people", "#people"], ["places", "places", "#places"],
      ["organizations", "organizations", "#organizations"], ["money", "money amounts", "#money"],
      ["dates", "dates", null], ["errors", "failed inputs", "#errors"], ["warnings", "warnings", "#errors"]];
    host.appendChild(el("h2", { text: "Overview" }));
    host.appendChild(el("p", { class: "meta" }, [
      "model " + (model.name || "?") + " " + (model.version || "") +
      (model.spacy_version ? " (spaCy " + model.spacy_version + ")" : "") + " \u00b7 factbox " +
      (m.pipeline_version || "?") + " \u00b7 " + Object.keys(m.settings || {}).sort().filter(function (k) {
        return k !== "model"; }).map(function (k) {
        var v = m.settings[k]; return k + "=" + (Array.isArray(v) ? v.join(",") : v); }).join(" \u00b7 ")]));
    host.appendChild(el("div", { class: "cards" }, cards.map(function (x) {
      return el(x[2] ? "a" : "div", { class: "card" + (x[0] === "errors" && c.errors ? " bad" : ""), href: x[2] },
        [el("b", { text: num(c[x[0]]) }), el("span", { text: x[1] })]);
    })));
    var legend = el("div", { class: "legend" }, ["Highlights in the articles: "].concat(Object.keys(m.kinds).map(function (k) {
      return el("span", { class: "chip k-" + k, text: k + " \u00b7 " + m.kinds[k][0] });
    })));
    host.appendChild(legend);

    var errs = el("div", { class: "panel" }, [el("h3", { text: "Errors of the run" })]);
    if (!D.errors.length) errs.appendChild(el("p", { class: "ok", text: "Every input was processed." }));
    else {
      errs.appendChild(el("p", null, [plural(D.errors.length, "input") + " failed (see ", link("#errors", "Errors"),
        "):"]));
      errs.appendChild(bars(countBy(D.errors, ERR.code).map(function (x) {
        var row = D.errors.find(function (r) { return r[ERR.code] === x[0]; });
        return [x[0] + " " + (row[ERR.message] || "").slice(0, 90), x[1]];
      })));
    }
    if (D.warnings.length) {
      errs.appendChild(el("h3", { text: "Warnings (articles processed, with a caveat)" }));
      errs.appendChild(bars(D.warnings.map(function (w) {
        return [w[WAR.code] + " " + (w[WAR.message] || "").replace(/^\[\w+\]\s*/, "").slice(0, 90), w[WAR.articles]];
      })));
    }
    var types = countBy(D.events, EV.type);
    var top = function (rows, name, mentions, route) {
      return bars(rows.slice(0, 12).map(function (r) { return [r[name], r[mentions]]; }),
        function (x, i) { return "#articles/" + route + "/" + i; });
    };
    host.appendChild(el("div", { class: "grid3" }, [
      errs,
      el("div", { class: "panel" }, [el("h3", { text: "Events by type" }), types.length ? bars(types) :
        el("p", { class: "hint", text: "No events." }),
        el("h3", { text: "Events by year" }), bars(countBy(D.events.filter(function (e) { return e[EV.start_date]; }),
          EV.start_date, function (v) { return v.slice(0, 4); }).sort(function (a, b) { return a[0] < b[0] ? 1 : -1; })
          .slice(0, 12))]),
      el("div", { class: "panel" }, [el("h3", { text: "Most mentioned people" }), top(D.people, PER.name, PER.mentions, "p"),
        el("h3", { text: "Most mentioned places" }), top(D.places, PLA.name, PLA.mentions, "l"),
        el("h3", { text: "Most mentioned organizations" }), top(D.organizations, ORG.name, ORG.mentions, "o")])]));
  }
  function countBy(rows, col, key) {
    var counts = {};
    rows.forEach(function (r) { var k = key ? key(r[col]) : r[col]; k = k === null || k === undefined ? "(none)" : k;
      counts[k] = (counts[k] || 0) + 1; });
    return Object.keys(counts).map(function (k) { return [k, counts[k]]; })
      .sort(function (a, b) { return b[1] - a[1] || collator.compare(a[0], b[0]); });
  }

  /* ----------------------------------------------------------------------------------------- timeline */
  var DAY = 864e5;
  function dayOf(iso) {  // "YYYY-MM-DD" -> days since 1970-01-01 (UTC), NaN if not a calendar date
    var m = /^(-?\d{4,})-(\d\d)-(\d\d)$/.exec(iso || "");
    if (!m) return NaN;
    var d = new Date(0); d.setUTCFullYear(+m[1], +m[2] - 1, +m[3]); d.setUTCHours(0, 0, 0, 0);
    return Math.round(d.getTime() / DAY);
  }
  function isoOf(day) {
    var d = new Date(day * DAY), y = d.getUTCFullYear();
    return (y < 0 ? "-" : "") + String(Math.abs(y)).padStart(4, "0") + "-" +
      String(d.getUTCMonth() + 1).padStart(2, "0") + "-" + String(d.getUTCDate()).padStart(2, "0");
  }
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#2f4b7c"];
  function timeline(host) {
    var LIMIT = 2500, LANE = 13, TOP = 22, HIST = 46;
    var items = [], undated = 0;
    D.events.forEach(function (e, k) {
      var a = dayOf(e[EV.start_date]), b = dayOf(e[EV.end_date] || e[EV.start_date]);
      if (isNaN(a)) { undated++; return; }
      if (isNaN(b) || b < a) b = a;
      items.push({ k: k, a: a, b: b + 1, dot: (e[EV.precision] === "day" || !e[EV.precision]) && b === a });
    });
    var types = countBy(D.events, EV.type), colour = {}, hidden = {};
    types.forEach(function (t, i) { colour[t[0]] = i < PALETTE.length ? PALETTE[i] : "#9aa3ad"; });
    var full = items.length ? [Math.min.apply(null, items.map(function (x) { return x.a; })),
      Math.max.apply(null, items.map(function (x) { return x.b; }))] : [0, 1];
    if (full[1] - full[0] < 30) { full = [full[0] - 15, full[1] + 15]; }
    // open on the 2nd to 98th percentile of dates, so a few stray years (often misread numbers) do not
    // squeeze everything else into a corner; "whole period" shows them all
    var range = full.slice();
    if (items.length >= 50) {
      var starts = items.map(function (x) { return x.a; }).sort(function (p, q) { return p - q; });
      var lo2 = starts[Math.floor(starts.length * 0.02)], hi98 = starts[Math.ceil(starts.length * 0.98) - 1] + 1;
      var pad = Math.max(15, (hi98 - lo2) * 0.03);
      if (hi98 - lo2 < (full[1] - full[0]) * 0.5) range = [Math.max(full[0], lo2 - pad), Math.min(full[1], hi98 + pad)];
    }
    var from = el("input", { "aria-label": "from date", placeholder: "YYYY-MM-DD" }),
        to = el("input", { "aria-label": "to date", placeholder: "YYYY-MM-DD" });
    var status = el("span", { class: "status" }), wrap = el("div", { class: "tl-wrap" }), tableHost = el("div");
    var query = el("input", { type: "search", class: "q", placeholder: "Filter events\u2026", "aria-label": "Filter events",
      oninput: function () { draw(); } }), texts = null;
    function wanted(k) {  // the text filter: sentence, date as written, type, trigger, article, people, places
      var q = query.value.trim().toLowerCase();
      if (!q) return true;
      if (!texts) texts = D.events.map(function (e) {
        return [e[EV.sentence], e[EV.date_text], e[EV.date], e[EV.type], e[EV.trigger], docTitle(e[EV.doc])]
          .concat(e[EV.people], e[EV.places]).join(" \u0001 ").toLowerCase(); });
      return texts[k].indexOf(q) >= 0;
    }
    function setRange(lo, hi) { range = [Math.floor(lo), Math.ceil(hi)]; if (range[1] - range[0] < 2) range[1] = range[0] + 2;
      draw(); }
    function typed() {
      var lo = dayOf(from.value.trim()), hi = dayOf(to.value.trim());
      setRange(isNaN(lo) ? range[0] : lo, isNaN(hi) ? range[1] : hi + 1);
    }
    from.addEventListener("change", typed); to.addEventListener("change", typed);
    var legend = el("div", { class: "legend tl-legend" }, ["Event types (click to hide): "].concat(types.map(function (t) {
      var chip = el("span", { class: "chip", style: "--c:" + colour[t[0]] + ";background:" + colour[t[0]] + "33;" +
        "border:1px solid " + colour[t[0]], text: t[0] + " " + num(t[1]) });
      chip.addEventListener("click", function () { hidden[t[0]] = !hidden[t[0]]; chip.classList.toggle("off"); draw(); });
      return chip;
    })));
    host.appendChild(el("h2", { text: "Event timeline" }));
    host.appendChild(el("p", { class: "hint", text: "Each event is placed at its date: a day is a dot, a week, month, " +
      "year or longer period is a bar as wide as the period. Drag across the chart to zoom in, double-click to zoom " +
      "out; click an event to read its sentence in the article." }));
    host.appendChild(el("div", { class: "controls" }, [query, "From ", from, " to ", to,
      el("button", { text: "whole period", onclick: function () { setRange(full[0], full[1]); } }), status]));
    host.appendChild(legend);
    host.appendChild(wrap);
    host.appendChild(el("h3", { text: "Events in this period" }));
    host.appendChild(tableHost);

    function ticks(lo, hi, width) {
      var span = (hi - lo) / 365.25, out = [], years = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
      var want = Math.max(2, Math.floor(width / 90));
      if (span / want >= 1) {
        var step = years.find(function (s) { return span / s <= want; }) || 1000;
        var y0 = new Date(lo * DAY).getUTCFullYear();
        for (var y = Math.ceil(y0 / step) * step; ; y += step) {
          var d = dayOf(String(y).padStart(4, "0") + "-01-01"); if (isNaN(d) || d > hi) break;
          if (d >= lo) out.push([d, String(y)]);
        }
      } else if (span * 12 / want >= 1 || hi - lo > 62) {
        var months = [1, 2, 3, 6].find(function (s) { return span * 12 / s <= want; }) || 6;
        var s = new Date(lo * DAY), yy = s.getUTCFullYear(), mm = s.getUTCMonth();
        for (var i = 0; i < 2000; i++) {
          var dd = dayOf(String(yy).padStart(4, "0") + "-" + String(mm + 1).padStart(2, "0") + "-01");
          if (dd > hi) break;
          if (dd >= lo && mm % months === 0) out.push([dd, isoOf(dd).slice(0, 7)]);
          mm++; if (mm === 12) { mm = 0; yy++; }
        }
      } else {
        var stepD = [1, 2, 7, 14].find(function (s) { return (hi - lo) / s <= want; }) || 14;
        for (var t = lo; t <= hi; t += stepD) out.push([t, isoOf(t)]);
      }
      return out;
    }

    function draw() {
      from.value = isoOf(range[0]); to.value = isoOf(range[1] - 1);
      var W = Math.max(600, wrap.clientWidth || host.clientWidth || 1100), PAD = 30, lo = range[0], hi = range[1];
      var x = function (d) { return PAD + (d - lo) / (hi - lo) * (W - 2 * PAD); };
      var shown = items.filter(function (it) {
        return it.b > lo && it.a < hi && !hidden[D.events[it.k][EV.type]] && wanted(it.k); });
      var svg = sv("svg", { class: "tl", role: "img", "aria-label": "Event timeline" });
      var axis = sv("g", { class: "axis" }), hist = sv("g", { class: "hist" }), marks = sv("g", { class: "marks" });
      // a histogram of events per column, so the shape of a large corpus shows even when marks cannot be drawn
      var cols = Math.max(1, Math.floor((W - 2 * PAD) / 4)), counts = new Array(cols).fill(0);
      shown.forEach(function (it) {
        var c = Math.floor((Math.max(it.a, lo) - lo) / (hi - lo) * cols); counts[Math.min(cols - 1, Math.max(0, c))]++;
      });
      var peak = Math.max.apply(null, counts.concat([1]));
      hist.appendChild(sv("rect", { class: "band", x: PAD, y: TOP, width: W - 2 * PAD, height: HIST }));
      counts.forEach(function (n, c) {
        if (!n) return;
        var h = Math.max(2, (HIST - 6) * Math.sqrt(n / peak));  // square root: a lone event stays visible
        var d0 = lo + c / cols * (hi - lo), d1 = lo + (c + 1) / cols * (hi - lo) - 1;
        hist.appendChild(sv("rect", { x: PAD + c * 4, y: TOP + HIST - h, width: 3, height: h },
          [sv("title", { text: plural(n, "event") + ", " + isoOf(Math.floor(d0)) + " to " + isoOf(Math.floor(Math.max(d0, d1))) +
            "\nclick to zoom in" })]));
      });
      var lanes = [], overflow = 0, MAXL = 120;
      if (shown.length <= LIMIT) {
        shown.sort(function (p, q) { return p.a - q.a || p.b - q.b || p.k - q.k; });
        shown.forEach(function (it) {
          var e = D.events[it.k], x0 = x(Math.max(it.a, lo)), x1 = x(Math.min(it.b, hi)), left, right;
          if (it.dot) { var cx = x((it.a + it.b) / 2); left = cx - 5; right = cx + 5; } else {
            if (x1 - x0 < 4) x1 = x0 + 4; left = x0 - 1; right = x1 + 1; }
          var lane = lanes.findIndex(function (end) { return end <= left; });
          if (lane < 0) { if (lanes.length < MAXL) { lane = lanes.length; lanes.push(0); } else { lane = MAXL - 1; overflow++; } }
          lanes[lane] = right;
          var y = TOP + HIST + 10 + lane * LANE, fill = colour[e[EV.type] || "(none)"] || "#9aa3ad";
          var tip = (e[EV.date_text] || "") + " \u2192 " + (e[EV.date] || e[EV.start_date]) + " (" + (e[EV.precision] ||
            "?") + ")\n" + (e[EV.type] || "other") + (e[EV.trigger] ? ": " + e[EV.trigger] : "") +
            (e[EV.negated] ? " (negated)" : "") + "\n" +
            docTitle(e[EV.doc]) + "\n" + e[EV.sentence];
          var shape = it.dot ? sv("circle", { class: "mark", cx: (left + right) / 2, cy: y + 5, r: 4.5, fill: fill })
            : sv("rect", { class: "mark", x: x0, y: y + 1, width: x1 - x0, height: 8, rx: 3, fill: fill });
          shape.appendChild(sv("title", { text: tip }));
          marks.appendChild(sv("a", { href: "#a/" + e[EV.doc] + "/" + e[EV.n] }, [shape]));
        });
      }
      var H = TOP + HIST + 16 + Math.max(1, lanes.length) * LANE + 6;
      ticks(lo, hi, W - 2 * PAD).forEach(function (t) {
        axis.appendChild(sv("line", { x1: x(t[0]), x2: x(t[0]), y1: TOP - 4, y2: H }));
        axis.appendChild(sv("text", { x: x(t[0]) + 3, y: TOP - 8, text: t[1] }));
      });
      svg.setAttribute("viewBox", "0 0 " + W + " " + H); svg.setAttribute("height", H);
      svg.appendChild(axis); svg.appendChild(hist); svg.appendChild(marks);
      if (shown.length > LIMIT) svg.appendChild(sv("text", { x: PAD, y: TOP + HIST + 26, class: "status",
        text: num(shown.length) + " events in this period: too many to draw one by one. Click the histogram or drag " +
          "across it to zoom in." }));
      brush(svg, x, lo, hi, W, PAD);
      wrap.textContent = ""; wrap.appendChild(svg);
      status.textContent = num(shown.length) + " of " + num(items.length) + " dated events in this period" +
        (undated ? "; " + num(undated) + " undated (listed below only)" : "") +
        (overflow ? "; " + num(overflow) + " overlap in the last row" : "");
      var full_ = lo <= full[0] && hi >= full[1];
      var rows = D.events.filter(function (e, k) {
        if (hidden[e[EV.type]] || !wanted(k)) return false;
        var a = dayOf(e[EV.start_date]); if (isNaN(a)) return full_;
        var b = dayOf(e[EV.end_date] || e[EV.start_date]); b = isNaN(b) ? a : b;
        return b + 1 > lo && a < hi;
      });
      tableHost.textContent = "";
      table(tableHost, { rows: rows, pageSize: 50, noFilter: true, columns: [
        { label: "Date", get: function (e) { return e[EV.date] || e[EV.start_date]; },
          show: function (e) { return link("#a/" + e[EV.doc] + "/" + e[EV.n], e[EV.date] || e[EV.start_date] || "undated"); } },
        { label: "Precision", get: function (e) { return e[EV.precision]; } },
        { label: "As written", get: function (e) { return e[EV.date_text]; } },
        { label: "Type", get: function (e) { return e[EV.type]; } },
        { label: "Trigger", get: function (e) { return e[EV.trigger]; } },
        { label: "Article", get: function (e) { return docTitle(e[EV.doc]); }, show: function (e) { return docLink(e[EV.doc]); } },
        { label: "Sentence", get: function (e) { return e[EV.sentence]; }, wrap: true }] });
    }
    function brush(svg, x, lo, hi, W, PAD) {
      var start = null, rect = null;
      function at(ev) { var b = svg.getBoundingClientRect(); return (ev.clientX - b.left) * W / b.width; }
      svg.addEventListener("mousedown", function (ev) {
        if (ev.button !== 0) return; start = at(ev); ev.preventDefault();
        rect = sv("rect", { class: "brush", x: start, y: 0, width: 0, height: "100%" }); svg.appendChild(rect);
      });
      svg.addEventListener("mousemove", function (ev) {
        if (start === null) return; var now = at(ev);
        rect.setAttribute("x", Math.min(start, now)); rect.setAttribute("width", Math.abs(now - start));
      });
      function day(px) { return lo + (px - PAD) / (W - 2 * PAD) * (hi - lo); }
      window.addEventListener("mouseup", function (ev) {
        if (start === null) return; var end = at(ev), s = start; start = null; if (rect) rect.remove();
        if (Math.abs(end - s) > 6) setRange(day(Math.min(s, end)), day(Math.max(s, end)));
        // a click on the histogram zooms in around that column (a tenth of the period)
        else if (ev.target.closest && ev.target.closest(".hist")) setRange(day(s - (W - 2 * PAD) / 20),
          day(s + (W - 2 * PAD) / 20));
      });
      svg.addEventListener("dblclick", function () {
        var mid = (lo + hi) / 2, half = (hi - lo);
        setRange(Math.max(full[0], mid - half), Math.min(full[1], mid + half));
      });
    }
    draw();
    window.addEventListener("resize", function () { if (!host.hidden) draw(); });
    return { setQuery: function (q) { query.value = q; draw(); } };
  }

  /* ---------------------------------------------------------------------------------------------- map */
  function worldMap(host) {
    var svg = host.querySelector("#world"), dots = svg.querySelector(".dots");
    var byCountry = {};
    D.places.forEach(function (p) { var cc = p[PLA.country_code]; if (cc) byCountry[cc] = (byCountry[cc] || 0) + p[PLA.mentions]; });
    var peak = Math.max.apply(null, Object.keys(byCountry).map(function (k) { return byCountry[k]; }).concat([1]));
    svg.querySelectorAll(".land path[data-cc]").forEach(function (path) {
      var n = byCountry[path.getAttribute("data-cc")];
      if (!n) return;
      var t = Math.log(1 + n) / Math.log(1 + peak);
      path.style.fill = "hsl(213, 55%, " + (88 - 38 * t).toFixed(1) + "%)";
      var title = path.querySelector("title"); title.textContent += ": " + plural(n, "place mention");
    });
    var placed = [], missing = 0;
    D.places.forEach(function (p, i) {
      if (typeof p[PLA.latitude] === "number" && typeof p[PLA.longitude] === "number") placed.push(i); else missing++;
    });
    placed.sort(function (a, b) { return D.places[b][PLA.mentions] - D.places[a][PLA.mentions] || a - b; });
    var most = placed.length ? D.places[placed[0]][PLA.mentions] : 1;
    var circles = placed.map(function (i) {
      // area grows with mentions: radius 0.8 to 6 degrees, relative to the most mentioned place
      var p = D.places[i], base = 0.8 + 5.2 * Math.sqrt(p[PLA.mentions] / most);
      var c = sv("circle", { cx: p[PLA.longitude], cy: -p[PLA.latitude], r: Math.min(base, 9) }, [sv("title", {
        text: p[PLA.name] + (p[PLA.country_code] ? " (" + p[PLA.country_code] + ")" : "") + "\n" +
          plural(p[PLA.mentions], "mention") + " in " + plural(p[PLA.docs].length, "article") + "\n" +
          p[PLA.latitude].toFixed(2) + ", " + p[PLA.longitude].toFixed(2) })]);
      c._base = Math.min(base, 9);
      dots.appendChild(sv("a", { href: "#articles/l/" + i }, [c]));
      return c;
    });
    host.querySelector(".map-note").textContent = plural(placed.length, "place") + " with coordinates drawn" +
      (missing ? "; " + plural(missing, "place") + " without coordinates " + (missing === 1 ? "is" : "are") +
        " only in the Places table." : ".");
    // zoom (wheel) and pan (drag) by moving the viewBox; dots keep a readable size
    var vb = [-180, -90, 360, 180], drag = null;
    function set() { svg.setAttribute("viewBox", vb.join(" ")); var k = Math.pow(vb[2] / 360, 0.75);
      circles.forEach(function (c) { c.setAttribute("r", (c._base * k).toFixed(3)); }); }
    function point(ev) { var b = svg.getBoundingClientRect(), s = Math.max(vb[2] / b.width, vb[3] / b.height);
      return [vb[0] + (ev.clientX - b.left - (b.width - vb[2] / s) / 2) * s, vb[1] + (ev.clientY - b.top - (b.height - vb[3] / s) / 2) * s, s]; }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault(); var p = point(ev), f = ev.deltaY < 0 ? 0.8 : 1.25, w = Math.min(360, Math.max(4, vb[2] * f));
      f = w / vb[2]; vb = [p[0] - (p[0] - vb[0]) * f, p[1] - (p[1] - vb[1]) * f, w, vb[3] * f]; set();
    }, { passive: false });
    svg.addEventListener("mousedown", function (ev) { drag = [ev.clientX, ev.clientY, vb.slice(), point(ev)[2]]; });
    window.addEventListener("mousemove", function (ev) { if (!drag) return;
      vb[0] = drag[2][0] - (ev.clientX - drag[0]) * drag[3]; vb[1] = drag[2][1] - (ev.clientY - drag[1]) * drag[3]; set(); });
    window.addEventListener("mouseup", function () { drag = null; });
    svg.addEventListener("dblclick", function () { vb = [-180, -90, 360, 180]; set(); });
  }

  /* ------------------------------------------------------------------------------------ entity tables */
  function articlesLink(route, i, n) { return link("#articles/" + route + "/" + i, plural(n, "article")); }
  function rowsWithIndex(rows) { return rows.map(function (r, i) { return r.concat([i]); }); }
  function people(host) {
    host.appendChild(el("h2", { text: "People" }));
    host.appendChild(el("p", { class: "hint", text: "One row per canonical name across the corpus, with every role " +
      "and other name found for it. Click a column to sort." }));
    var I = D.columns.people.length;
    return table(host, { rows: rowsWithIndex(D.people), sort: [3, -1], columns: [
      { label: "Name", get: function (r) { return r[PER.name]; } },
      { label: "Roles", get: function (r) { return r[PER.roles]; }, wrap: true },
      { label: "Also called", get: function (r) { return r[PER.aliases]; }, wrap: true },
      { label: "Mentions", num: true, get: function (r) { return r[PER.mentions]; } },
      { label: "Articles", num: true, get: function (r) { return r[PER.docs].length; },
        show: function (r) { return articlesLink("p", r[I], r[PER.docs].length); } }] });
  }
  function places(host) {
    host.appendChild(el("h2", { text: "Places" }));
    host.appendChild(el("p", { class: "hint", text: "One row per canonical place (name and country code) across the corpus." }));
    var I = D.columns.places.length;
    var coord = function (k) { return function (r) { return typeof r[k] === "number" ? +r[k].toFixed(4) : null; }; };
    return table(host, { rows: rowsWithIndex(D.places), sort: [5, -1], columns: [
      { label: "Name", get: function (r) { return r[PLA.name]; } },
      { label: "Kind", get: function (r) { return r[PLA.kind]; } },
      { label: "Country", get: function (r) { return r[PLA.country_code]; } },
      { label: "Latitude", num: true, get: coord(PLA.latitude) },
      { label: "Longitude", num: true, get: coord(PLA.longitude) },
      { label: "Mentions", num: true, get: function (r) { return r[PLA.mentions]; } },
      { label: "Articles", num: true, get: function (r) { return r[PLA.docs].length; },
        show: function (r) { return articlesLink("l", r[I], r[PLA.docs].length); } }] });
  }
  function organizations(host) {
    host.appendChild(el("h2", { text: "Organizations" }));
    var I = D.columns.organizations.length;
    return table(host, { rows: rowsWithIndex(D.organizations), sort: [2, -1], columns: [
      { label: "Name", get: function (r) { return r[ORG.name]; } },
      { label: "Also called", get: function (r) { return r[ORG.aliases]; }, wrap: true },
      { label: "Mentions", num: true, get: function (r) { return r[ORG.mentions]; } },
      { label: "Articles", num: true, get: function (r) { return r[ORG.docs].length; },
        show: function (r) { return articlesLink("o", r[I], r[ORG.docs].length); } }] });
  }
  function money(host) {
    host.appendChild(el("h2", { text: "Money" }));
    host.appendChild(el("p", { class: "hint", text: "Every amount as written and as normalized (number and ISO 4217 currency)." }));
    var amount = function (k) { return function (r) { return r[k] === null ? null : Number(r[k]); }; };
    return table(host, { rows: D.money, columns: [
      { label: "Article", get: function (r) { return docTitle(r[MON.doc]); }, show: function (r) { return docLink(r[MON.doc]); } },
      { label: "As written", get: function (r) { return r[MON.text]; } },
      { label: "Amount", num: true, get: amount(MON.amount) },
      { label: "Up to", num: true, get: amount(MON.amount_high) },
      { label: "Currency", get: function (r) { return r[MON.currency]; } },
      { label: "Currency from", get: function (r) { return r[MON.currency_source] || ""; } },
      { label: "Currency assumed", get: function (r) { return r[MON.currency_assumed] ? "yes" : ""; } },
      { label: "Per", get: function (r) { return r[MON.per] || ""; } },
      { label: "Converts", get: function (r) { return r[MON.equivalent_of] || ""; } },
      { label: "Id", get: function (r) { return r[MON.id] || ""; } },
      { label: "Approximate", get: function (r) { return r[MON.approximate] ? "yes" : ""; } }] });
  }
  function errors(host) {
    host.appendChild(el("h2", { text: "Errors of the run" }));
    host.appendChild(el("p", { class: "hint", text: "Inputs that could not be processed (errors.csv); the others were written." }));
    if (!D.errors.length) host.appendChild(el("p", { class: "ok", text: "None: every input was processed." }));
    else table(host, { rows: D.errors, columns: D.columns.errors.map(function (k) {
      return { label: k, num: k === "line", wrap: k === "message", get: function (r) { return r[ERR[k]]; } }; }) });
    host.appendChild(el("h2", { text: "Warnings" }));
    host.appendChild(el("p", { class: "hint", text: "Articles processed with a caveat (records' warnings[])." }));
    if (!D.warnings.length) host.appendChild(el("p", { class: "ok", text: "No warnings." }));
    else table(host, { rows: D.warnings, columns: [
      { label: "Code", get: function (r) { return r[WAR.code]; },
        show: function (r) { return link("#articles//" + r[WAR.code], r[WAR.code], "articles with this warning"); } },
      { label: "Articles", num: true, get: function (r) { return r[WAR.articles]; } },
      { label: "Message (first seen)", wrap: true, get: function (r) { return r[WAR.message]; } }] });
  }

  /* ----------------------------------------------------------------------------------------- articles */
  var articlesTable = null, articlesNote = null, articleRows = null;
  function articles(host) {
    host.appendChild(el("h2", { text: "Articles" }));
    articlesNote = el("p", { class: "filter-note", hidden: true });
    host.appendChild(articlesNote);
    articleRows = D.docs.map(function (d, i) { return d.concat([i]); });
    var I = D.columns.docs.length, cnt = function (k) { return { label: k, num: true, get: function (r) { return r[DOC[k]]; } }; };
    var holder = el("div"); host.appendChild(holder);
    articlesTable = { host: holder, columns: [
      { label: "Title", get: function (r) { return r[DOC.title] || r[DOC.doc_id]; },
        show: function (r) { return link("#a/" + r[I], r[DOC.title] || r[DOC.doc_id]); }, wrap: true },
      { label: "doc_id", get: function (r) { return r[DOC.doc_id]; } },
      { label: "Published", get: function (r) { return r[DOC.published]; } },
      cnt("people"), cnt("places"), cnt("organizations"), cnt("money"), cnt("dates"), cnt("events"),
      { label: "Warnings", get: function (r) { return r[DOC.warnings]; } }] };
  }
  function filterArticles(kind, index) {
    var rows = articleRows, note = "", tables = { p: [D.people, PER, "naming"], l: [D.places, PLA, "naming"],
      o: [D.organizations, ORG, "naming"] };
    var t = tables[kind], query = "";
    if (t && t[0][+index]) {
      var ent = t[0][+index], docs = {};
      ent[t[1].docs].forEach(function (d) { docs[d] = true; });
      rows = articleRows.filter(function (r) { return docs[r[r.length - 1]]; });
      note = plural(rows.length, "article") + " naming " + ent[t[1].name] + ". ";
    } else if (!kind && index) { query = index; }
    articlesNote.hidden = !note; articlesNote.textContent = note;
    if (note) articlesNote.appendChild(link("#articles", "Show all articles"));
    articlesTable.host.textContent = "";
    table(articlesTable.host, { rows: rows, columns: articlesTable.columns, query: query, deep: {
      label: "search the texts too", text: function (r) {
        // the article's words, then the normalized values from the highlights' tooltips
        var block = document.getElementById("a-" + r[r.length - 1]), markup = block ? block.textContent : "";
        var tips = [], m, re = /title="([^"]*)"/g;
        while ((m = re.exec(markup))) tips.push(m[1]);
        return unescapeHtml(markup.replace(/<br>/g, "\n").replace(/<[^>]+>/g, "") + "\n" + tips.join("\n"));
      } } });
  }

  // offsets in records count Unicode code points; the DOM counts UTF-16 units: convert while walking
  function cpLength(s) { var m = s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g); return s.length - (m ? m.length : 0); }
  function unitOffset(s, cp) { var u = 0; for (var i = 0; i < cp && u < s.length; i++) {
    var c = s.charCodeAt(u); u += (c >= 0xD800 && c <= 0xDBFF && u + 1 < s.length) ? 2 : 1; } return u; }
  function markRange(root, s, e, cls) {  // wrap text[s:e] in <span class=hl>, across highlights; return the first
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT), n, pos = 0, parts = [];
    while ((n = walker.nextNode())) {
      if (n.nodeType === 1) { if (n.tagName === "BR") pos += 1; continue; }
      var len = cpLength(n.data), a = Math.max(s, pos), b = Math.min(e, pos + len);
      if (a < b) parts.push([n, unitOffset(n.data, a - pos), unitOffset(n.data, b - pos)]);
      pos += len; if (pos >= e) break;
    }
    var first = null;
    parts.forEach(function (p) {
      var mid = p[0].splitText(p[1]); mid.splitText(p[2] - p[1]);
      var span = el("span", { class: cls || "hl" }); mid.parentNode.replaceChild(span, mid); span.appendChild(mid);
      first = first || span;
    });
    return first;
  }
  function openArticle(i, target) {
    var host = document.getElementById("v-article"), block = document.getElementById("a-" + i);
    host.textContent = "";
    if (!block) { host.appendChild(el("p", { text: "No article " + i + " in this report." })); return; }
    var nav = el("div", { class: "pager" }, [link("#articles", "\u2190 all articles"),
      i > 0 ? link("#a/" + (i - 1), "\u2039 previous") : null, "article " + num(i + 1) + " of " + num(D.docs.length),
      i + 1 < D.docs.length ? link("#a/" + (i + 1), "next \u203a") : null]);
    var body = el("div"); body.innerHTML = block.textContent;
    host.appendChild(nav); host.appendChild(body);
    var text = body.querySelector(".doc-text .entities") || body.querySelector(".doc-text"), spot = null;
    if (target && target.charAt(0) === "@") {  // @START-END[,START-END...]: mark every range, show the first
      target.slice(1).split(",").map(function (r) { return /^(\d+)(?:-(\d+))?$/.exec(r); }).filter(Boolean)
        .sort(function (p, q) { return q[1] - p[1]; }).forEach(function (m) {
          spot = markRange(text, +m[1], m[2] ? +m[2] : +m[1] + 1) || spot; });
    } else if (target) {
      var item = document.getElementById("ev-" + i + "-" + target);
      if (item) {
        var a = item.querySelector("a"); item.classList.add("current");
        spot = markRange(text, +a.getAttribute("data-s"), +a.getAttribute("data-e"));
        if (a.hasAttribute("data-ce")) markRange(text, +a.getAttribute("data-e"), +a.getAttribute("data-ce"), "hl ctx");
      }
    }
    document.documentElement.setAttribute("data-article", String(i));
    return spot;
  }
  // arrow keys page through the articles while one is open
  document.addEventListener("keydown", function (ev) {
    var i = document.documentElement.getAttribute("data-article");
    if (document.getElementById("v-article").hidden || i === null || ev.altKey || ev.ctrlKey || ev.metaKey ||
        /^(INPUT|SELECT|TEXTAREA)$/.test((ev.target && ev.target.tagName) || "")) return;
    var next = ev.key === "ArrowRight" ? +i + 1 : ev.key === "ArrowLeft" ? +i - 1 : -1;
    if (next >= 0 && next < D.docs.length) location.hash = "#a/" + next;
  });

  /* ------------------------------------------------------------------------------------------- routing */
  var VIEWS = { overview: overview, timeline: timeline, map: worldMap, articles: articles, people: people,
    places: places, organizations: organizations, money: money, errors: errors };
  var drawn = {}, handles = {};
  function show(name) {
    document.querySelectorAll("main > .view").forEach(function (v) { v.hidden = v.id !== "v-" + name; });
    document.querySelectorAll("#nav a").forEach(function (a) {
      a.classList.toggle("on", a.getAttribute("data-v") === name || (name === "article" && a.getAttribute("data-v") === "articles"));
    });
  }
  function route() {
    var parts = location.hash.slice(1).split("/").map(function (p) {
      try { return decodeURIComponent(p); } catch (err) { return p; } });
    var name = parts[0] || "overview";
    if (name === "a") {
      show("article");
      var spot = openArticle(+parts[1] || 0, parts[2]);
      if (spot) spot.scrollIntoView({ block: "center" }); else window.scrollTo(0, 0);
      return;
    }
    if (!VIEWS[name]) name = "overview";
    show(name);
    var host = document.getElementById("v-" + name);
    if (!drawn[name]) { handles[name] = VIEWS[name](host); drawn[name] = true; }
    if (name === "articles") filterArticles(parts[1], parts[2]);
    else if (parts[1] && handles[name] && handles[name].setQuery) handles[name].setQuery(parts[1]);
    window.scrollTo(0, 0);
  }
  window.addEventListener("hashchange", route);
  route();
  // for tests and measurements: when the first view was ready, in ms since navigation started
  document.documentElement.setAttribute("data-ready", String(Math.round(performance.now())));
})();
