// roost chat page: keeps the conversation in memory, streams each answer from /v1/chat/completions with fetch
// and a small server-sent-events parser, and keeps the API key and settings in localStorage.
"use strict";

const $ = (id) => document.getElementById(id);
const conversation = []; // {role, content} turns sent with every request
let modelId = null;
let controller = null; // AbortController of the answer being streamed

const stored = { key: "roost.apiKey", system: "roost.systemPrompt", temperature: "roost.temperature" };

function loadSettings() {
  $("api-key").value = localStorage.getItem(stored.key) || "";
  $("system-prompt").value = localStorage.getItem(stored.system) || "";
  const temperature = localStorage.getItem(stored.temperature);
  if (temperature !== null) $("temperature").value = temperature;
  $("temperature-value").textContent = $("temperature").value;
  if ($("api-key").value) $("settings").open = false;
}

function saveSettings() {
  localStorage.setItem(stored.key, $("api-key").value.trim());
  localStorage.setItem(stored.system, $("system-prompt").value);
  localStorage.setItem(stored.temperature, $("temperature").value);
  $("temperature-value").textContent = $("temperature").value;
}

function headers() {
  const h = { "Content-Type": "application/json" };
  const key = $("api-key").value.trim();
  if (key) h["Authorization"] = "Bearer " + key;
  return h;
}

function addMessage(role, text) {
  const div = document.createElement("div");
  div.className = "message " + role;
  div.textContent = text;
  $("log").appendChild(div);
  div.scrollIntoView({ block: "end" });
  return div;
}

async function errorText(response) {
  try {
    const body = await response.json();
    return body.error ? body.error.message : response.statusText;
  } catch (_) {
    return response.status + " " + response.statusText;
  }
}

async function fetchModel() {
  const response = await fetch("/v1/models", { headers: headers() });
  if (!response.ok) throw new Error(await errorText(response));
  const body = await response.json();
  modelId = body.data[0].id;
  $("model").textContent = "model: " + modelId;
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

async function send(text) {
  if (!modelId) await fetchModel();
  conversation.push({ role: "user", content: text });
  addMessage("user", text);
  const answer = addMessage("assistant", "");
  const system = $("system-prompt").value.trim();
  const messages = system ? [{ role: "system", content: system }, ...conversation] : conversation;
  controller = new AbortController();
  const response = await fetch("/v1/chat/completions", {
    method: "POST",
    headers: headers(),
    signal: controller.signal,
    body: JSON.stringify({
      model: modelId,
      messages,
      stream: true,
      stream_options: { include_usage: true },
      temperature: parseFloat($("temperature").value),
      max_tokens: parseInt($("max-tokens").value, 10) || 200,
    }),
  });
  if (!response.ok) {
    conversation.pop();
    answer.remove();
    throw new Error(await errorText(response));
  }
  let finish = null;
  try {
    for await (const chunk of events(response.body)) {
      if (chunk.error) throw new Error(chunk.error.message);
      for (const choice of chunk.choices) {
        if (choice.delta && choice.delta.content) {
          answer.textContent += choice.delta.content;
          answer.scrollIntoView({ block: "end" });
        }
        if (choice.finish_reason) finish = choice.finish_reason;
      }
      if (chunk.usage) $("status").textContent = `${chunk.usage.prompt_tokens} prompt + ${chunk.usage.completion_tokens} completion tokens`;
    }
  } finally {
    conversation.push({ role: "assistant", content: answer.textContent });
    answer.dataset.finish = finish || "aborted";
  }
}

function setBusy(busy) {
  $("send").disabled = busy;
  $("stop").hidden = !busy;
}

$("composer").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("message").value.trim();
  if (!text) return;
  $("message").value = "";
  setBusy(true);
  try {
    await send(text);
  } catch (error) {
    if (error.name !== "AbortError") addMessage("error", error.message);
  } finally {
    controller = null;
    setBusy(false);
  }
});

$("message").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    $("composer").requestSubmit();
  }
});

$("stop").addEventListener("click", () => controller && controller.abort());
$("clear").addEventListener("click", () => {
  conversation.length = 0;
  $("log").replaceChildren();
  $("status").textContent = "";
});
for (const id of ["api-key", "system-prompt", "temperature"]) $(id).addEventListener("input", saveSettings);
$("api-key").addEventListener("change", () => { modelId = null; });

loadSettings();
