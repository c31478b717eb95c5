// roost's Markdown renderer for chat answers: a small subset (paragraphs, headings, lists, quotes, fenced code,
// tables, rules, code spans, bold, italic, strikethrough, links) turned straight into DOM nodes.
//
// Safe by construction: text only ever reaches the page through createTextNode/textContent, never innerHTML, so
// raw HTML in a model's answer or a pasted message shows as the characters it is. The only attribute taken from
// the text is a link's href, and only for http(s) and mailto URLs; everything else (javascript:, data:, ...)
// stays plain text. Images are never loaded: `![alt](url)` becomes a link, so no answer can fetch remote content.
"use strict";

const Markdown = (() => {
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function safeUrl(raw) {
    try {
      const url = new URL(raw, window.location.href);
      return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
    } catch (_) {
      return null;
    }
  }

  function link(text, href, fallback) {
    const url = safeUrl(href);
    if (!url) return document.createTextNode(fallback);
    const a = el("a");
    a.href = url;
    a.rel = "noopener noreferrer nofollow";
    a.target = "_blank";
    inline(text, a);
    return a;
  }

  // Inline spans, earliest match first; ties go to the pattern listed first.
  const SPANS = [
    { re: /`([^`\n]+)`/, make: (m) => el("code", "", m[1]) },
    { re: /!\[([^\]\n]*)\]\(([^)\s]+)\)/, make: (m) => link("image: " + (m[1] || m[2]), m[2], m[0]) },
    { re: /\[([^\]\n]+)\]\(([^)\s]+)\)/, make: (m) => link(m[1], m[2], m[0]) },
    { re: /\bhttps?:\/\/[^\s<>()"']*[^\s<>()"'.,;:!?]/, make: (m) => link(m[0], m[0], m[0]) },
    { re: /\*\*(\S(?:[^*]*\S)?)\*\*|(?<!\w)__(\S(?:[^_]*\S)?)__(?!\w)/, make: (m) => wrap("strong", m[1] || m[2]) },
    { re: /~~(\S(?:[^~]*\S)?)~~/, make: (m) => wrap("del", m[1]) },
    { re: /\*(\S(?:[^*]*\S)?)\*|(?<![\w])_(\S(?:[^_]*\S)?)_(?![\w])/, make: (m) => wrap("em", m[1] || m[2]) },
  ];

  function wrap(tag, text) {
    const node = el(tag);
    inline(text, node);
    return node;
  }

  function inline(text, parent) {
    while (text) {
      let best = null;
      for (const span of SPANS) {
        const match = span.re.exec(text);
        if (match && (!best || match.index < best.match.index)) best = { span, match };
      }
      if (!best) {
        parent.appendChild(document.createTextNode(text));
        return parent;
      }
      if (best.match.index > 0) parent.appendChild(document.createTextNode(text.slice(0, best.match.index)));
      parent.appendChild(best.span.make(best.match));
      text = text.slice(best.match.index + best.match[0].length);
    }
    return parent;
  }

  // Text with single newlines kept as line breaks (chat answers are written that way).
  function lines(text, parent) {
    text.split("\n").forEach((line, i) => {
      if (i) parent.appendChild(el("br"));
      inline(line, parent);
    });
    return parent;
  }

  function codeBlock(code, lang) {
    const box = el("div", "code");
    const pre = el("pre");
    pre.appendChild(el("code", "", code));
    if (lang) box.appendChild(el("span", "lang", lang));
    const copy = el("button", "copy-code", "Copy");
    copy.type = "button";
    copy.addEventListener("click", () => copyText(code, copy));
    box.append(pre, copy);
    return box;
  }

  const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([\w+#.-]*)/;
  const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
  const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
  const BULLET = /^\s{0,3}([-*+])\s+(.*)$/;
  const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
  const QUOTE = /^\s{0,3}>\s?(.*)$/;
  const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

  function cells(line) {
    return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
  }

  function blocks(text, parent) {
    const all = text.replace(/\r\n?/g, "\n").split("\n");
    let i = 0;
    const startsBlock = (line) =>
      FENCE.test(line) || HEADING.test(line) || RULE.test(line) || BULLET.test(line) || NUMBERED.test(line) || QUOTE.test(line);
    while (i < all.length) {
      const line = all[i];
      let m;
      if (!line.trim()) {
        i++;
      } else if ((m = FENCE.exec(line))) {
        const fence = m[1];
        const body = [];
        i++;
        while (i < all.length && !all[i].trim().startsWith(fence)) body.push(all[i++]);
        i++; // the closing fence (or the end, while an answer is still streaming)
        parent.appendChild(codeBlock(body.join("\n"), m[2]));
      } else if ((m = HEADING.exec(line))) {
        parent.appendChild(inline(m[2], el("h" + m[1].length)));
        i++;
      } else if (RULE.test(line)) {
        parent.appendChild(el("hr"));
        i++;
      } else if (QUOTE.test(line)) {
        const body = [];
        while (i < all.length && (m = QUOTE.exec(all[i]))) { body.push(m[1]); i++; }
        parent.appendChild(blocks(body.join("\n"), el("blockquote")));
      } else if (BULLET.test(line) || NUMBERED.test(line)) {
        const pattern = BULLET.test(line) ? BULLET : NUMBERED;
        const list = el(pattern === BULLET ? "ul" : "ol");
        if (pattern === NUMBERED && +NUMBERED.exec(line)[1] !== 1) list.start = +NUMBERED.exec(line)[1];
        while (i < all.length && (m = pattern.exec(all[i]))) {
          const item = [m[2]];
          i++;
          while (i < all.length && /^\s{2,}\S/.test(all[i]) && !pattern.test(all[i])) item.push(all[i++].trim());
          list.appendChild(lines(item.join("\n"), el("li")));
        }
        parent.appendChild(list);
      } else if (line.includes("|") && i + 1 < all.length && TABLE_SEPARATOR.test(all[i + 1])) {
        const table = el("table");
        const head = el("tr");
        for (const cell of cells(line)) head.appendChild(inline(cell, el("th")));
        table.appendChild(el("thead")).appendChild(head);
        const body = table.appendChild(el("tbody"));
        i += 2;
        while (i < all.length && all[i].includes("|") && all[i].trim()) {
          const row = el("tr");
          for (const cell of cells(all[i])) row.appendChild(inline(cell, el("td")));
          body.appendChild(row);
          i++;
        }
        parent.appendChild(table);
      } else {
        const body = [];
        while (i < all.length && all[i].trim() && !(body.length && startsBlock(all[i]))) body.push(all[i++]);
        parent.appendChild(lines(body.join("\n"), el("p")));
      }
    }
    return parent;
  }

  function copyText(text, button) {
    const done = () => {
      const label = button.textContent;
      button.textContent = "Copied";
      setTimeout(() => { button.textContent = label; }, 1200);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, () => fallbackCopy(text, done));
    } else {
      fallbackCopy(text, done);
    }
  }

  function fallbackCopy(text, done) {
    const area = el("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); done(); } catch (_) { /* nothing more to try */ }
    area.remove();
  }

  // The rendered answer as a fragment of safe DOM nodes.
  function render(text) {
    return blocks(text, document.createDocumentFragment());
  }

  return { render, copyText, safeUrl };
})();
