// roost's operator console: logs in with an operator token, then shows keys, usage, live figures and moderation
// from /admin/api. The session lives in an HttpOnly cookie; every state-changing call carries the session's CSRF
// token in a header. Everything shown is built with textContent (key names and audit excerpts are user text).
"use strict";

const $ = (id) => document.getElementById(id);
let csrf = "";
let keys = [];
let liveTimer = null;
let lastLive = null;
const liveRates = [];

// ---- DOM and API helpers ----

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (name === "class") node.className = value;
    else if (name === "data") Object.assign(node.dataset, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node[name] = value;
  }
  for (const child of children) if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

class ApiError extends Error {}

async function api(path, options = {}) {
  const init = { method: options.method || "GET", credentials: "same-origin", headers: {} };
  if (init.method !== "GET") init.headers["x-csrf-token"] = csrf;
  if (options.body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(options.body);
  }
  const response = await fetch(path, init);
  const body = await response.json().catch(() => ({}));
  if (response.status === 401 && path !== "/admin/api/login") showLogin();
  if (!response.ok) throw new ApiError((body.error && body.error.message) || response.statusText);
  return body;
}

const number = (n) => Math.round(n).toLocaleString("en-US");
const utc = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 16).replace("T", " ");

// ---- log in and out ----

function showLogin() {
  clearInterval(liveTimer);
  $("console").hidden = true;
  $("login-view").hidden = false;
  $("operator-token").focus();
}

async function start(session) {
  csrf = session.csrf_token;
  $("who").textContent = `${session.operator} · model ${session.model}` + (session.auth ? "" : " · auth off");
  $("login-view").hidden = true;
  $("console").hidden = false;
  await loadKeys();
  showTab(location.hash.slice(1) || "keys");
}

$("login").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("login-error").hidden = true;
  try {
    const session = await api("/admin/api/login", { method: "POST", body: { token: $("operator-token").value } });
    $("operator-token").value = "";
    await start(session);
  } catch (error) {
    $("login-error").textContent = error.message;
    $("login-error").hidden = false;
  }
});

$("logout").addEventListener("click", async () => {
  await api("/admin/api/logout", { method: "POST" }).catch(() => {});
  csrf = "";
  showLogin();
});

// ---- tabs ----

function showTab(name) {
  if (!$("tab-" + name)) name = "keys";
  for (const tab of document.querySelectorAll(".tab")) tab.hidden = tab.id !== "tab-" + name;
  for (const b of document.querySelectorAll("#tabs button")) b.setAttribute("aria-selected", b.dataset.tab === name);
  history.replaceState(null, "", "#" + name);
  clearInterval(liveTimer);
  if (name === "keys") loadKeys();
  if (name === "usage") loadUsage();
  if (name === "live") { lastLive = null; loadLive(); liveTimer = setInterval(loadLive, 2000); }
  if (name === "moderation") loadModeration();
}

for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));

// ---- keys ----

function limitInput(value, fallback, name) {
  return el("input", { type: "number", min: 1, value: value ?? "", placeholder: `default ${fallback}`, name });
}

async function loadKeys() {
  keys = await api("/admin/api/keys");
  const rows = keys.map((key) => {
    const rpm = limitInput(key.requests_per_minute, key.default_requests_per_minute, "rpm");
    const tpm = limitInput(key.tokens_per_minute, key.default_tokens_per_minute, "tpm");
    const actions = el("td");
    if (!key.revoked) {
      actions.append(
        el("button", { type: "button", class: "save", textContent: "Save limits", onclick: () => saveLimits(key, rpm, tpm) }),
        " ",
        el("button", { type: "button", class: "revoke", textContent: "Revoke", onclick: () => revokeKey(key) }),
      );
    }
    return el("tr", { data: { keyId: key.id } },
      el("td", { class: "num" }, key.id), el("td", { class: "name" }, key.name), el("td", {}, el("code", {}, key.prefix)),
      el("td", {}, utc(key.created)),
      el("td", { class: key.revoked ? "status-revoked" : "status-active" }, key.revoked ? "revoked " + utc(key.revoked) : "active"),
      el("td", { class: "num requests" }, number(key.requests)), el("td", { class: "num tokens" }, number(key.total_tokens)),
      el("td", {}, key.revoked ? "" : rpm), el("td", {}, key.revoked ? "" : tpm), actions);
  });
  $("keys-table").tBodies[0].replaceChildren(...rows);
  const options = [el("option", { value: "", textContent: "no key" })];
  const filters = [el("option", { value: "", textContent: "any" })];
  for (const key of keys) {
    options.push(el("option", { value: key.id, textContent: `${key.id}: ${key.name}` }));
    filters.push(el("option", { value: key.id, textContent: `${key.id}: ${key.name}` }));
  }
  const keep = [$("policy-key").value, $("audit-key").value];
  $("policy-key").replaceChildren(...options);
  $("audit-key").replaceChildren(...filters);
  [$("policy-key").value, $("audit-key").value] = keep;
}

$("key-create").addEventListener("submit", async (event) => {
  event.preventDefault();
  const body = { name: $("key-name").value.trim() };
  if ($("key-rpm").value) body.requests_per_minute = parseInt($("key-rpm").value, 10);
  if ($("key-tpm").value) body.tokens_per_minute = parseInt($("key-tpm").value, 10);
  try {
    const created = await api("/admin/api/keys", { method: "POST", body });
    $("new-key-name").textContent = created.key.name;
    $("new-key-secret").textContent = created.secret;
    $("new-key").hidden = false;
    $("key-create").reset();
    await loadKeys();
  } catch (error) {
    alert(error.message);
  }
});
$("new-key-copy").addEventListener("click", () => navigator.clipboard?.writeText($("new-key-secret").textContent));
$("new-key-done").addEventListener("click", () => {
  $("new-key-secret").textContent = "";
  $("new-key").hidden = true;
});

async function saveLimits(key, rpm, tpm) {
  const value = (input) => (input.value ? parseInt(input.value, 10) : null);
  try {
    await api(`/admin/api/keys/${key.id}/limits`, { method: "POST", body: { requests_per_minute: value(rpm), tokens_per_minute: value(tpm) } });
    await loadKeys();
  } catch (error) {
    alert(error.message);
  }
}

async function revokeKey(key) {
  if (!confirm(`Revoke key ${key.id} (${key.name})? Programs using it stop working at once.`)) return;
  await api(`/admin/api/keys/${key.id}/revoke`, { method: "POST" });
  await loadKeys();
}

// ---- usage ----

function barChart(container, pairs, unit) {
  const width = 360, rowHeight = 22, labelWidth = 110;
  const max = Math.max(1, ...pairs.map(([, value]) => value));
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${Math.max(1, pairs.length) * rowHeight + 4}`, role: "img" });
  pairs.forEach(([label, value], i) => {
    const y = i * rowHeight + 2;
    const bar = svg("rect", { class: "bar", x: labelWidth, y: y + 3, height: rowHeight - 8, width: Math.max(1, ((width - labelWidth - 60) * value) / max), rx: 2 });
    bar.appendChild(svg("title", {}, `${label}: ${number(value)} ${unit}`));
    chart.append(
      svg("text", { x: 0, y: y + rowHeight / 2 + 3 }, String(label).slice(0, 16)),
      bar,
      svg("text", { x: labelWidth + ((width - labelWidth - 60) * value) / max + 4, y: y + rowHeight / 2 + 3 }, number(value)),
    );
  });
  if (!pairs.length) chart.appendChild(svg("text", { x: 0, y: 14 }, "nothing yet"));
  container.replaceChildren(chart);
}

function totals(rows, keyOf) {
  const sums = new Map();
  for (const row of rows) sums.set(keyOf(row), (sums.get(keyOf(row)) || 0) + row.total_tokens);
  return [...sums.entries()];
}

async function loadUsage() {
  const days = $("usage-days").value;
  $("usage-csv").href = "/admin/api/usage.csv" + (days ? "?days=" + days : "");
  const usage = await api("/admin/api/usage" + (days ? "?days=" + days : ""));
  const rows = usage.rows;
  barChart($("chart-day"), totals(rows, (r) => r.day), "tokens");
  barChart($("chart-key"), totals(rows, (r) => `${r.key_id}: ${r.key_name}`), "tokens");
  barChart($("chart-model"), totals(rows, (r) => r.model), "tokens");
  $("usage-table").tBodies[0].replaceChildren(...rows.map((r) => el("tr", { data: { keyId: r.key_id, day: r.day } },
    el("td", {}, r.day), el("td", {}, `${r.key_id}: ${r.key_name}`), el("td", {}, r.model),
    el("td", { class: "num requests" }, r.requests), el("td", { class: "num prompt" }, r.prompt_tokens),
    el("td", { class: "num completion" }, r.completion_tokens), el("td", { class: "num total" }, r.total_tokens))));
  const sum = (field) => rows.reduce((a, r) => a + r[field], 0);
  $("usage-table").tFoot.replaceChildren(el("tr", {}, el("td", {}, "all"), el("td"), el("td"),
    el("td", { class: "num" }, sum("requests")), el("td", { class: "num" }, sum("prompt_tokens")),
    el("td", { class: "num" }, sum("completion_tokens")), el("td", { class: "num" }, sum("total_tokens"))));
}

$("usage-days").addEventListener("change", loadUsage);

// ---- live ----

function card(id, label, value) {
  return el("div", { class: "card", id: "live-" + id }, el("div", { class: "value" }, value), el("div", { class: "label" }, label));
}

async function loadLive() {
  let live;
  try {
    live = await api("/admin/api/live");
  } catch (_) {
    return;
  }
  let rate = 0;
  if (lastLive && live.time > lastLive.time) rate = (live.completion_tokens - lastLive.completion_tokens) / (live.time - lastLive.time);
  if (lastLive) { liveRates.push(rate); if (liveRates.length > 60) liveRates.shift(); }
  lastLive = live;
  const ttft = live.ttft_count ? (1000 * live.ttft_sum) / live.ttft_count : null;
  const perStream = live.itl_sum ? live.itl_count / live.itl_sum : null;
  $("live-cards").replaceChildren(
    card("running", "requests running", live.running),
    card("queued", "requests queued", live.queued),
    card("rate", "tokens/s generated now", rate.toFixed(1)),
    card("ttft", "mean time to first token", ttft === null ? "–" : `${ttft.toFixed(0)} ms`),
    card("stream", "tokens/s per stream", perStream === null ? "–" : perStream.toFixed(1)),
    card("cache", "KV cache in use", `${(100 * live.cache_usage).toFixed(1)}%`),
    card("requests", "completion requests answered", number(live.requests)),
    card("prompt", "prompt tokens", number(live.prompt_tokens)),
    card("completion", "completion tokens", number(live.completion_tokens)),
  );
  const width = 360, height = 80, max = Math.max(1, ...liveRates);
  const points = liveRates.map((r, i) => `${(i * width) / 59},${height - 4 - ((height - 8) * r) / max}`).join(" ");
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img" });
  chart.append(svg("polyline", { points }), svg("text", { x: 2, y: 12 }, `max ${max.toFixed(1)} tokens/s`));
  $("chart-live").replaceChildren(chart);
}

// ---- moderation ----

async function loadModeration() {
  const policy = await api("/admin/api/policy");
  $("policy-name").textContent = `${policy.name} (${policy.source})`;
  $("policy").replaceChildren(...policy.categories.map((c) => el("div", { class: "category" },
    el("div", {}, el("strong", {}, c.name), " ", el("span", { class: "action-" + c.action }, c.action), ` on ${c.applies_to}`),
    c.description ? el("div", { class: "muted" }, c.description) : null,
    ...c.detectors.map((d) => el("div", { class: "entries" }, `${d.name} (${d.kind}${d.threshold ? ", threshold " + d.threshold : ""}): `,
      d.entries.join(" · "))))));
  const chosen = $("audit-category").value;
  $("audit-category").replaceChildren(el("option", { value: "", textContent: "any" }),
    ...policy.categories.map((c) => el("option", { value: c.name, textContent: c.name })));
  $("audit-category").value = chosen;
  await loadAudit();
}

async function loadAudit() {
  const params = new URLSearchParams();
  for (const [name, id] of [["action", "audit-action"], ["stage", "audit-stage"], ["category", "audit-category"], ["key_id", "audit-key"]]) {
    if ($(id).value) params.set(name, $(id).value);
  }
  const rows = await api("/admin/api/audit?" + params);
  $("audit-table").tBodies[0].replaceChildren(...rows.map((r) => el("tr", {},
    el("td", {}, utc(r.time)), el("td", { class: "action-" + r.action }, r.action), el("td", {}, r.stage),
    el("td", {}, `${r.key_id}: ${r.key_name}`), el("td", {}, r.rule), el("td", { class: "excerpt" }, r.excerpt),
    el("td", {}, el("code", {}, r.request_id.slice(-12))))));
  if (!rows.length) $("audit-table").tBodies[0].append(el("tr", {}, el("td", { colSpan: 7, class: "muted" }, "no flags or blocks")));
}

$("audit-filters").addEventListener("change", loadAudit);

$("policy-test").addEventListener("submit", async (event) => {
  event.preventDefault();
  const body = { text: $("policy-text").value, stage: $("policy-stage").value || null };
  if ($("policy-key").value) body.key_id = parseInt($("policy-key").value, 10);
  const result = await api("/admin/api/policy/test", { method: "POST", body });
  const hits = result.hits.map((h) => el("div", { class: "hit " + h.action },
    el("div", {}, el("strong", { class: "rule" }, h.rule), " → ", el("span", { class: "action-" + h.action }, h.action)),
    el("div", { class: "reason" }, h.reason), el("div", { class: "muted" }, h.excerpt)));
  $("policy-result").replaceChildren(
    el("div", { class: "verdict", id: "policy-verdict" }, `verdict: ${result.action}` + (result.refusal ? ` (answer: ${result.refusal})` : "")),
    ...(hits.length ? hits : [el("div", { class: "muted" }, "no rule fires")]));
});

// ---- theme, and start ----

function applyTheme(theme) {
  if (theme === "auto") document.documentElement.removeAttribute("data-theme");
  else document.documentElement.dataset.theme = theme;
  $("theme").textContent = "theme: " + theme;
  localStorage.setItem("roost.theme", theme);
}
$("theme").addEventListener("click", () => {
  const order = ["auto", "light", "dark"];
  applyTheme(order[(order.indexOf(localStorage.getItem("roost.theme") || "auto") + 1) % order.length]);
});
applyTheme(localStorage.getItem("roost.theme") || "auto");

api("/admin/api/session").then(start, showLogin);
