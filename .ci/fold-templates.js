// Folds the white space out of Lit's html`…` and css`…` templates in our source before bundling: no JavaScript
// minifier touches template text. HTML keeps one space wherever it had some (so inline text renders the same); CSS
// loses comments and the spaces around punctuation. Expressions `${…}`, with any templates nested in them, are kept
// as written, and folded in turn.

/** Returns [folded text, index after the closing backtick] for the template whose body starts at `start`. */
function template(code, start, kind) {
  let out = '';
  let text = '';
  let i = start;
  const flush = () => {
    out += kind === 'css' ? foldCss(text) : text.replace(/\s+/g, ' ');
    text = '';
  };
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      flush();
      return [out, i + 1];
    } else if (char === '$' && code[i + 1] === '{') {
      flush();
      const [expression, end] = expressionAt(code, i + 2);
      out += `\${${expression}}`;
      i = end;
    } else {
      text += char;
      i += 1;
    }
  }
  throw new Error('unterminated template literal');
}

/** Returns [folded expression, index after its closing brace]. */
function expressionAt(code, start) {
  let depth = 0;
  let out = '';
  let i = start;
  while (i < code.length) {
    const char = code[i];
    if (char === "'" || char === '"') {
      const end = stringEnd(code, i);
      out += code.slice(i, end);
      i = end;
    } else if (char === '`') {
      const kind = /\b(html|svg)$/.test(out) ? 'html' : /\bcss$/.test(out) ? 'css' : 'plain';
      const [body, end] = kind === 'plain' ? [code.slice(i + 1, templateEnd(code, i + 1)), templateEnd(code, i + 1) + 1] : template(code, i + 1, kind);
      out += `\`${body}\``;
      i = end;
    } else if (char === '{') {
      depth += 1;
      out += char;
      i += 1;
    } else if (char === '}') {
      if (depth === 0) return [out, i + 1];
      depth -= 1;
      out += char;
      i += 1;
    } else {
      out += char;
      i += 1;
    }
  }
  throw new Error('unterminated template expression');
}

function stringEnd(code, start) {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

function templateEnd(code, start) {
  let i = start;
  while (i < code.length && code[i] !== '`') {
    if (code[i] === '\\') i += 2;
    else if (code[i] === '$' && code[i + 1] === '{') i = expressionAt(code, i + 2)[1];
    else i += 1;
  }
  return i;
}

function foldCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}');
}

/** Folds every html`…`, svg`…` and css`…` template in `code`. */
export function foldTemplates(code) {
  let out = '';
  let i = 0;
  const tag = /\b(html|svg|css)`/g;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    if (match.index < i) continue;
    out += code.slice(i, match.index) + match[1] + '`';
    const [body, end] = template(code, match.index + match[0].length, match[1] === 'css' ? 'css' : 'html');
    out += `${body}\``;
    i = end;
    tag.lastIndex = end;
  }
  return out + code.slice(i);
}
