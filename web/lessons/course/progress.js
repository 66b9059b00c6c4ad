// course/progress.js — what the student has done on the course path, kept on
// this device only (localStorage; no account, no server): the steps visited
// and the lessons whose closing question was answered right. Storage may be
// off (private windows, some file:// pages): progress then lasts as long as
// the page, and nothing breaks.

const KEY = 'downhill-course-v1';

/** @param {Storage | null} storage */
export function createProgress(storage) {
  let data = read();

  function read() {
    try {
      const parsed = JSON.parse(storage?.getItem(KEY) ?? '{}');
      return {
        visited: strings(parsed.visited),
        answered: strings(parsed.answered),
      };
    } catch {
      return { visited: [], answered: [] };
    }
  }

  function write() {
    try { storage?.setItem(KEY, JSON.stringify(data)); } catch { /* storage full or off: keep it in memory */ }
  }

  function add(list, id) {
    if (!data[list].includes(id)) { data[list] = [...data[list], id]; write(); }
  }

  return {
    visited: (id) => data.visited.includes(id),
    answered: (lesson) => data.answered.includes(lesson),
    visit: (id) => add('visited', id),
    answer: (lesson) => add('answered', lesson),
    counts: () => ({ visited: data.visited.length, answered: data.answered.length }),
    clear() { data = { visited: [], answered: [] }; write(); },
  };
}

// What another page (or an older version) stored is read defensively: only
// short id strings survive.
function strings(v) {
  return Array.isArray(v) ? v.filter((s) => typeof s === 'string' && /^[a-z0-9-]{1,40}$/.test(s)) : [];
}

/** The page's storage, or null where reading it throws. */
export function deviceStorage() {
  try { return globalThis.localStorage ?? null; } catch { return null; }
}
