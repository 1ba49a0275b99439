/**
 * Words of a text by OpenCC's Simplified → Traditional phrase dictionary
 * (STPhrases): the text is segmented as OpenCC segments it when converting,
 * longest phrase first, left to right, and every phrase of two or more
 * characters comes with its Traditional form. A Traditional report whose
 * words are only half converted (關于, 規范, 采購, 關系) is found by comparing
 * each phrase's Traditional form with the one written.
 */
import { requirePackage } from '../../require.js';

type Cn2t = typeof import('opencc-js/cn2t');
interface PhraseTrie {
  matchPrefix(text: string, offset: number): { end: number; value: string } | null;
}

let trie: PhraseTrie | undefined;

/** The phrase dictionary as a trie (1 MB of phrases, ~0.3 s to build): built on first use only. */
function phraseTrie(): PhraseTrie {
  if (trie) return trie;
  const { Locale, Trie } = requirePackage<Cn2t>('opencc-js/cn2t');
  const [group] = Locale.from.cn as unknown as [[string, string]];
  const built = new Trie();
  built.loadDict(group[0]);
  return (trie = built);
}

export interface Phrase {
  index: number;
  length: number;
  /** The phrase's Traditional form (same length). */
  traditional: string;
}

/**
 * The dictionary phrases of `simplified` (a text in Simplified script, e.g.
 * matchText of a node) that contain a character `interesting` accepts, in
 * OpenCC's segmentation. One pass; each step looks at most one phrase ahead.
 */
export function phrasesOf(simplified: string, interesting: (ch: string) => boolean): Phrase[] {
  const out: Phrase[] = [];
  let i = 0;
  while (i < simplified.length) {
    const m = phraseTrie().matchPrefix(simplified, i);
    if (!m || m.end - i < 2) {
      i++;
      continue;
    }
    const length = m.end - i;
    if (m.value.length === length) {
      for (let k = i; k < m.end; k++) {
        if (interesting(simplified[k]!)) {
          out.push({ index: i, length, traditional: m.value });
          break;
        }
      }
    }
    i = m.end;
  }
  return out;
}
