// roost's chat page: conversations kept in this browser (localStorage), answers streamed from /v1/chat/completions
// with fetch and a small server-sent-events reader, rendered as Markdown by markdown.js (DOM nodes, no HTML).
// The API key is kept only where the user chose: this tab (sessionStorage), this browser (localStorage) or nowhere.
"use strict";

const $ = (id) => document.getElementById(id);
const STORE = {
  conversations: "roost.conversations", current: "roost.current", key: "roost.apiKey", keyStorage: "roost.keyStorage",
  system: "roost.systemPrompt", temperature: "roost.temperature", maxTokens: "roost.maxTokens", model: "roost.model",
  theme: "roost.theme",
};

let conversations = []; // [{id, title, updated, messages: [{role, content, model?, stats?, finish?}]}]
let current = null; // the conversation shown
let models = []; // ids from /v1/models
let controller = null; // AbortController of the answer being streamed
let busy = false;

// ---- storage ----

function readJSON(key, fallback) {
  try {
    const value = JSON.parse(localStorage.getItem(key));
    return value === null ? fallback : value;
  } catch (_) {
    return fallback;
  }
}

function saveConversations() {
  try {
    localStorage.setItem(STORE.conversations, JSON.stringify(conversations));
    if (current) localStorage.setItem(STORE.current, current.id);
  } catch (_) {
    setStatus("this browser's storage is full: older conversations are not saved");
  }
}

function keyStorage() {
  return localStorage.getItem(STORE.keyStorage) || "session";
}

function loadKey() {
  const where = keyStorage();
  $("key-storage").value = where;
  if (where === "local") return localStorage.getItem(STORE.key) || "";
  if (where === "session") return sessionStorage.getItem(STORE.key) || "";
  return "";
}

function storeKey() {
  const where = $("key-storage").value;
  const key = $("api-key").value.trim();
  localStorage.setItem(STORE.keyStorage, where);
  localStorage.removeItem(STORE.key);
  sessionStorage.removeItem(STORE.key);
  if (key && where === "local") localStorage.setItem(STORE.key, key);
  if (key && where === "session") sessionStorage.setItem(STORE.key, key);
}

function loadSettings() {
  $("api-key").value = loadKey();
  $("system-prompt").value = localStorage.getItem(STORE.system) || "";
  const temperature = localStorage.getItem(STORE.temperature);
  if (temperature !== null) $("temperature").value = temperature;
  $("temperature-value").textContent = $("temperature").value;
  const maxTokens = localStorage.getItem(STORE.maxTokens);
  if (maxTokens !== null) $("max-tokens").value = maxTokens;
  if ($("api-key").value) $("settings").open = false;
  applyTheme(localStorage.getItem(STORE.theme) || "auto");
}

function saveSettings() {
  localStorage.setItem(STORE.system, $("system-prompt").value);
  localStorage.setItem(STORE.temperature, $("temperature").value);
  localStorage.setItem(STORE.maxTokens, $("max-tokens").value);
  $("temperature-value").textContent = $("temperature").value;
}

function applyTheme(theme) {
  if (theme === "auto") document.documentElement.removeAttribute("data-theme");
  else document.documentElement.dataset.theme = theme;
  $("theme").textContent = "theme: " + theme;
  localStorage.setItem(STORE.theme, theme);
}

// ---- conversations ----

function newConversation() {
  current = { id: Date.now().toString(36) + Math.random().toString(36).slice(2, 6), title: "New chat", updated: Date.now(), messages: [] };
  conversations.unshift(current);
  saveConversations();
  renderAll();
}

function openConversation(id) {
  if (busy) return;
  current = conversations.find((c) => c.id === id) || current;
  saveConversations();
  renderAll();
}

function deleteConversation(id) {
  if (busy && current && current.id === id) return;
  conversations = conversations.filter((c) => c.id !== id);
  if (!current || current.id === id) current = conversations[0] || null;
  if (!current) return newConversation();
  saveConversations();
  renderAll();
}

function touch() {
  current.updated = Date.now();
  const first = current.messages.find((m) => m.role === "user");
  if (first) current.title = first.content.replace(/\s+/g, " ").slice(0, 48);
  conversations = [current, ...conversations.filter((c) => c !== current)];
  saveConversations();
  renderList();
}

function renderList() {
  const nav = $("conversations");
  nav.replaceChildren();
  for (const conversation of conversations) {
    const row = document.createElement("div");
    row.className = "conversation" + (conversation === current ? " current" : "");
    const open = document.createElement("button");
    open.type = "button";
    open.className = "open";
    open.textContent = conversation.title || "New chat";
    open.title = conversation.title || "";
    open.addEventListener("click", () => openConversation(conversation.id));
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "link";
    remove.textContent = "✕";
    remove.title = "Delete this conversation";
    remove.addEventListener("click", () => deleteConversation(conversation.id));
    row.append(open, remove);
    nav.appendChild(row);
  }
}

// ---- messages ----

function button(label, title, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "link";
  b.textContent = label;
  b.title = title;
  b.addEventListener("click", onClick);
  return b;
}

function statsText(message) {
  const parts = [];
  if (message.model) parts.push(message.model);
  const s = message.stats;
  if (s && s.completion_tokens !== undefined) parts.push(`${s.prompt_tokens} prompt + ${s.completion_tokens} completion tokens`);
  if (s && s.tokens_per_second) parts.push(`${s.tokens_per_second.toFixed(1)} tokens/s`);
  if (s && s.ttft_ms !== undefined) parts.push(`first token ${Math.round(s.ttft_ms)} ms`);
  if (message.finish && message.finish !== "stop") parts.push(message.finish === "length" ? "cut at max tokens" : message.finish);
  return parts.join(" · ");
}

// One message's element; `index` is its place in current.messages.
function messageElement(message, index) {
  const div = document.createElement("div");
  div.className = "message " + message.role;
  const body = document.createElement("div");
  body.className = "body";
  const meta = document.createElement("div");
  meta.className = "meta";
  div.append(body, meta);
  if (message.role === "assistant") {
    body.classList.add("md");
    body.appendChild(Markdown.render(message.content));
    if (message.finish) div.dataset.finish = message.finish;
    const stats = document.createElement("span");
    stats.className = "stats";
    stats.textContent = statsText(message);
    meta.appendChild(stats);
    meta.appendChild(button("Copy", "Copy this answer", (e) => Markdown.copyText(message.content, e.target)));
    if (index === current.messages.length - 1) meta.appendChild(button("Regenerate", "Answer again", regenerate));
  } else {
    body.textContent = message.content; // a user's own text is shown exactly as typed
    meta.appendChild(button("Copy", "Copy this message", (e) => Markdown.copyText(message.content, e.target)));
    meta.appendChild(button("Edit", "Edit and send again", () => editMessage(div, index)));
  }
  return div;
}

function renderAll() {
  renderList();
  const log = $("log");
  log.replaceChildren();
  if (!current.messages.length) {
    const empty = document.createElement("p");
    empty.className = "empty";
    empty.textContent = "Ask anything. Answers stream in as they are written.";
    log.appendChild(empty);
  }
  current.messages.forEach((message, index) => log.appendChild(messageElement(message, index)));
  log.scrollTop = log.scrollHeight;
}

function showError(text) {
  const div = document.createElement("div");
  div.className = "message error";
  const body = document.createElement("div");
  body.className = "body";
  body.textContent = text;
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.appendChild(button("Retry", "Send the conversation again", regenerate));
  div.append(body, meta);
  $("log").appendChild(div);
  div.scrollIntoView({ block: "end" });
}

function editMessage(div, index) {
  if (busy) return;
  const message = current.messages[index];
  const area = document.createElement("textarea");
  area.value = message.content;
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.appendChild(button("Save & send", "Replace this message and answer again from here", () => {
    const text = area.value.trim();
    if (!text) return;
    current.messages = current.messages.slice(0, index);
    current.messages.push({ role: "user", content: text });
    touch();
    renderAll();
    answer();
  }));
  meta.appendChild(button("Cancel", "Keep the message as it was", renderAll));
  div.querySelector(".body").replaceChildren(area);
  div.querySelector(".meta").replaceWith(meta);
  area.focus();
}

function regenerate() {
  if (busy) return;
  while (current.messages.length && current.messages[current.messages.length - 1].role === "assistant") current.messages.pop();
  if (!current.messages.length) return;
  touch();
  renderAll();
  answer();
}

// ---- the API ----

function headers() {
  const h = { "Content-Type": "application/json" };
  const key = $("api-key").value.trim();
  if (key) h["Authorization"] = "Bearer " + key;
  return h;
}

async function errorText(response) {
  let message = response.statusText;
  try {
    const body = await response.json();
    if (body.error && body.error.message) message = body.error.message;
  } catch (_) { /* not JSON */ }
  const hint = response.status === 401 ? " Check the API key in Settings." : "";
  return `${response.status}: ${message}${hint}`;
}

async function fetchModels() {
  const response = await fetch("/v1/models", { headers: headers() });
  if (!response.ok) throw new Error(await errorText(response));
  models = (await response.json()).data.map((m) => m.id);
  const picker = $("model-picker");
  const chosen = localStorage.getItem(STORE.model);
  picker.replaceChildren(...models.map((id) => new Option(id, id, false, id === chosen)));
  picker.hidden = models.length < 2;
  $("model").textContent = models.length === 1 ? "model: " + models[0] : "model:";
}

function chosenModel() {
  return models.length > 1 ? $("model-picker").value : models[0];
}

// Yields the parsed JSON of each `data:` event of an SSE body until `data: [DONE]`.
async function* events(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event.split("\n").filter((l) => l.startsWith("data:")).map((l) => l.slice(5).trim()).join("\n");
      if (!data) continue;
      if (data === "[DONE]") return;
      yield JSON.parse(data);
    }
  }
}

function setBusy(value) {
  busy = value;
  $("send").disabled = value;
  $("stop").hidden = !value;
}

function setStatus(text) {
  $("status").textContent = text;
}

// Streams an answer to the current conversation (which ends with the user's turn) into a new assistant message.
async function answer() {
  const conversation = current;
  setBusy(true);
  setStatus("");
  let message = null;
  let element = null;
  try {
    if (!models.length) await fetchModels();
    const system = $("system-prompt").value.trim();
    const turns = conversation.messages.map((m) => ({ role: m.role, content: m.content }));
    const messages = system ? [{ role: "system", content: system }, ...turns] : turns;
    const model = chosenModel();
    controller = new AbortController();
    const started = performance.now();
    const response = await fetch("/v1/chat/completions", {
      method: "POST",
      headers: headers(),
      signal: controller.signal,
      body: JSON.stringify({
        model, messages, stream: true, stream_options: { include_usage: true },
        temperature: parseFloat($("temperature").value), max_tokens: parseInt($("max-tokens").value, 10) || 256,
      }),
    });
    if (!response.ok) throw new Error(await errorText(response));
    message = { role: "assistant", content: "", model, stats: {} };
    conversation.messages.push(message);
    if (conversation === current) {
      $("log").querySelector(".empty")?.remove();
      element = $("log").appendChild(messageElement(message, conversation.messages.length - 1));
    }
    let firstToken = null;
    let pending = false;
    const redraw = () => {
      pending = false;
      if (!element || conversation !== current) return;
      element.querySelector(".body").replaceChildren(Markdown.render(message.content));
      element.scrollIntoView({ block: "end" });
    };
    try {
      for await (const chunk of events(response.body)) {
        if (chunk.error) throw new Error(chunk.error.message);
        for (const choice of chunk.choices || []) {
          if (choice.delta && choice.delta.content) {
            if (firstToken === null) {
              firstToken = performance.now();
              message.stats.ttft_ms = firstToken - started;
            }
            message.content += choice.delta.content;
            if (!pending) { pending = true; requestAnimationFrame(redraw); }
          }
          if (choice.finish_reason) message.finish = choice.finish_reason;
        }
        if (chunk.usage) {
          message.stats.prompt_tokens = chunk.usage.prompt_tokens;
          message.stats.completion_tokens = chunk.usage.completion_tokens;
        }
      }
    } finally {
      // over the whole request, first token included: the server sends text in moderated bursts, so the time
      // between the first and last chunk says little about generation speed
      const seconds = (performance.now() - started) / 1000;
      if (message.stats.completion_tokens > 0 && seconds > 0) {
        message.stats.tokens_per_second = message.stats.completion_tokens / seconds;
      }
      message.finish = message.finish || "stopped";
    }
  } catch (error) {
    if (message && !message.finish) message.finish = "stopped";
    if (error.name !== "AbortError" && conversation === current) showError(error.message);
  } finally {
    controller = null;
    setBusy(false);
    if (message) {
      conversation.updated = Date.now();
      saveConversations();
      if (conversation === current) {
        const errors = [...$("log").querySelectorAll(".message.error")];
        renderAll();
        for (const e of errors) $("log").appendChild(e);
      }
      if (message.stats.completion_tokens !== undefined) setStatus(statsText(message));
    }
  }
}

function sendMessage() {
  const text = $("message").value.trim();
  if (!text || busy) return;
  $("message").value = "";
  current.messages.push({ role: "user", content: text });
  touch();
  renderAll();
  answer();
}

// ---- wiring ----

$("composer").addEventListener("submit", (event) => {
  event.preventDefault();
  sendMessage();
});
$("message").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    sendMessage();
  }
});
$("stop").addEventListener("click", () => controller && controller.abort());
$("new-chat").addEventListener("click", () => { if (!busy) newConversation(); });
$("menu").addEventListener("click", () => $("app").classList.toggle("menu"));
$("theme").addEventListener("click", () => {
  const order = ["auto", "light", "dark"];
  applyTheme(order[(order.indexOf(localStorage.getItem(STORE.theme) || "auto") + 1) % order.length]);
});
for (const id of ["system-prompt", "temperature", "max-tokens"]) $(id).addEventListener("input", saveSettings);
$("api-key").addEventListener("input", storeKey);
$("key-storage").addEventListener("change", storeKey);
$("api-key").addEventListener("change", () => { models = []; fetchModels().catch(() => {}); });
$("model-picker").addEventListener("change", () => localStorage.setItem(STORE.model, $("model-picker").value));

loadSettings();
conversations = readJSON(STORE.conversations, []).filter((c) => c && Array.isArray(c.messages));
current = conversations.find((c) => c.id === localStorage.getItem(STORE.current)) || conversations[0] || null;
if (current) renderAll();
else newConversation();
fetchModels().catch(() => {}); // shows the model (or the picker) once a key is set; errors show when sending
